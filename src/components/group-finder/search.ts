import type { PeerGroup } from '../../api/meeting-guide.js';
import { isValidTimeZone } from '../../api/time-zone.js';
import {
  categoriesOf,
  categoryMatcher,
  defaultCategories,
  foldText,
  type CategoryMatcher,
  type PeerCategory,
} from './categories.js';
import type { GroupFilters, TimeOfDay } from './filters.js';
import { groupTiming, timeOfDayOf, weekdayAndMinuteAt, type GroupTiming } from './schedule.js';

/**
 * The finder's search, run on every keystroke. Everything that does not depend on the filters (times, folded
 * text, type and category membership, name order, the two sort orders) is worked out once, in `indexGroups` or
 * on the first search, so a search is one pass over the groups with cheap tests and no sorting.
 */

export interface IndexedGroup {
  readonly group: PeerGroup;
  /** The next start, as an instant: this week's, or next week's once more than 10 minutes late. */
  readonly start: number;
  readonly end: number;
  readonly inProgress: boolean;
  readonly startingSoon: boolean;
  /** Weekday (0 = Sunday) of `start` in the visitor's time zone. */
  readonly weekday: number;
  /** Minutes after midnight of `start` in the visitor's time zone. */
  readonly minuteOfDay: number;
  /** Folded name, location, address, regions, group and notes: where keywords are looked for. */
  readonly haystack: string;
  readonly typeCodes: ReadonlySet<string>;
  /** Ids of the categories given to `indexGroups` that the group is in. */
  readonly categoryIds: ReadonlySet<string>;
  /** Place of the name in collation order (equal names share one), so sorting never calls the collator. */
  readonly nameRank: number;
  /** From the visitor's origin; undefined with no origin or when the group has no coordinates (never 0). */
  distanceKm?: number;
}

export { foldText, timeOfDayOf };

export interface Coordinates {
  latitude: number;
  longitude: number;
}

const TIME_OF_DAY_BITS: Record<TimeOfDay, number> = { morning: 1, afternoon: 2, evening: 4, night: 8 };

/** A table's bits for a value from outside (the URL, a feed): 0 for anything unknown, "constructor" included. */
const bitsFor = (table: Record<string, number>, key: string) => (Object.hasOwn(table, key) ? table[key] : 0);

let nameCollator: Intl.Collator | undefined;
/** The last ranking, reused while the names are the same (the finder re-indexes the same list every minute). */
let lastRanking: { names: string[]; ranks: Map<string, number> } | undefined;

/** Each distinct name's place in collation order; names the collator calls equal share a place. */
function nameRanks(groups: readonly PeerGroup[]): Map<string, number> {
  const names = [...new Set(groups.map((group) => group.name))];
  const previous = lastRanking;
  if (previous && previous.names.length === names.length && previous.names.every((name, i) => name === names[i])) {
    return previous.ranks;
  }
  const collator = (nameCollator ??= new Intl.Collator(undefined, { sensitivity: 'base' }));
  const sorted = [...names].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((name, position) => {
    if (position > 0 && collator.compare(sorted[position - 1], name) !== 0) rank++;
    ranks.set(name, rank);
  });
  lastRanking = { names, ranks };
  return ranks;
}

/** What a group's own data says, independent of the clock: kept while the group object lives. */
interface GroupText {
  /** Groups with equal keys meet at the same times. */
  scheduleKey: string;
  haystack: string;
  typeCodes: ReadonlySet<string>;
  /** Which category definitions `categoryIds` was worked out for. */
  categoriesKey: string;
  categoryIds: ReadonlySet<string>;
}

// A finder re-indexes the same group objects every minute as the clock moves; only their times change.
const textCache = new WeakMap<PeerGroup, GroupText>();

function textOf(group: PeerGroup, matcher: CategoryMatcher): GroupText {
  let text = textCache.get(group);
  if (!text) {
    const fields = [group.name, group.location, group.address, group.group, ...group.regions, group.notes];
    // One fold of all the fields costs far less than one per field, most of all before the page's code warms up.
    const haystack = foldText(fields.filter(Boolean).join(' '));
    const scheduleKey = `${group.timeZone}|${group.day}|${group.time}|${group.endTime}`;
    text = { scheduleKey, haystack, typeCodes: new Set(group.types), categoriesKey: '', categoryIds: new Set() };
    textCache.set(group, text);
  }
  if (text.categoriesKey !== matcher.key) {
    text.categoryIds = categoriesOf(matcher, group.types, foldText(`${group.name} ${group.notes ?? ''}`));
    text.categoriesKey = matcher.key;
  }
  return text;
}

