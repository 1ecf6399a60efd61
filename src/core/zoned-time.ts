/** Wall-clock maths in IANA time zones with Intl alone: pure, DST-aware, shared by every widget. */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The clock on the wall in `timeZone` at an instant. */
export function wallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  return { year: parts.year, month: parts.month, day: parts.day, weekday, hour: parts.hour, minute: parts.minute };
}

/** Milliseconds `timeZone` is ahead of UTC at an instant. */
export function offsetAt(instant: number, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that happens twice (clocks going back)
 * resolves to the first; a time skipped by clocks going forward resolves to just after the jump.
 */
export function zonedInstant(year: number, month: number, day: number, minutesOfDay: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day) + minutesOfDay * 60_000;
  const wanted = new Date(guess);
  // The offsets on either side of any change near this time; each gives one candidate instant.
  const offsetBefore = offsetAt(guess - 12 * 3600_000, timeZone);
  const offsetAfter = offsetAt(guess + 12 * 3600_000, timeZone);
  const matches = [guess - offsetBefore, guess - offsetAfter].filter((candidate) => {
    const wall = wallTime(candidate, timeZone);
    return (
      wall.year === wanted.getUTCFullYear() &&
      wall.month === wanted.getUTCMonth() + 1 &&
      wall.day === wanted.getUTCDate() &&
      wall.hour === wanted.getUTCHours() &&
      wall.minute === wanted.getUTCMinutes()
    );
  });
  // No match: the time was skipped; reading it with the earlier offset lands just after the jump.
  return matches.length ? Math.min(...matches) : guess - offsetBefore;
}
