import { expect } from '@open-wc/testing';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import { wallTime, zonedInstant } from '../src/core/zoned-time.js';
import { defaultCategories, parseCategories } from '../src/components/group-finder/categories.js';
import { emptyFilters, type GroupFilters, type Origin } from '../src/components/group-finder/filters.js';
import { groupTiming, LATE_JOIN_MS, STARTING_SOON_MS } from '../src/components/group-finder/schedule.js';
import {
  countLive,
  foldText,
  haversineKm,
  indexGroups,
  searchGroups,
  withDistances,
  type IndexedGroup,
} from '../src/components/group-finder/search.js';

const LA = 'America/Los_Angeles';
// Saturday 2026-11-28, 23:00 in Los Angeles (UTC-8).
const saturdayNight = Date.parse('2026-11-28T23:00:00-08:00');
const categories = defaultCategories();

let slugCount = 0;
const group = (fields: Partial<PeerGroup>): PeerGroup => ({
  slug: `group-${++slugCount}`,
  name: 'Sample group',
  day: 1,
  time: '19:00',
  endTime: '20:00',
  timeZone: LA,
  attendance: 'in-person',
  types: [],
  regions: [],
  ...fields,
});

const filters = (change: Partial<GroupFilters> = {}): GroupFilters => ({ ...emptyFilters(), ...change });

/** Indexes `groups` at Saturday night in Los Angeles and searches; answers the names, in order. */
function search(groups: PeerGroup[], change: Partial<GroupFilters> = {}, now = saturdayNight): string[] {
  const index = indexGroups(groups, now, LA, categories);
  return searchGroups(index, filters(change), categories).map((result) => result.group.name);
}

// Spokane, and points about 1 km and 5 km north of it.
const spokane: Origin = { latitude: 47.6588, longitude: -117.426, label: 'Spokane', source: 'place' };
const north = (km: number) => ({ latitude: spokane.latitude + km / 111.2, longitude: spokane.longitude });

describe('group search: text', () => {
  it('folds case, accents and whitespace', () => {
    expect(foldText('  Café\tESPAÑOL \n  Grupo ')).to.equal('cafe espanol grupo');
  });

  it('finds "cafe" in "Café" and "Espanol" in "Español", in any field, every term required', () => {
    const groups = [
      group({ name: 'Café Serenity' }),
      group({ name: 'Grupo Esperanza', notes: 'Reunión en Español' }),
      group({ name: 'Plain', location: 'St. Anne Church', address: '12 Main St', regions: ['Spokane Valley'] }),
      group({ name: 'Friends', group: 'Lilac City Group' }),
    ];
    expect(search(groups, { query: 'cafe' })).to.deep.equal(['Café Serenity']);
    expect(search(groups, { query: 'Espanol' })).to.deep.equal(['Grupo Esperanza']);
    expect(search(groups, { query: 'ANNE main valley' })).to.deep.equal(['Plain']);
    expect(search(groups, { query: 'lilac' })).to.deep.equal(['Friends']);
    expect(search(groups, { query: 'cafe valley' })).to.deep.equal([]);
    expect(search(groups, { query: '   ' })).to.have.length(4);
  });
});

describe('group search: day and time of day', () => {
  it('shows every group for "upcoming", and one weekday as the visitor sees it', () => {
    // Monday 00:30 in New York is Sunday 21:30 in Los Angeles.
    const groups = [
      group({ name: 'New York late', day: 1, time: '00:30', endTime: '01:30', timeZone: 'America/New_York' }),
      group({ name: 'Sunday', day: 0, time: '10:00', endTime: '11:00' }),
      group({ name: 'Monday', day: 1, time: '10:00', endTime: '11:00' }),
    ];
    expect(search(groups, { day: 'upcoming' })).to.have.length(3);
    expect(search(groups, { day: 0 })).to.deep.equal(['Sunday', 'New York late']);
    expect(search(groups, { day: 1 })).to.deep.equal(['Monday']);
  });

  it('puts starts into morning, afternoon, evening and night at the documented edges', () => {
    const times = ['03:59', '04:00', '11:59', '12:00', '16:59', '17:00', '20:59', '21:00'];
    const groups = times.map((time) => group({ name: time, time, endTime: '23:59' }));
    expect(search(groups, { day: 1, times: ['morning'] })).to.deep.equal(['04:00', '11:59']);
    expect(search(groups, { day: 1, times: ['afternoon'] })).to.deep.equal(['12:00', '16:59']);
    expect(search(groups, { day: 1, times: ['evening'] })).to.deep.equal(['17:00', '20:59']);
    expect(search(groups, { day: 1, times: ['night'] })).to.deep.equal(['03:59', '21:00']);
    expect(search(groups, { day: 1, times: ['morning', 'night'] })).to.deep.equal(['03:59', '04:00', '11:59', '21:00']);
  });

  it("reads the time of day on the visitor's clock, not the group's", () => {
    const groups = [
      group({ name: 'Eight in New York', time: '08:00', endTime: '09:00', timeZone: 'America/New_York' }),
      group({ name: 'Six in New York', time: '06:00', endTime: '07:00', timeZone: 'America/New_York' }),
    ];
    expect(search(groups, { times: ['morning'] })).to.deep.equal(['Eight in New York']);
    expect(search(groups, { times: ['night'] })).to.deep.equal(['Six in New York']);
  });
});

