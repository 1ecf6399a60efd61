import { expect } from '@open-wc/testing';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import { calendarFileName, downloadCalendarFile, groupCalendarFile } from '../src/components/group-finder/calendar.js';
import { zonedInstant } from '../src/core/zoned-time.js';

const group = (overrides: Partial<PeerGroup> = {}): PeerGroup => ({
  slug: 'wednesday-hope',
  name: 'Wednesday Hope',
  day: 3,
  time: '19:00',
  endTime: '20:00',
  timeZone: 'America/Los_Angeles',
  attendance: 'in-person',
  types: [],
  regions: [],
  location: 'Fellowship Hall',
  address: '123 Main St, Spokane, WA 99201',
  ...overrides,
});

// Both Wednesdays, at 12:00 UTC: early morning in Los Angeles, evening in Sydney.
const summer = Date.parse('2026-07-01T12:00:00Z');
const winter = Date.parse('2026-12-02T12:00:00Z');

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The value of the first property called `name` within the block `component` (e.g. 'VEVENT'). */
function property(ics: string, name: string, component = 'VEVENT'): string | undefined {
  const lines = unfold(ics);
  const inside = lines.slice(lines.indexOf(`BEGIN:${component}`), lines.indexOf(`END:${component}`));
  const line = inside.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(':') + 1);
}

interface Observance {
  kind: string;
  from: number;
  to: number;
  start: string;
  rule?: string;
  rdates: string[];
}

const offset = (text: string) =>
  (text[0] === '-' ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));

function observances(ics: string): Observance[] {
  const found: Observance[] = [];
  let current: Observance | undefined;
  for (const line of unfold(ics)) {
    const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') {
      current = { kind: value, from: 0, to: 0, start: '', rdates: [] };
      found.push(current);
    } else if (line.startsWith('END:')) current = undefined;
    else if (current && name === 'TZOFFSETFROM') current.from = offset(value);
    else if (current && name === 'TZOFFSETTO') current.to = offset(value);
    else if (current && name === 'DTSTART') current.start = value;
    else if (current && name === 'RRULE') current.rule = value;
    else if (current && name === 'RDATE') current.rdates.push(value);
  }
  return found;
}

/** "20260308T020000" read as if it were UTC, so local wall times compare as numbers. */
const wallMs = (text: string) =>
  Date.UTC(+text.slice(0, 4), +text.slice(4, 6) - 1, +text.slice(6, 8), +text.slice(9, 11), +text.slice(11, 13));

function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) return 1 + ((weekday - new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 7) % 7) + (nth - 1) * 7;
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

/**
 * What a calendar app would do with the VTIMEZONE: the offset in force at a wall time is the `to` of the latest
 * onset at or before it. Enough of RFC 5545 for the yearly rules (nth weekday, or weekday on or after a day of the
 * month) and the RDATEs this module writes.
 */
function offsetFromVtimezone(list: Observance[], wall: number): number {
  let best: { onset: number; to: number } | undefined;
  const consider = (onset: number, to: number) => {
    if (onset <= wall && (!best || onset > best.onset)) best = { onset, to };
  };
  for (const observance of list) {
    const start = wallMs(observance.start);
    consider(start, observance.to);
    observance.rdates.forEach((date) => consider(wallMs(date), observance.to));
    const rule = observance.rule?.match(
      /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=(-?\d)?(SU|MO|TU|WE|TH|FR|SA)(?:;BYMONTHDAY=(\d+)(?:,\d+){6})?$/,
    );
    if (!rule) continue;
    const month = Number(rule[1]);
    const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'].indexOf(rule[3]);
    for (let year = new Date(start).getUTCFullYear(); year <= new Date(wall).getUTCFullYear(); year++) {
      const onOrAfter = Number(rule[4]);
      const day = rule[4]
        ? onOrAfter + ((weekday - new Date(Date.UTC(year, month - 1, onOrAfter)).getUTCDay() + 7) % 7)
        : nthWeekday(year, month, weekday, Number(rule[2]));
      const onset = Date.UTC(year, month - 1, day) + (start % 86_400_000);
      if (onset >= start) consider(onset, observance.to);
    }
  }
  return best!.to;
}

