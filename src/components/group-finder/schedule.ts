import type { PeerGroup } from '../../api/meeting-guide.js';
import { wallTime, zonedInstant } from '../../core/zoned-time.js';

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

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The occurrence of a weekly group `weeks` weeks from the one in the week of `now`, in the group's zone. */
function occurrence(group: PeerGroup, now: number, weeks: number): [number, number] {
  const today = wallTime(now, group.timeZone);
  const day = today.day + ((group.day - today.weekday + 7) % 7) + weeks * 7;
  const startMinutes = minutesOf(group.time);
  const endMinutes = minutesOf(group.endTime);
  const start = zonedInstant(today.year, today.month, day, startMinutes, group.timeZone);
  // An end at or before the start is on the next day (a meeting from 23:30 to 00:30).
  const end =
    endMinutes > startMinutes
      ? zonedInstant(today.year, today.month, day, endMinutes, group.timeZone)
      : zonedInstant(today.year, today.month, day + 1, endMinutes, group.timeZone);
  return [start, end];
}

/** When a weekly group next meets, seen from `now`, and whether it is running or about to. Pure, DST-aware. */
export function groupTiming(group: PeerGroup, now: number): GroupTiming {
  const occurrences = [-1, 0, 1].map((weeks) => occurrence(group, now, weeks));
  const inProgress = occurrences.some(([start, end]) => start <= now && now < end);
  const [start, end] = occurrences.find(([start]) => start > now - LATE_JOIN_MS)!;
  return { start, end, inProgress, startingSoon: start > now && start - now <= STARTING_SOON_MS };
}
