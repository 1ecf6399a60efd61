/** What a visitor can narrow the group list by. Plain data: it round-trips through the URL. */

/** "upcoming": every group, soonest first from now (wrapping the week); a number: that weekday, 0 = Sunday. */
export type DayFilter = 'upcoming' | number;

/** Parts of the day, by start time in the visitor's time zone. */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** "in-person" and "online" include hybrid groups (both ways are open); "hybrid" is hybrid only. */
export type AttendanceFilter = '' | 'in-person' | 'online' | 'hybrid';

/** Where distances are measured from. */
export interface Origin {
  latitude: number;
  longitude: number;
  /** What the visitor typed or chose ("99201", "Spokane, WA"), or empty for their device's location. */
  label: string;
  source: 'device' | 'place';
}

export interface GroupFilters {
  query: string;
  day: DayFilter;
  /** Any of these. */
  times: TimeOfDay[];
  /** All of these Meeting Guide codes. */
  types: string[];
  /** Any of these peer-support category ids. */
  categories: string[];
  attendance: AttendanceFilter;
  /** All of these access codes (X wheelchair, ASL, BA child care, FF fragrance free…). */
  access: string[];
  /** A language code from the Meeting Guide types ("S" Spanish, "FR" French…), or "" for any. */
  language: string;
  origin?: Origin;
  /** With an origin: groups farther than this (or with no known location) are left out. */
  radiusKm?: number;
}

export function emptyFilters(): GroupFilters {
  return { query: '', day: 'upcoming', times: [], types: [], categories: [], attendance: '', access: [], language: '' };
}
