/** Distances as people in each place read them: miles or kilometres, chosen from the locale, formatted by Intl. */

export type DistanceUnit = 'mi' | 'km';

/** Where road distances are given in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);
const KM_PER_MILE = 1.609344;

/** Radius choices in round numbers of each unit, not conversions of one another. */
export const RADIUS_CHOICES: Readonly<Record<DistanceUnit, readonly number[]>> = {
  mi: [1, 5, 10, 25, 50],
  km: [2, 5, 10, 25, 50, 100],
};

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/**
 * Miles for the US, the UK, Liberia and Myanmar, else kilometres. The region comes from the locale ("en-US"), else
 * from `region` (which a host page may know from the visitor's settings), else the answer is km: a locale with no
 * region ("en", "es") is not guessed at, because "en" is as likely to be Toronto or Sydney as Spokane.
 */
export function distanceUnitFor(locale: string, region?: string): DistanceUnit {
  const known = regionOf(locale) ?? region?.slice(0, 2).toUpperCase();
  return known && MILE_REGIONS.has(known) ? 'mi' : 'km';
}

export const kmToUnit = (km: number, unit: DistanceUnit): number => (unit === 'mi' ? km / KM_PER_MILE : km);

export const unitToKm = (value: number, unit: DistanceUnit): number => (unit === 'mi' ? value * KM_PER_MILE : value);

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, unit: DistanceUnit, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions = {
      style: 'unit',
      unit: unit === 'mi' ? 'mile' : 'kilometer',
      unitDisplay: 'short',
      maximumFractionDigits: fractionDigits,
    };
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale from a host attribute should not take the results list down with it.
      formatter = new Intl.NumberFormat(undefined, options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "2.4 mi", "12 km": one decimal under 10, whole numbers above. An unknown distance is '' (never "0 km"): the list
 * says "distance unknown" in words of its own.
 */
export function formatDistance(km: number | undefined, unit: DistanceUnit, locale: string): string {
  if (km === undefined || !Number.isFinite(km)) return '';
  const value = kmToUnit(km, unit);
  return formatterFor(locale, unit, Math.abs(value) < 10 ? 1 : 0).format(value);
}
