import { expect } from '@open-wc/testing';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import { groupTiming } from '../src/components/group-finder/schedule.js';

const group = (day: number, time: string, endTime: string, timeZone = 'America/Los_Angeles'): PeerGroup => ({
  slug: `g-${day}-${time}`,
  name: 'Sample group',
  day,
  time,
  endTime,
  timeZone,
  attendance: 'online',
  types: [],
  regions: [],
});

// Wednesday 2026-11-25, 18:00 in Spokane (UTC-8 in November).
const wednesdayEvening = Date.parse('2026-11-26T02:00:00Z');
const iso = (instant: number) => new Date(instant).toISOString();

describe('group schedule (pure)', () => {
  it('finds the next start later the same day, and says when it is starting soon', () => {
    const timing = groupTiming(group(3, '18:20', '19:20'), wednesdayEvening);
    expect(iso(timing.start)).to.equal('2026-11-26T02:20:00.000Z');
    expect(timing.startingSoon).to.be.true;
    expect(timing.inProgress).to.be.false;
  });

  it('wraps the week: Tuesday is six days away on a Wednesday', () => {
    const timing = groupTiming(group(2, '09:00', '10:00'), wednesdayEvening);
    expect(iso(timing.start)).to.equal('2026-12-01T17:00:00.000Z');
    expect(timing.startingSoon).to.be.false;
  });

  it('keeps a group that started under 10 minutes ago as now, in progress', () => {
    const timing = groupTiming(group(3, '17:55', '19:00'), wednesdayEvening);
    expect(iso(timing.start)).to.equal('2026-11-26T01:55:00.000Z');
    expect(timing.inProgress).to.be.true;
  });

  it('moves a group more than 10 minutes in to next week, still marked in progress', () => {
    const timing = groupTiming(group(3, '17:30', '19:00'), wednesdayEvening);
    expect(iso(timing.start)).to.equal('2026-12-03T01:30:00.000Z');
    expect(timing.inProgress).to.be.true;
  });

  it('sees a meeting that crosses midnight into Sunday as running from Saturday night', () => {
    // Sunday 2026-11-29 00:15 in Spokane.
    const sundayNight = Date.parse('2026-11-29T08:15:00Z');
    const timing = groupTiming(group(6, '23:30', '00:30'), sundayNight);
    expect(timing.inProgress).to.be.true;
    expect(iso(timing.start)).to.equal('2026-12-06T07:30:00.000Z');
  });

  it('keeps the wall-clock time across a DST change (7 pm stays 7 pm)', () => {
    // Saturday 2027-03-13, before clocks go forward on Sunday 14 March.
    const saturday = Date.parse('2027-03-13T20:00:00Z');
    const timing = groupTiming(group(1, '19:00', '20:00'), saturday);
    // Monday 15 March, 19:00 PDT = 02:00 UTC on the 16th.
    expect(iso(timing.start)).to.equal('2027-03-16T02:00:00.000Z');
  });

  it("uses the group's own time zone, not the visitor's", () => {
    const timing = groupTiming(group(3, '21:00', '22:00', 'America/New_York'), wednesdayEvening);
    // 21:00 in New York is 18:00 in Spokane: it started at the visitor's "now".
    expect(iso(timing.start)).to.equal('2026-11-26T02:00:00.000Z');
    expect(timing.inProgress).to.be.true;
  });
});
