import { msg, str } from '@lit/localize';
import { wallTime } from '../../core/zoned-time.js';

/** How the finder says when a group meets, in the visitor's time zone (and the group's, when that differs). */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formats.set(key, formatter);
  }
  return formatter;
}

const dayNumber = (instant: number, timeZone: string) => {
  const wall = wallTime(instant, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000;
};

/** Spanish (and others) write weekdays in lower case; at the start of a line they take a capital. */
export const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export function clockTime(instant: number, locale: string, timeZone: string): string {
  return format(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** "Today, 7:00 PM", "Tomorrow, 7:00 PM", "Friday, 7:00 PM". */
export function nextMeetingText(start: number, now: number, locale: string, timeZone: string): string {
  const time = clockTime(start, locale, timeZone);
  const daysAway = dayNumber(start, timeZone) - dayNumber(now, timeZone);
  if (daysAway === 0) return msg(str`Today, ${time}`);
  if (daysAway === 1) return msg(str`Tomorrow, ${time}`);
  return `${capitalised(format(locale, timeZone, { weekday: 'long' }).format(start), locale)}, ${time}`;
}

/** "Friday 28 November 2026, 7:00 PM": for the details, where the exact date matters. */
export function fullDateText(instant: number, locale: string, timeZone: string): string {
  return format(locale, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

/**
 * The time in the group's own zone, with the zone's short name ("4:00 PM MST"), when the visitor's clock
 * would read differently; undefined when both read the same.
 */
export function groupZoneText(instant: number, locale: string, visitorZone: string, groupZone: string) {
  if (visitorZone === groupZone) return undefined;
  const visitor = format(locale, visitorZone, { hour: 'numeric', minute: '2-digit', weekday: 'short' });
  const group = format(locale, groupZone, { hour: 'numeric', minute: '2-digit', weekday: 'short' });
  if (visitor.format(instant) === group.format(instant)) return undefined;
  return format(locale, groupZone, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(instant);
}

let visitorZone: string | undefined;

/** The visitor's IANA zone, as the browser knows it (asked once: building a formatter is slow). */
export function browserTimeZone(): string {
  visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return visitorZone;
}

/** ISO 8601 for a `<time datetime>`. */
export const isoInstant = (instant: number) => new Date(instant).toISOString();
