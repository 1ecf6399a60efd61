import type { OpeningHours } from '../../api/types.js';
import { wallTime, zonedInstant } from '../../core/zoned-time.js';

/** Whether a line with opening hours is open at an instant, and when that changes. Pure, DST-aware. */
export interface OpeningState {
  open: boolean;
  /** When it closes (if open) or next opens (if closed); absent when it never does. */
  changesAt?: Date;
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

/** Every opening interval that touches the days around `now`, in order. */
function intervalsAround(hours: OpeningHours, now: number, timeZone: string): Array<[number, number]> {
  const today = wallTime(now, timeZone);
  const intervals: Array<[number, number]> = [];
  for (let offset = -1; offset <= 8; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = date.getUTCDay();
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    for (const window of hours.weekly) {
      if (!window.days.includes(weekday)) continue;
      const opens = minutes(window.opens);
      let closes = minutes(window.closes);
      // A window that closes at or before it opens runs past midnight into the next day.
      if (closes <= opens) closes += 24 * 60;
      const start = zonedInstant(y, m, d, opens, timeZone);
      const end =
        closes >= 24 * 60
          ? zonedInstant(y, m, d + 1, closes - 24 * 60, timeZone)
          : zonedInstant(y, m, d, closes, timeZone);
      intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  // Merge windows that touch or overlap, so "17:00–24:00" and "00:00–09:00" read as one open stretch.
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

export function openingState(hours: OpeningHours, now: Date, fallbackTimeZone: string): OpeningState {
  const timeZone = hours.timeZone ?? fallbackTimeZone;
  const instant = now.getTime();
  const intervals = intervalsAround(hours, instant, timeZone);
  const current = intervals.find(([start, end]) => start <= instant && instant < end);
  if (current) return { open: true, changesAt: new Date(current[1]) };
  const next = intervals.find(([start]) => start > instant);
  return next ? { open: false, changesAt: new Date(next[0]) } : { open: false };
}

/** True when two instants fall on the same calendar day in `timeZone`. */
export function sameDay(a: Date, b: Date, timeZone: string): boolean {
  const x = wallTime(a.getTime(), timeZone);
  const y = wallTime(b.getTime(), timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
