import type { PeerGroup } from '../../api/meeting-guide.js';
import type { TimeOfDay } from './filters.js';

/** A group that started less than this long ago still sorts as "now": people join a few minutes late. */
export const LATE_JOIN_MS = 10 * 60_000;
/** How far ahead a start counts as "starting soon". */
export const STARTING_SOON_MS = 30 * 60_000;

export interface GroupTiming {
  /** The start the finder sorts and shows by: this week's, or next week's once more than 10 minutes late. */
  start: number;
  end: number;
  /** Running at `now` (possibly since before midnight or before the week turned). */
  inProgress: boolean;
  /** Starts within STARTING_SOON_MS of `now`. */
  startingSoon: boolean;
}

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;

/**
 * The UTC offsets of one time zone, learned lazily. Asking Intl for every instant costs microseconds each, and a
 * finder asks thousands of times per index, so this asks once per UTC day touched and only bisects (to the
 * second) on the rare days whose offset differs at either end. It assumes no zone changes its offset and back
 * again within one UTC day, which no zone in use does.
 */
class ZoneOffsets {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly atDayStart = new Map<number, number>();
  private readonly firstInstantOfChange = new Map<number, number>();

  constructor(timeZone: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Milliseconds the zone is ahead of UTC at `instant`. */
  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    const before = this.offsetAtStartOf(day);
    const after = this.offsetAtStartOf(day + 1);
    if (before === after) return before;
    return instant < this.changeDuring(day, before) ? before : after;
  }

  private offsetAtStartOf(day: number): number {
    let offset = this.atDayStart.get(day);
    if (offset === undefined) {
      offset = this.askIntl(day * DAY_MS);
      this.atDayStart.set(day, offset);
    }
    return offset;
  }

  /** The first whole second of `day` with an offset other than `before`. */
  private changeDuring(day: number, before: number): number {
    let change = this.firstInstantOfChange.get(day);
    if (change === undefined) {
      let low = day * DAY_MS;
      let high = low + DAY_MS;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (this.askIntl(middle) === before) low = middle;
        else high = middle;
      }
      change = high;
      this.firstInstantOfChange.set(day, change);
    }
    return change;
  }

  private askIntl(instant: number): number {
    const fields: Record<string, number> = {};
    for (const part of this.formatter.formatToParts(instant)) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    return asUtc - Math.floor(instant / 1000) * 1000;
  }
}

const zones = new Map<string, ZoneOffsets>();

function offsetsOf(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (!offsets) {
    offsets = new ZoneOffsets(timeZone);
    zones.set(timeZone, offsets);
  }
  return offsets;
}

/** Days since 1970-01-01, which was a Thursday. */
const weekdayOfDay = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * The weekday (0 = Sunday) and minutes after midnight in `timeZone` at an instant: what zoned-time's
 * `wallTime` would say, from cached offsets, for code that asks about thousands of instants.
 */
export function weekdayAndMinuteAt(instant: number, timeZone: string): { weekday: number; minuteOfDay: number } {
  const local = instant + offsetsOf(timeZone).offsetAt(instant);
  const day = Math.floor(local / DAY_MS);
  return { weekday: weekdayOfDay(day), minuteOfDay: Math.floor((local - day * DAY_MS) / 60_000) };
}

/**
 * The instant a wall-clock time happens in `timeZone`, with zoned-time's rules: a time that happens twice
 * (clocks going back) is the first; a time skipped by clocks going forward lands just after the jump.
 */
function instantOfWallClock(day: number, minutesOfDay: number, offsets: ZoneOffsets): number {
  const wanted = day * DAY_MS + minutesOfDay * 60_000;
  const offsetBefore = offsets.offsetAt(wanted - HALF_DAY_MS);
  const offsetAfter = offsets.offsetAt(wanted + HALF_DAY_MS);
  if (offsetBefore === offsetAfter) return wanted - offsetBefore;
  const readsAsWanted = (candidate: number) =>
    Math.floor((candidate + offsets.offsetAt(candidate)) / 60_000) * 60_000 === wanted;
  const early = wanted - Math.max(offsetBefore, offsetAfter);
  const late = wanted - Math.min(offsetBefore, offsetAfter);
  if (readsAsWanted(early)) return early;
  if (readsAsWanted(late)) return late;
  return wanted - offsetBefore;
}

function minutesOf(time: string): number {
  const colon = time.indexOf(':');
  return Number(time.slice(0, colon)) * 60 + Number(time.slice(colon + 1, colon + 3));
}

/**
 * The start and end of a weekly group `weeks` weeks from its occurrence in the current week, where days are
 * counted in the group's zone from 1970-01-01 and `today` is the day it is now.
 */
function occurrence(group: PeerGroup, today: number, weeks: number, offsets: ZoneOffsets): [number, number] {
  const day = today + ((group.day - weekdayOfDay(today) + 7) % 7) + weeks * 7;
  const startMinutes = minutesOf(group.time);
  const endMinutes = minutesOf(group.endTime);
  const start = instantOfWallClock(day, startMinutes, offsets);
  // An end at or before the start is on the next day (a meeting from 23:30 to 00:30).
  const end = instantOfWallClock(endMinutes > startMinutes ? day : day + 1, endMinutes, offsets);
  return [start, end];
}

/** When a weekly group next meets, seen from `now`, and whether it is running or about to. Pure, DST-aware. */
export function groupTiming(group: PeerGroup, now: number): GroupTiming {
  const offsets = offsetsOf(group.timeZone);
  const today = Math.floor((now + offsets.offsetAt(now)) / DAY_MS);
  const occurrences = [-1, 0, 1].map((weeks) => occurrence(group, today, weeks, offsets));
  const inProgress = occurrences.some(([start, end]) => start <= now && now < end);
  const [start, end] = occurrences.find(([start]) => start > now - LATE_JOIN_MS)!;
  return { start, end, inProgress, startingSoon: start > now && start - now <= STARTING_SOON_MS };
}

/** Morning 04:00–11:59, afternoon 12:00–16:59, evening 17:00–20:59, night 21:00–03:59 (start, visitor's zone). */
export function timeOfDayOf(minuteOfDay: number): TimeOfDay {
  if (minuteOfDay >= 4 * 60 && minuteOfDay < 12 * 60) return 'morning';
  if (minuteOfDay >= 12 * 60 && minuteOfDay < 17 * 60) return 'afternoon';
  if (minuteOfDay >= 17 * 60 && minuteOfDay < 21 * 60) return 'evening';
  return 'night';
}
