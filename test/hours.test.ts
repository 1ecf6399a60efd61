import { expect } from '@open-wc/testing';
import { openingState } from '../src/components/crisis-banner/hours.js';
import { zonedInstant } from '../src/core/zoned-time.js';
import type { OpeningHours } from '../src/api/types.js';

const weekdays9to5: OpeningHours = {
  timeZone: 'America/New_York',
  weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }],
};

const iso = (date?: Date) => date?.toISOString();

describe('opening hours', () => {
  describe('zonedInstant', () => {
    it('maps a wall-clock time to the instant in standard and in daylight time', () => {
      expect(new Date(zonedInstant(2026, 1, 15, 9 * 60, 'America/New_York')).toISOString()).to.equal(
        '2026-01-15T14:00:00.000Z',
      );
      expect(new Date(zonedInstant(2026, 7, 15, 9 * 60, 'America/New_York')).toISOString()).to.equal(
        '2026-07-15T13:00:00.000Z',
      );
    });

    it('resolves a time skipped by clocks going forward to just after the jump', () => {
      // 2026-03-08 02:30 does not exist in New York: clocks go from 02:00 EST to 03:00 EDT.
      expect(new Date(zonedInstant(2026, 3, 8, 2 * 60 + 30, 'America/New_York')).toISOString()).to.equal(
        '2026-03-08T07:30:00.000Z',
      );
    });

    it('resolves a time that happens twice (clocks going back) to the first', () => {
      // 2026-11-01 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
      expect(new Date(zonedInstant(2026, 11, 1, 90, 'America/New_York')).toISOString()).to.equal(
        '2026-11-01T05:30:00.000Z',
      );
    });

    it('gets the changes right east of UTC too (Berlin, Sydney) and at midnight (Beirut)', () => {
      const at = (y: number, m: number, d: number, minutes: number, zone: string) =>
        new Date(zonedInstant(y, m, d, minutes, zone)).toISOString();
      // Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 is skipped.
      expect(at(2026, 3, 29, 150, 'Europe/Berlin')).to.equal('2026-03-29T01:30:00.000Z');
      // Berlin 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
      expect(at(2026, 10, 25, 150, 'Europe/Berlin')).to.equal('2026-10-25T00:30:00.000Z');
      // Sydney 2026-04-05: 03:00 AEDT goes back to 02:00 AEST; 02:30 first happens at 15:30Z the day before.
      expect(at(2026, 4, 5, 150, 'Australia/Sydney')).to.equal('2026-04-04T15:30:00.000Z');
      // Sydney 2026-10-04: 02:00 AEST jumps to 03:00 AEDT.
      expect(at(2026, 10, 4, 150, 'Australia/Sydney')).to.equal('2026-10-03T16:30:00.000Z');
      // Beirut 2026-03-29: midnight is skipped (00:00 EET becomes 01:00 EEST); a window opening then opens at 01:00.
      expect(at(2026, 3, 29, 0, 'Asia/Beirut')).to.equal('2026-03-28T22:00:00.000Z');
    });

    it('handles half-hour zones and the southern hemisphere', () => {
      expect(new Date(zonedInstant(2026, 6, 1, 9 * 60, 'Asia/Kolkata')).toISOString()).to.equal(
        '2026-06-01T03:30:00.000Z',
      );
      // Sydney: daylight time (UTC+11) in January, standard (UTC+10) in July.
      expect(new Date(zonedInstant(2026, 1, 5, 9 * 60, 'Australia/Sydney')).toISOString()).to.equal(
        '2026-01-04T22:00:00.000Z',
      );
      expect(new Date(zonedInstant(2026, 7, 6, 9 * 60, 'Australia/Sydney')).toISOString()).to.equal(
        '2026-07-05T23:00:00.000Z',
      );
    });
  });

  describe('openingState', () => {
    it('is open during the window and says when it closes', () => {
      const state = openingState(weekdays9to5, new Date('2026-07-15T15:00:00Z'), 'UTC');
      expect(state.open).to.be.true;
      expect(iso(state.changesAt)).to.equal('2026-07-15T21:00:00.000Z');
    });

    it('opens at the window start exactly and closes at its end exactly', () => {
      expect(openingState(weekdays9to5, new Date('2026-07-15T13:00:00Z'), 'UTC').open).to.be.true;
      expect(openingState(weekdays9to5, new Date('2026-07-15T21:00:00Z'), 'UTC').open).to.be.false;
    });

    it('on a Friday evening points to Monday morning', () => {
      const state = openingState(weekdays9to5, new Date('2026-07-17T22:00:00Z'), 'UTC');
      expect(state.open).to.be.false;
      expect(iso(state.changesAt)).to.equal('2026-07-20T13:00:00.000Z');
    });

    it('across the spring change: closed on Sunday, opens Monday 09:00 daylight time', () => {
      // Sunday 2026-03-08 evening; Monday 09:00 EDT is 13:00Z (it was 14:00Z a week earlier).
      const state = openingState(weekdays9to5, new Date('2026-03-08T20:00:00Z'), 'UTC');
      expect(iso(state.changesAt)).to.equal('2026-03-09T13:00:00.000Z');
      const weekBefore = openingState(weekdays9to5, new Date('2026-03-01T20:00:00Z'), 'UTC');
      expect(iso(weekBefore.changesAt)).to.equal('2026-03-02T14:00:00.000Z');
    });

    it('across the autumn change: Friday before, the next opening is Monday 09:00 standard time', () => {
      const state = openingState(weekdays9to5, new Date('2026-10-30T22:00:00Z'), 'UTC');
      expect(iso(state.changesAt)).to.equal('2026-11-02T14:00:00.000Z');
    });

    it('at 16:30 local on the day after the spring change it is still open (offset moved)', () => {
      // 2026-03-09 16:30 EDT = 20:30Z; with the old offset this would wrongly be 21:30Z, after closing.
      expect(openingState(weekdays9to5, new Date('2026-03-09T20:30:00Z'), 'UTC').open).to.be.true;
      expect(openingState(weekdays9to5, new Date('2026-03-09T21:05:00Z'), 'UTC').open).to.be.false;
    });

    it('handles a window past midnight, including the night clocks go back', () => {
      const nights: OpeningHours = {
        timeZone: 'America/Los_Angeles',
        weekly: [{ days: [6], opens: '20:00', closes: '02:00' }],
      };
      // Saturday 2026-10-31 20:00 PDT = 03:00Z Sunday; closes Sunday 02:00 PST = 10:00Z (a 7-hour night).
      const early = openingState(nights, new Date('2026-11-01T04:00:00Z'), 'UTC');
      expect(early.open).to.be.true;
      expect(iso(early.changesAt)).to.equal('2026-11-01T10:00:00.000Z');
      expect(openingState(nights, new Date('2026-11-01T09:30:00Z'), 'UTC').open).to.be.true;
      expect(openingState(nights, new Date('2026-11-01T10:00:00Z'), 'UTC').open).to.be.false;
    });

    it('joins windows that touch into one stretch', () => {
      const evenings: OpeningHours = {
        timeZone: 'Europe/London',
        weekly: [
          { days: [1], opens: '18:00', closes: '24:00' },
          { days: [2], opens: '00:00', closes: '08:00' },
        ],
      };
      const state = openingState(evenings, new Date('2026-01-05T23:00:00Z'), 'UTC');
      expect(state.open).to.be.true;
      expect(iso(state.changesAt)).to.equal('2026-01-06T08:00:00.000Z');
    });

    it('uses the fallback time zone when the hours name none', () => {
      const noZone: OpeningHours = { weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '09:00', closes: '10:00' }] };
      expect(openingState(noZone, new Date('2026-01-05T09:30:00Z'), 'UTC').open).to.be.true;
      expect(openingState(noZone, new Date('2026-01-05T09:30:00Z'), 'Asia/Tokyo').open).to.be.false;
    });

    it('with no windows is closed and names no opening', () => {
      expect(openingState({ weekly: [] }, new Date(), 'UTC')).to.deep.equal({ open: false });
    });
  });
});
