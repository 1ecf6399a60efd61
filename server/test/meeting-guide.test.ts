import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normaliseMeetingGuide, parseTime } from '../../src/api/meeting-guide.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = resolve(repoRoot, process.env.PEER_FIXTURES ?? '../shared/fixtures', 'meeting-guide');

/** Real feeds are read from PEER_FIXTURES; without them the test says why it did not run (CI must have them). */
function feed(name: string, t: { skip(message: string): void }): unknown[] | undefined {
  const file = resolve(fixtures, name);
  if (!existsSync(file)) {
    if (process.env.CI === 'true')
      throw new Error(`${file} is missing: CI needs ../shared/fixtures (or PEER_FIXTURES).`);
    t.skip(`${file} not found: set PEER_FIXTURES to the shared fixtures folder to run this test`);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('Meeting Guide feed normaliser', () => {
  it('reads the times real feeds publish', () => {
    assert.equal(parseTime('19:30'), '19:30');
    assert.equal(parseTime('7:30 PM'), '19:30');
    assert.equal(parseTime('11:00 AM'), '11:00');
    assert.equal(parseTime('12:00 PM'), '12:00');
    assert.equal(parseTime('12:00 AM'), '00:00');
    assert.equal(parseTime('8pm'), '20:00');
    assert.equal(parseTime('06:15:00'), '06:15');
    assert.equal(parseTime(''), undefined);
    assert.equal(parseTime(null), undefined);
    assert.equal(parseTime('25:00'), undefined);
    assert.equal(parseTime('13:00 PM'), undefined);
  });

  it('turns one record into one group per day, with an hour-long default and the fallback time zone', () => {
    const { groups } = normaliseMeetingGuide(
      [
        {
          name: 'Morning Light',
          slug: 'morning-light',
          day: [1, 3, '5'],
          time: '7:00 AM',
          end_time: null,
          types: ['O', 'XYZ'],
          address: '12 Main St, Spokane, WA 99201',
        },
      ],
      'America/Los_Angeles',
    );
    assert.deepEqual(
      groups.map((g) => [g.slug, g.day, g.time, g.endTime, g.timeZone]),
      [
        ['morning-light-1', 1, '07:00', '08:00', 'America/Los_Angeles'],
        ['morning-light-3', 3, '07:00', '08:00', 'America/Los_Angeles'],
        ['morning-light-5', 5, '07:00', '08:00', 'America/Los_Angeles'],
      ],
    );
    assert.deepEqual(groups[0].types, ['O', 'XYZ']);
    assert.equal(groups[0].latitude, undefined);
  });

  it('decides attendance from what is usable: address, conference link or phone', () => {
    const base = { name: 'x', day: 1, time: '19:00' };
    const attendance = (extra: object) =>
      normaliseMeetingGuide([{ ...base, slug: 's', ...extra }], 'UTC').groups[0].attendance;
    assert.equal(attendance({ address: '12 Main St, Spokane, WA' }), 'in-person');
    assert.equal(attendance({ address: '12 Main St, Spokane, WA', conference_url: 'https://zoom.us/j/1' }), 'hybrid');
    assert.equal(
      attendance({ formatted_address: 'Philadelphia, PA, USA', conference_url: 'https://zoom.us/j/1' }),
      'online',
    );
    assert.equal(attendance({ address: '12 Main St', approximate: 'yes', conference_phone: '+1 555 0100' }), 'online');
    assert.equal(attendance({ address: '12 Main St', types: ['TC'], conference_url: 'https://zoom.us/j/1' }), 'online');
    assert.equal(attendance({ address: '12 Main St', types: ['TC'] }), 'inactive');
    assert.equal(attendance({ conference_url: 'javascript:alert(1)' }), 'inactive');
  });

  it('skips records it cannot place in the week, saying why', () => {
    const { groups, skipped } = normaliseMeetingGuide(
      [{ name: 'No time', slug: 'a', day: 1 }, { slug: 'b', day: 1, time: '10:00' }, null, 'x'],
      'UTC',
    );
    assert.equal(groups.length, 0);
    assert.equal(skipped.length, 4);
    assert.deepEqual(normaliseMeetingGuide({ meetings: [] }, 'UTC').groups, []);
  });

  it('reads the aasepia feed: string coordinates, end times, regions, empty conference fields', (t) => {
    const data = feed('aasepia.json', t);
    if (!data) return;
    const { groups, skipped } = normaliseMeetingGuide(data, 'America/New_York');
    assert.ok(groups.length >= data.length * 0.98, `${groups.length} of ${data.length}`);
    assert.ok(skipped.length < data.length * 0.02);
    assert.ok(groups.every((g) => typeof g.latitude === 'number' && typeof g.longitude === 'number'));
    assert.ok(groups.every((g) => /^\d\d:\d\d$/.test(g.time) && /^\d\d:\d\d$/.test(g.endTime)));
    const kinds = new Set(groups.map((g) => g.attendance));
    assert.ok(kinds.has('in-person') && kinds.has('online') && kinds.has('hybrid'), [...kinds].join());
    assert.ok(groups.every((g) => !g.conferenceUrl || /^https?:/.test(g.conferenceUrl)));
    assert.ok(groups.some((g) => g.regions.length > 1));
  });

  it('reads the Edmonton feed: no coordinates, "11:00 AM" times, days as arrays, nulls', (t) => {
    const data = feed('edmonton.json', t);
    if (!data) return;
    const { groups } = normaliseMeetingGuide(data, 'America/Edmonton');
    assert.ok(groups.length >= data.length);
    assert.ok(groups.every((g) => g.latitude === undefined && g.longitude === undefined));
    assert.ok(groups.every((g) => /^\d\d:\d\d$/.test(g.time)));
    assert.ok(groups.every((g) => g.timeZone === 'America/Edmonton'));
    assert.equal(new Set(groups.map((g) => g.slug)).size, groups.length);
    assert.ok(groups.some((g) => g.attendance === 'in-person'));
  });
});