/**
 * Works out everything a search needs about each group, seen from `now` in the visitor's time zone. Pass the
 * same categories you will pass to `searchGroups` (ours by default); rebuild when `now` moves on. Groups are
 * treated as immutable: what their text says is remembered for as long as the objects live.
 */
export function indexGroups(
  groups: readonly PeerGroup[],
  now: number,
  visitorTimeZone: string,
  categories: readonly PeerCategory[] = defaultCategories(),
): IndexedGroup[] {
  const zone = isValidTimeZone(visitorTimeZone) ? visitorTimeZone : 'UTC';
  const matcher = categoryMatcher(categories);
  const ranks = nameRanks(groups);
  // Thousands of groups share a handful of schedules and start instants: work each out once.
  const timings = new Map<string, GroupTiming>();
  const visitorMinuteOfWeek = new Map<number, number>();
  const index: IndexedGroup[] = [];
  for (const group of groups) {
    const text = textOf(group, matcher);
    let timing = timings.get(text.scheduleKey);
    if (!timing) {
      timing = groupTiming(group, now);
      timings.set(text.scheduleKey, timing);
    }
    let minuteOfWeek = visitorMinuteOfWeek.get(timing.start);
    if (minuteOfWeek === undefined) {
      const { weekday, minuteOfDay } = weekdayAndMinuteAt(timing.start, zone);
      minuteOfWeek = weekday * 1440 + minuteOfDay;
      visitorMinuteOfWeek.set(timing.start, minuteOfWeek);
    }
    index.push({
      group,
      start: timing.start,
      end: timing.end,
      inProgress: timing.inProgress,
      startingSoon: timing.startingSoon,
      weekday: Math.floor(minuteOfWeek / 1440),
      minuteOfDay: minuteOfWeek % 1440,
      haystack: text.haystack,
      typeCodes: text.typeCodes,
      categoryIds: text.categoryIds,
      nameRank: ranks.get(group.name) ?? 0,
      distanceKm: undefined,
    });
  }
  return index;
}

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

function greatCircleKm(latitudeA: number, longitudeA: number, latitudeB: number, longitudeB: number): number {
  const halfLatitude = Math.sin(((latitudeB - latitudeA) * RADIANS) / 2);
  const halfLongitude = Math.sin(((longitudeB - longitudeA) * RADIANS) / 2);
  const chord =
    halfLatitude * halfLatitude +
    Math.cos(latitudeA * RADIANS) * Math.cos(latitudeB * RADIANS) * halfLongitude * halfLongitude;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord)));
}

/** Great-circle distance on a spherical Earth (within 0.5% of the ellipsoid: plenty for "how far"). */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  return greatCircleKm(a.latitude, a.longitude, b.latitude, b.longitude);
}

const isCoordinate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Bumped by every `withDistances`, so orders sorted by an older distance are not reused. */
let distanceGeneration = 0;

/** Sets each group's distance from `origin`, or clears them all without one. Call when the origin changes. */
export function withDistances(index: IndexedGroup[], origin?: Coordinates): void {
  distanceGeneration++;
  const from = origin && isCoordinate(origin.latitude) && isCoordinate(origin.longitude) ? origin : undefined;
  for (const item of index) {
    const { latitude, longitude } = item.group;
    item.distanceKm =
      from && isCoordinate(latitude) && isCoordinate(longitude)
        ? greatCircleKm(from.latitude, from.longitude, latitude, longitude)
        : undefined;
  }
}

function compareDistance(a: IndexedGroup, b: IndexedGroup): number {
  const first = a.distanceKm ?? Infinity;
  const second = b.distanceKm ?? Infinity;
  return first < second ? -1 : first > second ? 1 : 0;
}

function compareByNextStart(a: IndexedGroup, b: IndexedGroup): number {
  return a.start - b.start || compareDistance(a, b) || a.nameRank - b.nameRank;
}

function compareByTimeOfDay(a: IndexedGroup, b: IndexedGroup): number {
  return a.minuteOfDay - b.minuteOfDay || compareDistance(a, b) || a.nameRank - b.nameRank;
}

/**
 * Attendance as bits, for groups and for the filter alike: a group passes when it has every bit the filter
 * has. "in-person" and "online" are then also met by hybrid groups; inactive groups, with none, never pass.
 */
