import { emptyFilters, type AttendanceFilter, type GroupFilters, type TimeOfDay } from './filters.js';

/**
 * The search in the page's address, so it can be bookmarked and shared: namespaced parameters (`peer-q`,
 * `peer-day`, …) beside whatever the host page keeps there, which is never touched. The visitor's own
 * location ("near me") is never written to the address; a typed postal code or city is.
 */

/** What the address holds besides the filters. */
export interface FinderUrlState {
  filters: GroupFilters;
  /** The postal code or city typed for distances, looked up again when the address is opened. */
  place: string;
  /** The group whose details are open. */
  group: string;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TIMES: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];
const ATTENDANCE: readonly AttendanceFilter[] = ['in-person', 'online', 'hybrid'];
/** Codes and ids are short words; anything else in a shared link is dropped rather than trusted. */
const TOKEN = /^[\w.+-]{1,40}$/;

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => TOKEN.test(item));

/** Reads the finder's parameters; missing or malformed ones fall back to `defaults`. */
export function readUrlState(params: URLSearchParams, prefix: string, defaults: GroupFilters): FinderUrlState {
  const get = (name: string) => params.get(prefix + name);
  const has = (name: string) => params.has(prefix + name);
  const filters: GroupFilters = { ...defaults };
  if (has('q')) filters.query = (get('q') ?? '').slice(0, 200);
  if (has('day')) {
    const day = DAY_NAMES.indexOf(get('day') ?? '');
    filters.day = day >= 0 ? day : 'upcoming';
  }
  if (has('time')) filters.times = list(get('time')).filter((t): t is TimeOfDay => TIMES.includes(t as TimeOfDay));
  if (has('type')) filters.types = list(get('type'));
  if (has('category')) filters.categories = list(get('category'));
  if (has('attendance')) {
    const attendance = get('attendance') as AttendanceFilter;
    filters.attendance = ATTENDANCE.includes(attendance) ? attendance : '';
  }
  if (has('access')) filters.access = list(get('access'));
  if (has('language')) filters.language = list(get('language'))[0] ?? '';
  if (has('radius')) {
    const radius = Number(get('radius'));
    filters.radiusKm = Number.isFinite(radius) && radius > 0 && radius <= 20_000 ? radius : undefined;
  }
  const group = get('group') ?? '';
  return { filters, place: (get('place') ?? '').slice(0, 100), group: group.length <= 200 ? group : '' };
}

/**
 * The page's parameters with the finder's replaced: filters equal to the defaults are left out, so a
 * plain visit keeps a plain address.
 */
export function writeUrlState(
  params: URLSearchParams,
  prefix: string,
  state: FinderUrlState,
  defaults: GroupFilters = emptyFilters(),
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...next.keys()]) if (key.startsWith(prefix)) next.delete(key);
  const { filters } = state;
  const set = (name: string, value: string, fallback: string) => {
    if (value !== fallback) next.set(prefix + name, value);
  };
  set('q', filters.query.trim(), defaults.query);
  set('day', dayParam(filters), dayParam(defaults));
  set('time', filters.times.join(','), defaults.times.join(','));
  set('type', filters.types.join(','), defaults.types.join(','));
  set('category', filters.categories.join(','), defaults.categories.join(','));
  set('attendance', filters.attendance, defaults.attendance);
  set('access', filters.access.join(','), defaults.access.join(','));
  set('language', filters.language, defaults.language);
  // A radius only means something with a place to measure from.
  if (filters.radiusKm !== undefined && (state.place || filters.origin))
    set('radius', String(Math.round(filters.radiusKm * 1000) / 1000), '');
  set('place', state.place.trim(), '');
  set('group', state.group, '');
  return next;
}

function dayParam(filters: GroupFilters): string {
  return typeof filters.day === 'number' ? DAY_NAMES[filters.day] : '';
}

/** A day from an attribute or parameter: "mon", "monday", "1", or "upcoming". */
export function parseDay(value: string | null | undefined): GroupFilters['day'] {
  const text = (value ?? '').trim().toLowerCase().slice(0, 3);
  const byName = DAY_NAMES.indexOf(text);
  if (byName >= 0) return byName;
  const number = Number(text);
  return text !== '' && Number.isInteger(number) && number >= 0 && number <= 6 ? number : 'upcoming';
}

/** This page's address with the finder's state in it. */
export function addressWith(prefix: string, state: FinderUrlState, defaults: GroupFilters): string {
  const url = new URL(location.href);
  url.search = writeUrlState(url.searchParams, prefix, state, defaults).toString();
  return url.href;
}

/** Puts the state in the address bar: a new history entry (so Back undoes it), or in place while typing. */
export function updateAddress(prefix: string, state: FinderUrlState, defaults: GroupFilters, replace: boolean) {
  const next = addressWith(prefix, state, defaults);
  if (next === location.href) return;
  if (replace) history.replaceState(history.state, '', next);
  else history.pushState(history.state, '', next);
}