describe('group search: types, categories, attendance, access, language', () => {
  it('needs all of the chosen types', () => {
    const groups = [
      group({ name: 'Open discussion', types: ['O', 'D'] }),
      group({ name: 'Open', types: ['O'] }),
      group({ name: 'Discussion', types: ['D'] }),
    ];
    expect(search(groups, { types: ['O', 'D'] })).to.deep.equal(['Open discussion']);
    expect(search(groups, { types: ['O'] })).to.have.members(['Open discussion', 'Open']);
    expect(search(groups, { types: ['NO-SUCH-CODE'] })).to.deep.equal([]);
  });

  it('finds categories by type and by keyword, any of those chosen', () => {
    const groups = [
      group({ name: 'Tuesday Serenity', types: ['MH'] }),
      group({ name: 'Depression and Bipolar Support' }),
      group({ name: 'Grupo Esperanza', notes: 'Apoyo para la depresión', types: ['S'] }),
      group({ name: 'Young People Big Book' }),
      group({ name: 'Youngstown Big Book' }),
      group({ name: 'Al-Anon Lunch', types: ['AL-AN'] }),
      group({ name: 'Women Together', types: ['W'] }),
    ];
    expect(search(groups, { categories: ['mental-health'] })).to.have.members([
      'Tuesday Serenity',
      'Depression and Bipolar Support',
      'Grupo Esperanza',
    ]);
    expect(search(groups, { categories: ['youth', 'family-friends'] })).to.have.members([
      'Young People Big Book',
      'Al-Anon Lunch',
    ]);
    expect(search(groups, { categories: ['spanish'] })).to.deep.equal(['Grupo Esperanza']);
    // Nobody is in "men": nothing matches. An id no category has (a stale link) is ignored.
    expect(search(groups, { categories: ['men'] })).to.deep.equal([]);
    expect(search(groups, { categories: ['no-such-category'] })).to.have.length(groups.length);
  });

  it("uses a clinic's own categories", () => {
    const own = parseCategories('[{"id":"grief","label":"Grief and loss","types":["GR1"],"keywords":["grief"]}]')!;
    const groups = [group({ name: 'Grief Share' }), group({ name: 'Coded', types: ['GR1'] }), group({ name: 'Other' })];
    const index = indexGroups(groups, saturdayNight, LA, own);
    const names = searchGroups(index, filters({ categories: ['grief'] }), own).map((result) => result.group.name);
    expect(names).to.have.members(['Grief Share', 'Coded']);
  });

  it('counts hybrid groups as in person and as online, and never shows inactive ones', () => {
    const groups = (['in-person', 'online', 'hybrid', 'inactive'] as const).map((attendance) =>
      group({ name: attendance, attendance }),
    );
    expect(search(groups, { attendance: 'in-person' })).to.have.members(['in-person', 'hybrid']);
    expect(search(groups, { attendance: 'online' })).to.have.members(['online', 'hybrid']);
    expect(search(groups, { attendance: 'hybrid' })).to.deep.equal(['hybrid']);
    expect(search(groups, { attendance: '' })).to.have.members(['in-person', 'online', 'hybrid']);
    expect(search(groups, { query: 'inactive' })).to.deep.equal([]);
  });

  it('needs every chosen access need, and the chosen language', () => {
    const groups = [
      group({ name: 'Both', types: ['X', 'ASL'] }),
      group({ name: 'Wheelchair', types: ['X'] }),
      group({ name: 'Signed', types: ['ASL', 'S'] }),
      group({ name: 'French', types: ['FR'] }),
    ];
    expect(search(groups, { access: ['X', 'ASL'] })).to.deep.equal(['Both']);
    expect(search(groups, { access: ['ASL'] })).to.have.members(['Both', 'Signed']);
    expect(search(groups, { language: 'S' })).to.deep.equal(['Signed']);
    expect(search(groups, { language: 'FR', access: ['X'] })).to.deep.equal([]);
  });
});