const ATTENDANCE_BITS: Record<PeerGroup['attendance'] | GroupFilters['attendance'], number> = {
  '': 0,
  'in-person': 1,
  online: 2,
  hybrid: 3,
  inactive: 0,
};

/**
 * One sort order of an index, with what the filters test laid out in typed arrays in that order: a keystroke
 * then reads memory front to back instead of chasing thousands of objects (which costs more than the tests).
 */
interface SortedView {
  items: IndexedGroup[];
  /** Every haystack joined by "\n", which no search term holds, and where each one starts (plus the end). */
  text: string;
  textStarts: Int32Array;
  weekday: Uint8Array;
  timeOfDay: Uint8Array;
  attendance: Uint8Array;
  /** Infinity when unknown. */
  distanceKm: Float64Array;
  /** Per item, `words` 32-bit words of bits (numbered by the index's `tagBits`) for its codes and categories. */
  tags: Uint32Array;
}

interface IndexViews {
  generation: number;
  length: number;
  /** A bit for every type code and (prefixed "\u0001") category id in the index. */
  tagBits: Map<string, number>;
  words: number;
  byNextStart?: SortedView;
  byTimeOfDay?: SortedView;
}

const categoryTag = (id: string) => '\u0001' + id;

// Keyed by the index array itself, and rebuilt after `withDistances` (distances are part of the order).
const viewsCache = new WeakMap<readonly IndexedGroup[], IndexViews>();

function viewsOf(index: readonly IndexedGroup[]): IndexViews {
  let views = viewsCache.get(index);
  if (!views || views.generation !== distanceGeneration || views.length !== index.length) {
    const tagBits = new Map<string, number>();
    for (const item of index) {
      for (const code of item.typeCodes) if (!tagBits.has(code)) tagBits.set(code, tagBits.size);
      for (const id of item.categoryIds) if (!tagBits.has(categoryTag(id))) tagBits.set(categoryTag(id), tagBits.size);
    }
    views = { generation: distanceGeneration, length: index.length, tagBits, words: Math.ceil(tagBits.size / 32) };
    viewsCache.set(index, views);
  }
  return views;
}

function setBit(bits: Uint32Array, base: number, bit: number): void {
  bits[base + (bit >>> 5)] |= 1 << (bit & 31);
}

function buildView(index: readonly IndexedGroup[], views: IndexViews, byTimeOfDay: boolean): SortedView {
  const items = [...index].sort(byTimeOfDay ? compareByTimeOfDay : compareByNextStart);
  const count = items.length;
  const view: SortedView = {
    items,
    text: items.map((item) => item.haystack).join('\n'),
    textStarts: new Int32Array(count + 1),
    weekday: new Uint8Array(count),
    timeOfDay: new Uint8Array(count),
    attendance: new Uint8Array(count),
    distanceKm: new Float64Array(count),
    tags: new Uint32Array(count * views.words),
  };
  let textStart = 0;
  items.forEach((item, position) => {
    view.textStarts[position] = textStart;
    textStart += item.haystack.length + 1;
    view.weekday[position] = item.weekday;
    view.timeOfDay[position] = TIME_OF_DAY_BITS[timeOfDayOf(item.minuteOfDay)];
    view.attendance[position] = bitsFor(ATTENDANCE_BITS, item.group.attendance);
    view.distanceKm[position] = item.distanceKm ?? Infinity;
    const base = position * views.words;
    for (const code of item.typeCodes) setBit(view.tags, base, views.tagBits.get(code)!);
    for (const id of item.categoryIds) setBit(view.tags, base, views.tagBits.get(categoryTag(id))!);
  });
  view.textStarts[count] = textStart;
  return view;
}

/** The filters made ready for thousands of tests: validated, folded, turned into bits. */
interface Criteria {
  /** Longest first: the longest term is the one scanned for, the others are checked on its finds. */
  terms: string[];
  /** -1: any day. */
  weekday: number;
  /** Bits of TIME_OF_DAY_BITS; 0: any time. */
  times: number;
  attendance: number;
  /** Tag words every result has all of, and (when `anyOfTags` is set) some of. */
  allOfTags: Uint32Array;
  anyOfTags?: Uint32Array;
  /** -1: no radius. */
  radiusKm: number;
}