/** Every weekly start for a year, as a calendar app reads the file, against the zone as Intl knows it. */
function expectWeeklyStartsMatchIntl(ics: string, timeZone: string, minutesOfDay: number) {
  const first = wallMs(property(ics, 'DTSTART')!);
  const list = observances(ics);
  for (let week = 0; week < 53; week++) {
    const wall = first + week * 7 * 86_400_000;
    const date = new Date(wall);
    const expected = zonedInstant(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      minutesOfDay,
      timeZone,
    );
    const fromFile = wall - offsetFromVtimezone(list, wall) * 60_000;
    expect(new Date(fromFile).toISOString(), `week ${week}`).to.equal(new Date(expected).toISOString());
  }
}

describe('group calendar file (pure)', () => {
  it('uses CRLF, folds at 75 octets without cutting a character, and ends with a line break', () => {
    const ics = groupCalendarFile(
      group({
        name: `Grupo de apoyo “Esperanza” — ñandú 🌱🌱🌱 ${'á'.repeat(90)}`,
        notes: `${'多'.repeat(100)} ${'🌱'.repeat(40)}`,
      }),
      { now: summer },
    );
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(line, 'no half of a surrogate pair').not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(
      lines.some((line) => line.startsWith(' ')),
      'long lines are folded',
    ).to.be.true;
    expect(property(ics, 'SUMMARY')).to.equal(`Grupo de apoyo “Esperanza” — ñandú 🌱🌱🌱 ${'á'.repeat(90)}`);
  });

  it('escapes semicolons, commas, backslashes and line breaks in text', () => {
    const ics = groupCalendarFile(
      group({ name: 'Hope; Courage, Strength', notes: 'Side door.\nBring a friend; C:\\path, ok\r\nLast line' }),
      { now: summer },
    );
    expect(property(ics, 'SUMMARY')).to.equal('Hope\\; Courage\\, Strength');
    expect(property(ics, 'DESCRIPTION')).to.equal('Side door.\\nBring a friend\\; C:\\\\path\\, ok\\nLast line');
    expect(property(ics, 'LOCATION')).to.equal('Fellowship Hall\\, 123 Main St\\, Spokane\\, WA 99201');
  });

  it('keeps markup as plain text and cannot be made to add properties', () => {
    const ics = groupCalendarFile(
      group({
        name: '<img src=x onerror="alert(1)">',
        notes: 'x\r\nATTENDEE:mailto:evil@example.com\nEND:VEVENT\u0000',
      }),
      { now: summer },
    );
    expect(property(ics, 'SUMMARY')).to.equal('<img src=x onerror="alert(1)">');
    const lines = unfold(ics);
    expect(lines.filter((line) => line.startsWith('ATTENDEE'))).to.deep.equal([]);
    expect(lines.filter((line) => line === 'END:VEVENT')).to.have.length(1);
    expect(lines.some((line) => /^X-ALT-DESC/.test(line))).to.be.false;
    expect(ics).not.to.include('\u0000');
  });

  it('has a stable UID, DTSTAMP in UTC, and a weekly rule on the group’s day', () => {
    const ics = groupCalendarFile(group(), { now: summer });
    expect(property(ics, 'UID')).to.equal('wednesday-hope@peer-support-widgets');
    expect(groupCalendarFile(group(), { now: winter })).to.include('UID:wednesday-hope@peer-support-widgets');
    expect(property(ics, 'DTSTAMP')).to.equal('20260701T120000Z');
    const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
    for (let day = 0; day < 7; day++) {
      const file = groupCalendarFile(group({ day }), { now: summer });
      expect(property(file, 'RRULE')).to.equal(`FREQ=WEEKLY;BYDAY=${days[day]}`);
      expect(new Date(wallMs(property(file, 'DTSTART')!)).getUTCDay()).to.equal(day);
    }
  });

  it('starts at the group’s own wall time in summer and in winter', () => {
    const july = groupCalendarFile(group(), { now: summer });
    expect(unfold(july)).to.include('DTSTART;TZID=America/Los_Angeles:20260701T190000');
    expect(unfold(july)).to.include('DTEND;TZID=America/Los_Angeles:20260701T200000');
    const december = groupCalendarFile(group(), { now: winter });
    expect(unfold(december)).to.include('DTSTART;TZID=America/Los_Angeles:20261202T190000');
    expect(unfold(december)).to.include('DTEND;TZID=America/Los_Angeles:20261202T200000');
  });

  it('stays at 19:00 in Los Angeles through the March and November changes', () => {
    const march = groupCalendarFile(group(), { now: Date.parse('2026-03-04T12:00:00Z') });
    expect(property(march, 'DTSTART')).to.equal('20260304T190000');
    expectWeeklyStartsMatchIntl(march, 'America/Los_Angeles', 19 * 60);
    const october = groupCalendarFile(group(), { now: Date.parse('2026-10-28T12:00:00Z') });
    expectWeeklyStartsMatchIntl(october, 'America/Los_Angeles', 19 * 60);
  });

  it('describes America/Los_Angeles: -0800/-0700, second Sunday of March, first Sunday of November', () => {
    const list = observances(groupCalendarFile(group(), { now: summer }));
    expect(list).to.have.length(2);
    const daylight = list.find((o) => o.kind === 'DAYLIGHT')!;
    const standard = list.find((o) => o.kind === 'STANDARD')!;
    expect([daylight.from, daylight.to]).to.deep.equal([-480, -420]);
    expect(daylight.rule).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(daylight.start).to.equal('20250309T020000');
    expect([standard.from, standard.to]).to.deep.equal([-420, -480]);
    expect(standard.rule).to.equal('FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(standard.start).to.equal('20251102T020000');
    const ics = groupCalendarFile(group(), { now: summer });
    expect(unfold(ics)).to.include.members(['TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'TZID:America/Los_Angeles']);
  });

  it('describes Europe/London with last-Sunday rules', () => {
    const london = group({ timeZone: 'Europe/London' });
    const ics = groupCalendarFile(london, { now: summer });
    const list = observances(ics);
    const daylight = list.find((o) => o.kind === 'DAYLIGHT')!;
    const standard = list.find((o) => o.kind === 'STANDARD')!;
    expect([daylight.from, daylight.to, daylight.rule]).to.deep.equal([0, 60, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']);
    expect([standard.from, standard.to, standard.rule]).to.deep.equal([60, 0, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']);
    expect(daylight.start.endsWith('T010000')).to.be.true;
    expect(standard.start.endsWith('T020000')).to.be.true;
    expect(unfold(ics)).to.include('TZOFFSETFROM:+0000');
    expectWeeklyStartsMatchIntl(ics, 'Europe/London', 19 * 60);
  });

  it('describes Asia/Kolkata, which has no DST, with one STANDARD observance', () => {
    const ics = groupCalendarFile(group({ timeZone: 'Asia/Kolkata' }), { now: winter });
    const list = observances(ics);
    expect(list).to.have.length(1);
    expect(list[0]).to.include({ kind: 'STANDARD', from: 330, to: 330 });
    expect(list[0].rule).to.be.undefined;
    expect(unfold(ics)).to.include('TZOFFSETTO:+0530');
  });

  it('describes Australia/Sydney, where summer is DST from October to April', () => {
    const ics = groupCalendarFile(group({ timeZone: 'Australia/Sydney' }), { now: summer });
    const list = observances(ics);
    const daylight = list.find((o) => o.kind === 'DAYLIGHT')!;
    const standard = list.find((o) => o.kind === 'STANDARD')!;
    expect([daylight.from, daylight.to, daylight.rule]).to.deep.equal([600, 660, 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU']);
    expect([standard.from, standard.to, standard.rule]).to.deep.equal([660, 600, 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU']);
    expect(standard.start.endsWith('T030000')).to.be.true;
    expectWeeklyStartsMatchIntl(ics, 'Australia/Sydney', 19 * 60);
  });

  it('writes Israel’s “Friday on or after the 23rd” as a weekday within seven days of the month', () => {
    const ics = groupCalendarFile(group({ timeZone: 'Asia/Jerusalem' }), { now: summer });
    const daylight = observances(ics).find((o) => o.kind === 'DAYLIGHT')!;
    expect(daylight.rule).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29');
    expectWeeklyStartsMatchIntl(ics, 'Asia/Jerusalem', 19 * 60);
  });

  it('dates changes that follow no yearly rule (Morocco around Ramadan) for this year and the next', () => {
    const ics = groupCalendarFile(group({ timeZone: 'Africa/Casablanca' }), { now: summer });
    const list = observances(ics);
    expect(list.some((o) => o.rule)).to.be.false;
    // How many depends on the browser's copy of the tz database; the weekly check below is what matters.
    expect(list.filter((o) => o.rdates.length).length).to.be.at.least(2);
    expectWeeklyStartsMatchIntl(ics, 'Africa/Casablanca', 19 * 60);
  });

  it('matches Intl in zones with half-hour offsets or changes at midnight', () => {
    for (const timeZone of ['America/St_Johns', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham']) {
      const ics = groupCalendarFile(group({ timeZone, day: 6 }), { now: winter });
      expectWeeklyStartsMatchIntl(ics, timeZone, 19 * 60);
    }
  });

  it('ends a meeting that crosses midnight on the next day', () => {
    const late = group({ day: 6, time: '23:30', endTime: '01:00' });
    const ics = groupCalendarFile(late, { now: summer });
    expect(property(ics, 'DTSTART')).to.equal('20260704T233000');
    expect(property(ics, 'DTEND')).to.equal('20260705T010000');
    expect(property(ics, 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=SA');
  });

  it('puts the join link in LOCATION and URL for an online group, and the dial-in in the description', () => {
    const online = group({
      attendance: 'online',
      location: undefined,
      address: undefined,
      conferenceUrl: 'https://zoom.us/j/123456789',
      conferencePhone: '+1 509 555 0143,,123456#',
      conferenceNotes: 'Passcode 4242',
      notes: 'Cameras optional',
    });
    const ics = groupCalendarFile(online, { now: summer, pageUrl: 'https://clinic.example/groups?peer-q=hope' });
    expect(property(ics, 'LOCATION')).to.equal('https://zoom.us/j/123456789');
    expect(property(ics, 'URL')).to.equal('https://zoom.us/j/123456789');
    expect(property(ics, 'DESCRIPTION')).to.equal(
      'Cameras optional\\nJoin: https://zoom.us/j/123456789\\nDial-in: +1 509 555 0143\\,\\,123456# (Passcode 4242)',
    );
  });

  it('falls back to the page URL, never a non-web one', () => {
    const pageUrl = 'https://clinic.example/groups#wednesday-hope';
    expect(property(groupCalendarFile(group(), { now: summer, pageUrl }), 'URL')).to.equal(pageUrl);
    const hostile = groupCalendarFile(group(), { now: summer, pageUrl: 'javascript:alert(1)' });
    expect(property(hostile, 'URL')).to.be.undefined;
  });

  it('uses the product id given', () => {
    const ics = groupCalendarFile(group(), { now: summer, productId: '-//Clinic//Finder//ES' });
    expect(unfold(ics)).to.include('PRODID:-//Clinic//Finder//ES');
  });

  it('names the file in plain ASCII', () => {
    expect(calendarFileName(group({ name: 'Café Esperanza: Grupo de apoyo!' }))).to.equal(
      'cafe-esperanza-grupo-de-apoyo.ics',
    );
    expect(calendarFileName(group({ name: '<script>alert(1)</script>' }))).to.equal('script-alert-1-script.ics');
    expect(calendarFileName(group({ name: '希望' }))).to.equal('peer-group.ics');
    expect(calendarFileName(group({ name: 'x'.repeat(300) }))).to.have.length.at.most(64);
  });
});

describe('group calendar download', () => {
  it('clicks a temporary download link to a text/calendar blob', async () => {
    let clicked: HTMLAnchorElement | undefined;
    const capture = (event: Event) => {
      clicked = event.target as HTMLAnchorElement;
      event.preventDefault();
    };
    document.addEventListener('click', capture);
    try {
      downloadCalendarFile(group(), { now: summer });
    } finally {
      document.removeEventListener('click', capture);
    }
    expect(clicked?.download).to.equal('wednesday-hope.ics');
    expect(clicked?.href.startsWith('blob:')).to.be.true;
    expect(clicked?.isConnected).to.be.false;
    const response = await fetch(clicked!.href);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    expect(await response.text()).to.equal(groupCalendarFile(group(), { now: summer }));
  });
});
