/**
 * The numbers behind the progress view: one series per measure, last week against the week before, and
 * runs of check-in days in the person's own time zone. Pure: no DOM, no strings.
 */
import { offsetAt as zoneOffsetAt } from '../../core/zoned-time.js';
import type { Answers, StoredCheckIn } from './check-in-model.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** One line on the progress view, built by the caller: mood, cravings, a questionnaire's total… */
export interface Measure {
  id: string;
  /** Short, in the language being shown: the chart's title and the table's column heading. */
  label: string;
  min: number;
  max: number;
  /** Mood: true; cravings, PHQ-9, GAD-7: false. Never turned into words of praise or blame. */
  higherIsBetter: boolean;
  /** `percent` (WHO-5): a change is told in percentage points. Plain points when absent. */
  unit?: 'percent';
  /** The measure's value for one check-in; undefined when that check-in did not ask it. */
  value(answers: Answers): number | undefined;
}

export interface SeriesPoint {
  /** Milliseconds since the epoch. */
  time: number;
  value: number;
}

export type Series = Measure & { points: SeriesPoint[] };

export interface WeekTrend {
  /** `last - previous`, rounded to one decimal. */
  change: number;
  /** Average over the last 7 days. */
  last: number;
  /** Average over the 7 days before those. */
  previous: number;
}

export interface Streaks {
  /** Consecutive check-in days ending today, or ending yesterday when there is none today yet. */
  current: number;
  longest: number;
  /** Days with at least one check-in among the last 30, today included. */
  daysInLast30: number;
}

/**
 * One series per measure, points oldest first; check-ins with an unreadable date, and values that are not
 * finite numbers, are left out. Measures with no points at all are dropped. Pending check-ins count too.
 */
export function seriesFrom(checkIns: readonly StoredCheckIn[], measures: readonly Measure[]): Series[] {
  const dated: { time: number; answers: Answers }[] = [];
  for (const checkIn of checkIns) {
    const time = Date.parse(checkIn.recordedAt);
    if (Number.isFinite(time)) dated.push({ time, answers: checkIn.answers ?? {} });
  }
  // Stable: two check-ins at the same moment keep the order they came in.
  dated.sort((a, b) => a.time - b.time);
  const result: Series[] = [];
  for (const measure of measures) {
    const points: SeriesPoint[] = [];
    for (const { time, answers } of dated) {
      const value = measure.value(answers);
      if (typeof value === 'number' && Number.isFinite(value)) points.push({ time, value });
    }
    if (points.length) result.push({ ...measure, value: (answers) => measure.value(answers), points });
  }
  return result;
}

/** The index of the first point at or after `time` (points sorted by time). */
function firstAtOrAfter(points: readonly SeriesPoint[], time: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle].time < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The points with `from <= time <= to`, without copying the ones outside (a binary search each end). */
export function pointsBetween(points: readonly SeriesPoint[], from: number, to: number): SeriesPoint[] {
  return points.slice(firstAtOrAfter(points, from), firstAtOrAfter(points, to + 1));
}

const roundOne = (value: number) => Math.round(value * 10) / 10 || 0;

/**
 * The average of the last 7 days (up to `now`) against the 7 days before. Undefined unless both weeks have
 * at least one point. Weeks are 7 × 24 hours back from `now`, so no time zone is involved.
 */
export function weekTrend(series: Pick<Series, 'points'>, now: number): WeekTrend | undefined {
  let lastSum = 0;
  let lastCount = 0;
  let previousSum = 0;
  let previousCount = 0;
  const start = firstAtOrAfter(series.points, now - 2 * WEEK + 1);
  for (let i = start; i < series.points.length; i++) {
    const { time, value } = series.points[i];
    if (time > now) break;
    if (time > now - WEEK) {
      lastSum += value;
      lastCount++;
    } else {
      previousSum += value;
      previousCount++;
    }
  }
  if (!lastCount || !previousCount) return undefined;
  const last = lastSum / lastCount;
  const previous = previousSum / previousCount;
  return { change: roundOne(last - previous), last, previous };
}

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** How far the zone's wall clock is ahead of UTC at `time`; a zone Intl does not know reads as the device's. */
function offsetAt(time: number, timeZone: string | undefined): number {
  try {
    return zoneOffsetAt(time, timeZone ?? deviceZone());
  } catch {
    return zoneOffsetAt(time, deviceZone());
  }
}

/** The calendar year `time` falls in, in `timeZone`. */
export function localYear(time: number, timeZone?: string): number {
  return new Date(time + offsetAt(time, timeZone)).getUTCFullYear();
}

/** The calendar day `time` falls on in `timeZone`, as a whole number of days since 1 January 1970. */
export function localDay(time: number, timeZone?: string): number {
  return Math.floor((time + offsetAt(time, timeZone)) / DAY);
}

/**
 * The calendar days of many times (sorted ascending) at a fraction of one Intl call each: where the zone's
 * offset is the same at both ends of a stretch of at most 7 days, it is the same all along (no zone changes
 * its clocks twice within a week), so only the stretch's end is asked.
 */
export function localDays(sorted: readonly number[], timeZone: string | undefined): number[] {
  if (!sorted.length) return [];
  // `known`: the last time whose offset was asked (or follows from two answers around it).
  let known = 0;
  let offset = offsetAt(sorted[0], timeZone);
  const days = [Math.floor((sorted[0] + offset) / DAY)];
  let i = 1;
  while (i < sorted.length) {
    if (sorted[i] - sorted[known] > WEEK) {
      known = i;
      offset = offsetAt(sorted[i], timeZone);
      days.push(Math.floor((sorted[i] + offset) / DAY));
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] - sorted[known] <= WEEK) j++;
    const endOffset = offsetAt(sorted[j], timeZone);
    if (endOffset === offset) {
      for (let k = i; k <= j; k++) days.push(Math.floor((sorted[k] + offset) / DAY));
      known = j;
      i = j + 1;
    } else {
      // The clocks changed in between: this time is asked on its own.
      known = i;
      offset = i === j ? endOffset : offsetAt(sorted[i], timeZone);
      days.push(Math.floor((sorted[i] + offset) / DAY));
      i++;
    }
  }
  return days;
}

/**
 * Runs of calendar days with a check-in, in `timeZone` (the device's zone when undefined). Several
 * check-ins on one day count once. Days after today (a clock running ahead) are not counted.
 */
export function streaks(times: readonly number[], timeZone: string | undefined, now: number): Streaks {
  const today = localDay(now, timeZone);
  const sorted = times.filter((time) => Number.isFinite(time)).sort((a, b) => a - b);
  const days = new Set<number>();
  for (const day of localDays(sorted, timeZone)) if (day <= today) days.add(day);
  let current = 0;
  const end = days.has(today) ? today : today - 1;
  while (days.has(end - current)) current++;
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of [...days].sort((a, b) => a - b)) {
    run = day === previous + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
    previous = day;
  }
  let daysInLast30 = 0;
  for (const day of days) if (day > today - 30) daysInLast30++;
  return { current, longest, daysInLast30 };
}
