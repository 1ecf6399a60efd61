const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "5 minutes ago", "yesterday", "hace 2 semanas": how long ago, in the visitor's language. */
export function relativeTime(iso: string, now: number, locale: string): string {
  const then = Date.parse(iso);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  if (!Number.isFinite(then)) return '';
  // A clock a little ahead of the server's still reads "now", never "in 10 seconds".
  const elapsed = Math.max(0, now - then);
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A comment's date never changes: formatted once, not again at every minute's re-render. */
const fullDates = new Map<string, string>();
const MAX_CACHED_DATES = 5000;

/** The full date and time, for hover and focus: "Tuesday, November 24, 2026 at 3:05 PM". */
export function fullDate(iso: string, locale: string): string {
  const key = `${locale}|${iso}`;
  const cached = fullDates.get(key);
  if (cached !== undefined) return cached;
  const date = new Date(iso);
  let text = '';
  if (Number.isFinite(date.getTime())) {
    let format = dateFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
      dateFormats.set(locale, format);
    }
    text = format.format(date);
  }
  if (fullDates.size >= MAX_CACHED_DATES) fullDates.clear();
  fullDates.set(key, text);
  return text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,234" or "1.234": one formatter per language, since making one costs more than using it. */
export function formatCount(count: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}