describe('group search: distance', () => {
  const near = group({ name: 'Near', ...north(1) });
  const farther = group({ name: 'Farther', ...north(5) });
  const unknown = group({ name: 'Unknown place' });

  it('measures great-circle kilometres', () => {
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).to.be.closeTo(111.2, 0.1);
    expect(haversineKm(spokane, spokane)).to.equal(0);
    // Spokane to Seattle is about 368 km.
    expect(haversineKm(spokane, { latitude: 47.6062, longitude: -122.3321 })).to.be.closeTo(368, 3);
  });

  it('leaves the distance of a group with no coordinates unknown, never 0, and clears distances', () => {
    const index = indexGroups([near, unknown], saturdayNight, LA, categories);
    withDistances(index, spokane);
    expect(index[0].distanceKm).to.be.closeTo(1, 0.05);
    expect(index[1].distanceKm).to.be.undefined;
    withDistances(index, undefined);
    expect(index.map((item) => item.distanceKm)).to.deep.equal([undefined, undefined]);
  });

  it('keeps only groups with a known distance within the radius', () => {
    const index = indexGroups([near, farther, unknown], saturdayNight, LA, categories);
    withDistances(index, spokane);
    const names = (change: Partial<GroupFilters>) =>
      searchGroups(index, filters(change), categories).map((result) => result.group.name);
    expect(names({ origin: spokane, radiusKm: 3 })).to.deep.equal(['Near']);
    expect(names({ origin: spokane, radiusKm: 10 })).to.deep.equal(['Near', 'Farther']);
    expect(names({ origin: spokane })).to.deep.equal(['Near', 'Farther', 'Unknown place']);
    // A radius means nothing without an origin.
    expect(names({ radiusKm: 3 })).to.have.length(3);
  });
});

describe('group search: order', () => {
  it('wraps the week: on Saturday at 23:00, Sunday 08:00 comes before a Saturday 20:00 group', () => {
    const groups = [
      group({ name: 'Saturday evening', day: 6, time: '20:00', endTime: '21:00' }),
      group({ name: 'Sunday morning', day: 0, time: '08:00', endTime: '09:00' }),
      group({ name: 'Half an hour in', day: 6, time: '22:30', endTime: '23:30' }),
      group({ name: 'Just started', day: 6, time: '22:55', endTime: '23:55' }),
      group({ name: 'Starting soon', day: 6, time: '23:20', endTime: '00:20' }),
    ];
    // Late by 5 minutes still sorts as now; late by 30 has moved to next week, like the 20:00 group.
    expect(search(groups)).to.deep.equal([
      'Just started',
      'Starting soon',
      'Sunday morning',
      'Saturday evening',
      'Half an hour in',
    ]);
    const results = searchGroups(indexGroups(groups, saturdayNight, LA, categories), filters(), categories);
    expect(countLive(results)).to.deep.equal({ inProgress: 2, startingSoon: 1 });
    const sunday = results.find((result) => result.group.name === 'Sunday morning')!;
    expect(new Date(sunday.start).toISOString()).to.equal('2026-11-29T16:00:00.000Z');
    expect([sunday.weekday, sunday.minuteOfDay]).to.deep.equal([0, 8 * 60]);
  });

  it('sorts one weekday by time of day, not by which week the start falls in', () => {
    const groups = [
      group({ name: 'Late tonight', day: 6, time: '23:30', endTime: '23:59' }),
      group({ name: 'Saturday breakfast', day: 6, time: '08:00', endTime: '09:00' }),
    ];
    expect(search(groups)).to.deep.equal(['Late tonight', 'Saturday breakfast']);
    expect(search(groups, { day: 6 })).to.deep.equal(['Saturday breakfast', 'Late tonight']);
  });

  it('breaks ties by distance (unknown last), then by name ignoring case and accents', () => {
    const sameTime = { day: 0, time: '08:00', endTime: '09:00' };
    const groups = [
      group({ ...sameTime, name: 'Bravo', ...north(5) }),
      group({ ...sameTime, name: 'alpha' }),
      group({ ...sameTime, name: 'Charlie', ...north(1) }),
      group({ ...sameTime, name: 'Álamo' }),
    ];
    const index = indexGroups(groups, saturdayNight, LA, categories);
    const names = (change: Partial<GroupFilters> = {}) =>
      searchGroups(index, filters(change), categories).map((result) => result.group.name);
    expect(names()).to.deep.equal(['Álamo', 'alpha', 'Bravo', 'Charlie']);
    withDistances(index, spokane);
    expect(names({ origin: spokane })).to.deep.equal(['Charlie', 'Bravo', 'Álamo', 'alpha']);
    expect(names({ origin: spokane, day: 0 })).to.deep.equal(['Charlie', 'Bravo', 'Álamo', 'alpha']);
    withDistances(index, undefined);
    expect(names()).to.deep.equal(['Álamo', 'alpha', 'Bravo', 'Charlie']);
  });

  it('returns a new array each time, so changing one cannot change the next search', () => {
    const index = indexGroups([group({ name: 'A' }), group({ name: 'B' })], saturdayNight, LA, categories);
    const first = searchGroups(index, filters(), categories);
    first.reverse();
    expect(searchGroups(index, filters(), categories).map((result) => result.group.name)).to.deep.equal(['A', 'B']);
  });
});