/** Criteria no group can meet (a code no group has) are `undefined`: the search is then empty. */
function criteriaFrom(
  filters: GroupFilters,
  categories: readonly PeerCategory[],
  views: IndexViews,
): Criteria | undefined {
  const { day, radiusKm } = filters;
  let times = 0;
  for (const time of filters.times) times |= bitsFor(TIME_OF_DAY_BITS, time);
  const allOfTags = new Uint32Array(views.words);
  const codes = [...filters.types, ...filters.access, ...(filters.language ? [filters.language] : [])];
  for (const code of codes) {
    const bit = views.tagBits.get(code);
    if (bit === undefined) return undefined;
    setBit(allOfTags, 0, bit);
  }
  // An id no category has (a stale bookmark) is ignored rather than hiding every group.
  const categoryIds = filters.categories.filter((id) => categories.some((category) => category.id === id));
  let anyOfTags: Uint32Array | undefined;
  if (categoryIds.length) {
    anyOfTags = new Uint32Array(views.words);
    for (const id of categoryIds) {
      const bit = views.tagBits.get(categoryTag(id));
      if (bit !== undefined) setBit(anyOfTags, 0, bit);
    }
    if (anyOfTags.every((word) => word === 0)) return undefined;
  }
  return {
    terms: foldText(filters.query)
      .split(' ')
      .filter(Boolean)
      .sort((a, b) => b.length - a.length),
    weekday: typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6 ? day : -1,
    times,
    attendance: bitsFor(ATTENDANCE_BITS, filters.attendance),
    allOfTags,
    anyOfTags,
    radiusKm: filters.origin && isCoordinate(radiusKm) && radiusKm >= 0 ? radiusKm : -1,
  };
}

/** Everything but the keyword, from the typed arrays. */
function passes(view: SortedView, position: number, criteria: Criteria): boolean {
  const attendance = view.attendance[position];
  if (attendance === 0 || (attendance & criteria.attendance) !== criteria.attendance) return false;
  if (criteria.weekday >= 0 && view.weekday[position] !== criteria.weekday) return false;
  if (criteria.times && !(view.timeOfDay[position] & criteria.times)) return false;
  if (criteria.radiusKm >= 0 && !(view.distanceKm[position] <= criteria.radiusKm)) return false;
  const words = criteria.allOfTags.length;
  const base = position * words;
  let inAny = !criteria.anyOfTags;
  for (let word = 0; word < words; word++) {
    const tags = view.tags[base + word];
    if ((tags & criteria.allOfTags[word]) !== criteria.allOfTags[word]) return false;
    if (!inAny && tags & criteria.anyOfTags![word]) inAny = true;
  }
  return inAny;
}

function hasOtherTerms(item: IndexedGroup, terms: readonly string[]): boolean {
  for (let term = 1; term < terms.length; term++) if (!item.haystack.includes(terms[term])) return false;
  return true;
}

/**
 * The groups matching `filters`, in the order shown: next start, then distance (unknown last), then name; for
 * one weekday, time of day first. Inactive groups never match. Distances are those of the last
 * `withDistances` call, so call it when the origin changes.
 */
export function searchGroups(
  index: readonly IndexedGroup[],
  filters: GroupFilters,
  categories: readonly PeerCategory[],
): IndexedGroup[] {
  const views = viewsOf(index);
  const criteria = criteriaFrom(filters, categories, views);
  if (!criteria) return [];
  const byTimeOfDay = criteria.weekday >= 0;
  const view = byTimeOfDay
    ? (views.byTimeOfDay ??= buildView(index, views, true))
    : (views.byNextStart ??= buildView(index, views, false));
  const results: IndexedGroup[] = [];
  const { items, text, textStarts } = view;
  if (!criteria.terms.length) {
    for (let position = 0; position < items.length; position++) {
      if (passes(view, position, criteria)) results.push(items[position]);
    }
    return results;
  }
  // One scan of the joined text for the longest term visits only the groups that contain it.
  const [scanned] = criteria.terms;
  let position = 0;
  for (let found = text.indexOf(scanned); found !== -1; found = text.indexOf(scanned, textStarts[position + 1])) {
    while (textStarts[position + 1] <= found) position++;
    if (passes(view, position, criteria) && hasOtherTerms(items[position], criteria.terms)) {
      results.push(items[position]);
    }
  }
  return results;
}

/** How many of the results are running now, and how many start within half an hour. */
export function countLive(results: readonly IndexedGroup[]): { inProgress: number; startingSoon: number } {
  let inProgress = 0;
  let startingSoon = 0;
  for (const result of results) {
    if (result.inProgress) inProgress++;
    if (result.startingSoon) startingSoon++;
  }
  return { inProgress, startingSoon };
}
