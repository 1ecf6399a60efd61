import { configureLocalization } from '@lit/localize';
import type { CrisisResource } from '../../src/api/types.js';
import {
  DEFAULT_REGION,
  defaultCrisisResources,
  shippedRegions,
} from '../../src/components/crisis-banner/default-resources.js';
import { defaultResourceSources } from '../../src/components/crisis-banner/default-resource-sources.js';
import { allLocales, sourceLocale, targetLocales } from '../../src/locales/locale-codes.js';

export type ShippedLocale = (typeof allLocales)[number];

/**
 * The crisis lines the widgets ship, for every region and in every language they ship, built once at start-up
 * from the same module (and translations) as the browser bundle, each with its source and the date it was
 * last checked. The server merges the clinic's own lines into these.
 */
export function shippedCrisisLines(): Promise<Map<string, CrisisResource[]>> {
  loading ??= loadShippedCrisisLines();
  return loading;
}

let loading: Promise<Map<string, CrisisResource[]>> | undefined;

async function loadShippedCrisisLines(): Promise<Map<string, CrisisResource[]>> {
  // @lit/localize announces locale changes on `window`; the server has none, and nobody listens.
  const global = globalThis as { window?: unknown };
  const hadWindow = 'window' in global;
  if (!hadWindow) global.window = { dispatchEvent: () => true };
  try {
    const { setLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => import(`../../src/locales/${locale}.js`),
    });
    const lines = new Map<string, CrisisResource[]>();
    for (const locale of allLocales) {
      await setLocale(locale);
      for (const region of shippedRegions) {
        lines.set(
          `${region}:${locale}`,
          defaultCrisisResources(region).map((line) => {
            const source = defaultResourceSources[line.id];
            return JSON.parse(JSON.stringify(source ? { ...line, source } : line)) as CrisisResource;
          }),
        );
      }
    }
    await setLocale(sourceLocale);
    return lines;
  } finally {
    if (!hadWindow) delete global.window;
  }
}

/** The shipped lines for a region (the United States' where none ship) in the nearest shipped language. */
export function shippedLinesFor(
  lines: Map<string, CrisisResource[]>,
  region: string | undefined,
  locale: string | undefined,
): CrisisResource[] {
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  const shippedLocale = (allLocales as readonly string[]).includes(language) ? language : sourceLocale;
  const country = region?.slice(0, 2).toUpperCase();
  const shippedRegion = country && shippedRegions.includes(country) ? country : DEFAULT_REGION;
  return lines.get(`${shippedRegion}:${shippedLocale}`) ?? [];
}
