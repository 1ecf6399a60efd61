import type { PeerGroup } from '../../api/meeting-guide.js';
import { safeWebUrl } from '../../api/channel-links.js';
import { wallTime } from '../../core/zoned-time.js';
import { groupTiming } from './schedule.js';

/**
 * "Add to calendar": an RFC 5545 file made in the browser. The event keeps the group's own time zone (TZID, with a
 * VTIMEZONE worked out from Intl because no tz database ships with the widget) and repeats weekly, so a 19:00
 * meeting stays at 19:00 local on both sides of a DST change in every calendar app.
 */

export interface CalendarOptions {
  /** The moment the file is made: DTSTAMP, and the first occurrence is the next one from here. */
  now: number;
  /** The finder page showing this group; the event's URL when the group has no join link. */
  pageUrl?: string;
  /** PRODID; identifies the software that made the file. */
  productId?: string;
}

const CRLF = '\r\n';
const DAY_MS = 86_400_000;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A TEXT value: control characters a feed may carry become spaces, line breaks are kept as the `\n` escape. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
  );
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Lines of at most 75 octets; continuation lines start with a space, and no UTF-8 character is cut in two. */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > 75) {
      folded += `${CRLF} `;
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

/** A parameter value is quoted when it holds a delimiter; a zone name never should, but it comes from a feed. */
const parameterValue = (value: string) => (/[;:,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Date arithmetic on calendar dates, done in UTC so no zone interferes. */
function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

const dateTime = (date: LocalDate, minutesOfDay: number) =>
  `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}T${pad(Math.floor(minutesOfDay / 60))}${pad(minutesOfDay % 60)}00`;

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

const utcStamp = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  return (
    (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(instant / 60_000) * 60_000) /
    60_000
  );
}

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

interface Transition {
  /** The first minute of the new offset. */
  instant: number;
  from: number;
  to: number;
  /** The wall clock just before the change, which is how VTIMEZONE writes an onset. */
  local: LocalDate & { minutes: number; weekday: number };
}

/** Offset changes in a calendar year: a day-by-day scan finds each, a binary search pins its minute. */
function transitionsIn(year: number, timeZone: string): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previous = offsetMinutes(Date.UTC(year, 0, 1), timeZone);
  for (let day = Date.UTC(year, 0, 1) + DAY_MS; day <= end; day += DAY_MS) {
    const current = offsetMinutes(day, timeZone);
    if (current === previous) continue;
    let before = day - DAY_MS;
    let after = day;
    while (after - before > 60_000) {
      const middle = before + Math.floor((after - before) / 120_000) * 60_000;
      if (offsetMinutes(middle, timeZone) === previous) before = middle;
      else after = middle;
    }
    const wall = new Date(after + previous * 60_000);
    transitions.push({
      instant: after,
      from: previous,
      to: current,
      local: {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
        weekday: wall.getUTCDay(),
      },
    });
    previous = current;
  }
  return transitions;
}

/** The day of the month of the `nth` (1…4, or -1 for last) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7);
}

/**
 * A change that recurs every year at the same wall time: on the `nth` weekday of a month ("second Sunday of March"),
 * or on the first such weekday on or after a day ("Friday on or after the 23rd", as Israel's rule is written).
 */
interface YearlyRule {
  month: number;
  weekday: number;
  minutes: number;
  from: number;
  to: number;
  nth?: number;
  onOrAfter?: number;
}

function ruleDay(rule: YearlyRule, year: number): number {
  if (rule.onOrAfter === undefined) return nthWeekday(year, rule.month, rule.weekday, rule.nth!);
  const weekdayThen = new Date(Date.UTC(year, rule.month - 1, rule.onOrAfter)).getUTCDay();
  return rule.onOrAfter + ((rule.weekday - weekdayThen + 7) % 7);
}

/** The first minute of the new offset, when the rule applies in `year`. */
const ruleInstant = (rule: YearlyRule, year: number) =>
  Date.UTC(year, rule.month - 1, ruleDay(rule, year)) + (rule.minutes - rule.from) * 60_000;

/** Enough years for a day of the month to fall on most weekdays, so "last" and "fourth" are told apart. */
const YEARS_CHECKED = 8;

/** The simplest yearly rule that Intl confirms for each of the following years, if there is one. */
function yearlyRule(change: Transition, timeZone: string): YearlyRule | undefined {
  const { year, month, day, weekday, minutes } = change.local;
  const base = { month, weekday, minutes, from: change.from, to: change.to };
  const isLastWeek = day + 7 > new Date(Date.UTC(year, month, 0)).getUTCDate();
  const candidates: YearlyRule[] = [...(isLastWeek ? [-1] : []), Math.ceil(day / 7)].map((nth) => ({ ...base, nth }));
  for (let onOrAfter = Math.max(1, day - 6); onOrAfter <= day; onOrAfter++) candidates.push({ ...base, onOrAfter });
  return candidates.find((rule) => {
    for (let later = year + 1; later <= year + YEARS_CHECKED; later++) {
      const instant = ruleInstant(rule, later);
      if (offsetMinutes(instant - 60_000, timeZone) !== rule.from || offsetMinutes(instant, timeZone) !== rule.to) {
        return false;
      }
    }
    return true;
  });
}

function recurrence(rule: YearlyRule): string {
  const byDay =
    rule.onOrAfter === undefined
      ? `BYDAY=${rule.nth}${BYDAY[rule.weekday]}`
      : `BYDAY=${BYDAY[rule.weekday]};BYMONTHDAY=${Array.from({ length: 7 }, (_, i) => rule.onOrAfter! + i).join(',')}`;
  return `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};${byDay}`;
}

function observance(from: number, to: number, lines: string[]): string[] {
  // The larger offset is the summer one; the label is informative only, the offsets are what apps use.
  const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...lines,
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE lines for the zone as Intl sees it in `year`: each change as a yearly rule when Intl confirms one for
 * the years after, else as a dated change (RDATE) for this year and the next, such as Morocco's around Ramadan.
 */
export function timeZoneLines(timeZone: string, year: number): string[] {
  const rules: YearlyRule[] = [];
  let dated: Transition[] = [];
  const changes = transitionsIn(year, timeZone);
  for (const change of changes) {
    const rule = yearlyRule(change, timeZone);
    if (rule) rules.push(rule);
    else dated.push(change);
  }
  if (dated.length) {
    const nextYear = transitionsIn(year + 1, timeZone);
    dated = dated.concat(
      nextYear.filter((change) => !rules.some((rule) => ruleInstant(rule, year + 1) === change.instant)),
    );
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(timeZone)}`];
  if (dated.length || !changes.length) {
    // The offset the year starts with, so nothing before the first dated change is left undefined.
    const initial = offsetMinutes(Date.UTC(year, 0, 1), timeZone);
    lines.push(...observance(initial, initial, [`DTSTART:${year}0101T000000`]));
  }
  for (const rule of rules) {
    // Starting the rule a year early covers events in this year that come before its first change.
    const onset = { year: year - 1, month: rule.month, day: ruleDay(rule, year - 1) };
    lines.push(...observance(rule.from, rule.to, [`DTSTART:${dateTime(onset, rule.minutes)}`, recurrence(rule)]));
  }
  for (const change of dated) {
    const onset = dateTime(change.local, change.local.minutes);
    lines.push(...observance(change.from, change.to, [`DTSTART:${onset}`, `RDATE:${onset}`]));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function descriptionOf(group: PeerGroup): string {
  const parts = [group.notes];
  if (group.conferenceUrl) parts.push(`Join: ${group.conferenceUrl}`);
  if (group.conferencePhone) {
    parts.push(`Dial-in: ${group.conferencePhone}${group.conferenceNotes ? ` (${group.conferenceNotes})` : ''}`);
  }
  return parts.filter(Boolean).join('\n');
}

function locationOf(group: PeerGroup): string | undefined {
  if (group.attendance === 'online') return group.conferenceUrl ?? group.conferencePhone;
  return [group.location, group.address].filter(Boolean).join(', ') || undefined;
}

/** The group as an .ics file: one weekly VEVENT in the group's own zone, from its next meeting on. */
export function groupCalendarFile(group: PeerGroup, options: CalendarOptions): string {
  const { start } = groupTiming(group, options.now);
  const wall = wallTime(start, group.timeZone);
  const startDate = { year: wall.year, month: wall.month, day: wall.day };
  const startMinutes = minutesOf(group.time);
  const endMinutes = minutesOf(group.endTime);
  const endDate = endMinutes > startMinutes ? startDate : addDays(startDate, 1);
  const zone = parameterValue(group.timeZone);
  const url = group.conferenceUrl ?? safeWebUrl(options.pageUrl ?? '') ?? group.url;
  const location = locationOf(group);
  const description = descriptionOf(group);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? '-//Peer Support Widgets//Group Finder//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timeZoneLines(group.timeZone, wall.year),
    'BEGIN:VEVENT',
    `UID:${escapeText(`${group.slug}@peer-support-widgets`)}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART;TZID=${zone}:${dateTime(startDate, startMinutes)}`,
    `DTEND;TZID=${zone}:${dateTime(endDate, endMinutes)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[group.day]}`,
    `SUMMARY:${escapeText(group.name)}`,
  ];
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  if (url) lines.push(`URL:${url}`);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** A file name any system accepts: ASCII letters and digits from the group's name. */
export function calendarFileName(group: PeerGroup): string {
  const base = group.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${base || 'peer-group'}.ics`;
}

/** Saves the .ics file through a temporary download link. */
export function downloadCalendarFile(group: PeerGroup, options: CalendarOptions): void {
  const blob = new Blob([groupCalendarFile(group, options)], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = calendarFileName(group);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the file after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