describe('group search: indexing', () => {
  it('gives groups that share a schedule in different zones their own times', () => {
    const index = indexGroups(
      [group({ name: 'Here' }), group({ name: 'East', timeZone: 'America/New_York' })],
      saturdayNight,
      LA,
      categories,
    );
    expect(index[0].start - index[1].start).to.equal(3 * 3600_000);
    expect(index.map((item) => item.minuteOfDay)).to.deep.equal([19 * 60, 16 * 60]);
  });

  it('reads an unknown visitor time zone as UTC rather than failing', () => {
    const groups = [group({ name: 'Here' })];
    const [unknown] = indexGroups(groups, saturdayNight, 'Not/A_Zone', categories);
    const [utc] = indexGroups(groups, saturdayNight, 'UTC', categories);
    expect([unknown.weekday, unknown.minuteOfDay]).to.deep.equal([utc.weekday, utc.minuteOfDay]);
  });

  it('times groups as zoned-time does, across DST changes and in zones with odd offsets', () => {
    // The schedule keeps its own offset cache for speed; this checks it against the plain Intl reading.
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    const reference = (item: PeerGroup, now: number) => {
      const today = wallTime(now, item.timeZone);
      const occurrences = [-1, 0, 1].map((weeks) => {
        const day = today.day + ((item.day - today.weekday + 7) % 7) + weeks * 7;
        const at = (dayOfMonth: number, time: string) =>
          zonedInstant(today.year, today.month, dayOfMonth, minutes(time), item.timeZone);
        return [at(day, item.time), at(minutes(item.endTime) > minutes(item.time) ? day : day + 1, item.endTime)];
      });
      const [start, end] = occurrences.find(([begins]) => begins > now - LATE_JOIN_MS)!;
      const inProgress = occurrences.some(([begins, ends]) => begins <= now && now < ends);
      return { start, end, inProgress, startingSoon: start > now && start - now <= STARTING_SOON_MS };
    };
    const zones = [LA, 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham'];
    const changes = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-25', '2026-11-01'];
    let compared = 0;
    for (const timeZone of zones) {
      for (const change of changes) {
        for (let hours = -8 * 24; hours <= 8 * 24; hours += 13) {
          const now = Date.parse(`${change}T00:00:00Z`) + hours * 3600_000;
          for (const [day, time, endTime] of [
            [0, '01:30', '02:30'],
            [6, '02:15', '01:00'],
            [3, '23:30', '00:30'],
          ] as const) {
            const item = group({ day, time, endTime, timeZone });
            expect(groupTiming(item, now), `${timeZone} ${new Date(now).toISOString()} ${time}`).to.deep.equal(
              reference(item, now),
            );
            compared++;
          }
        }
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });

  it('keeps the index usable when searched with a fresh copy of the same categories', () => {
    const groups = [group({ name: 'Serenity', types: ['MH'] })];
    const index: IndexedGroup[] = indexGroups(groups, saturdayNight, LA, defaultCategories());
    const copy = defaultCategories();
    expect(searchGroups(index, filters({ categories: ['mental-health'] }), copy)).to.have.length(1);
  });
});
