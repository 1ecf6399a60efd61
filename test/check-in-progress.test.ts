import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import type { Answers, StoredCheckIn } from '../src/components/check-in/check-in-model.js';
import { MAX_MARKERS, renderChart } from '../src/components/check-in/progress-chart.js';
import {
  localDays,
  seriesFrom,
  streaks,
  weekTrend,
  type Measure,
  type Series,
} from '../src/components/check-in/progress-data.js';
import { PeerCheckInProgress } from '../src/components/check-in/progress-view.js';

if (!customElements.get('peer-check-in-progress')) customElements.define('peer-check-in-progress', PeerCheckInProgress);

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const iso = (time: number) => new Date(time).toISOString();

const PHQ9 = Array.from({ length: 9 }, (_, i) => `phq9-${i + 1}`);
const sum = (answers: Answers, ids: string[]) =>
  ids.every((id) => typeof answers[id] === 'number') ? ids.reduce((total, id) => total + answers[id], 0) : undefined;

const mood: Measure = { id: 'mood', label: 'Mood', min: 1, max: 5, higherIsBetter: true, value: (a) => a.mood };
const cravings: Measure = {
  id: 'cravings',
  label: 'Cravings',
  min: 0,
  max: 10,
  higherIsBetter: false,
  value: (a) => a.cravings,
};
const phq9: Measure = {
  id: 'phq9-total',
  label: 'PHQ-9',
  min: 0,
  max: 27,
  higherIsBetter: false,
  value: (a) => sum(a, PHQ9),
};
const who5: Measure = {
  id: 'who5-percent',
  label: 'WHO-5',
  min: 0,
  max: 100,
  higherIsBetter: true,
  unit: 'percent',
  value: (a) => (typeof a.who5 === 'number' ? a.who5 : undefined),
};
const MEASURES = [mood, cravings, phq9];

function checkIn(time: number, answers: Answers, extra: Partial<StoredCheckIn> = {}): StoredCheckIn {
  return { key: `k-${time}`, id: `s-${time}`, recordedAt: iso(time), answers, risk: false, ...extra };
}

/** One check-in a day for `days` days up to 3 hours before NOW: mood and cravings daily, PHQ-9 every 14 days. */
function daily(days: number): StoredCheckIn[] {
  return Array.from({ length: days }, (_, i) => {
    const answers: Answers = { mood: 1 + (i % 5), cravings: i % 11 };
    if (i % 14 === 0) for (const id of PHQ9) answers[id] = i % 4;
    return checkIn(NOW - 3 * 3_600_000 - i * DAY, answers, i === 0 ? { pending: true, id: undefined } : {});
  });
}

async function progress(checkIns: StoredCheckIn[], measures = MEASURES) {
  const el = await fixture<PeerCheckInProgress>(
    html`<peer-check-in-progress
      .checkIns=${checkIns}
      .measures=${measures}
      .now=${NOW}
      .timeZone=${'UTC'}
    ></peer-check-in-progress>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: PeerCheckInProgress) => el.shadowRoot!;
const charts = (el: PeerCheckInProgress) => [...root(el).querySelectorAll<SVGSVGElement>('svg[role="img"]')];
const pathPoints = (svg: Element) => (svg.querySelector('path.line')!.getAttribute('d')!.match(/[ML]/g) ?? []).length;
const toggle = (el: PeerCheckInProgress) => root(el).querySelector<HTMLButtonElement>('button.toggle')!;
const radio = (el: PeerCheckInProgress, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('check-in progress data', () => {
  it('makes series oldest first, drops measures without points and unreadable check-ins', () => {
    const list = [
      checkIn(NOW - DAY, { mood: 4 }),
      checkIn(NOW - 3 * DAY, { mood: 2, cravings: 7 }),
      { ...checkIn(NOW, { mood: 5 }), recordedAt: 'not a date' },
      checkIn(NOW - 2 * DAY, { cravings: 3 }, { pending: true }),
      checkIn(NOW - 4 * DAY, { mood: Number.NaN }),
    ];
    const series = seriesFrom(list, [mood, cravings, phq9]);
    expect(series.map((s) => s.id)).to.deep.equal(['mood', 'cravings']);
    expect(series[0].points).to.deep.equal([
      { time: NOW - 3 * DAY, value: 2 },
      { time: NOW - DAY, value: 4 },
    ]);
    expect(series[1].points.map((p) => p.value)).to.deep.equal([7, 3]);
    // Still a measure: its label, range and value function travel with the points.
    expect(series[0].label).to.equal('Mood');
    expect(series[0].value({ mood: 3 })).to.equal(3);
    expect(seriesFrom([], MEASURES)).to.deep.equal([]);
  });

  it('tells last week against the week before: up, down, the same, and nothing without both weeks', () => {
    const points = (last: number[], previous: number[]) => ({
      points: [
        ...previous.map((value, i) => ({ time: NOW - 13 * DAY + i * 3_600_000, value })),
        ...last.map((value, i) => ({ time: NOW - 6 * DAY + i * 3_600_000, value })),
      ],
    });
    expect(weekTrend(points([4, 4], [3, 3]), NOW)).to.deep.equal({ change: 1, last: 4, previous: 3 });
    expect(weekTrend(points([2], [4, 4, 4]), NOW)!.change).to.equal(-2);
    expect(weekTrend(points([3, 4, 4], [3]), NOW)!.change).to.equal(0.7);
    expect(weekTrend(points([3], [3]), NOW)!.change).to.equal(0);
    expect(weekTrend(points([3, 4], []), NOW)).to.be.undefined;
    expect(weekTrend(points([], [3, 4]), NOW)).to.be.undefined;
    // Older than two weeks, or after now: not counted.
    expect(
      weekTrend(
        {
          points: [
            { time: NOW - 15 * DAY, value: 1 },
            { time: NOW - DAY, value: 2 },
          ],
        },
        NOW,
      ),
    ).to.be.undefined;
    expect(
      weekTrend(
        {
          points: [
            { time: NOW - 8 * DAY, value: 1 },
            { time: NOW - DAY, value: 2 },
            { time: NOW + DAY, value: 5 },
          ],
        },
        NOW,
      )!.change,
    ).to.equal(1);
  });

  it('counts calendar days in the person’s time zone, across a day boundary', () => {
    // 23:30 and 00:30 UTC: two days in London's winter (UTC), the afternoon of 24 November in Los Angeles.
    const times = [Date.parse('2026-11-24T23:30:00Z'), Date.parse('2026-11-25T00:30:00Z')];
    expect(streaks(times, 'UTC', NOW)).to.deep.equal({ current: 2, longest: 2, daysInLast30: 2 });
    // In Los Angeles it is 04:00 on the 25th: one day, yesterday, and the run still counts.
    expect(streaks(times, 'America/Los_Angeles', NOW)).to.deep.equal({ current: 1, longest: 1, daysInLast30: 1 });
    // In Auckland (UTC+13) both are the 25th, which is today there.
    expect(streaks(times, 'Pacific/Auckland', NOW)).to.deep.equal({ current: 1, longest: 1, daysInLast30: 1 });
  });

  it('counts several check-ins on one day once', () => {
    const times = [NOW - 3_600_000, NOW - 2 * 3_600_000, NOW - 5 * 3_600_000, NOW - DAY];
    expect(streaks(times, 'UTC', NOW)).to.deep.equal({ current: 2, longest: 2, daysInLast30: 2 });
  });

  it('keeps a run that ended yesterday while today has no check-in yet', () => {
    const days = (...ago: number[]) => ago.map((n) => NOW - n * DAY);
    expect(streaks(days(1, 2, 3), 'UTC', NOW).current).to.equal(3);
    expect(streaks(days(0, 1, 2, 3), 'UTC', NOW).current).to.equal(4);
    // Two days ago: the run is over, but it is still the longest.
    expect(streaks(days(2, 3, 10, 11, 12), 'UTC', NOW)).to.deep.equal({ current: 0, longest: 3, daysInLast30: 5 });
    // The last 30 days are today and the 29 before it.
    expect(streaks(days(29, 30), 'UTC', NOW).daysInLast30).to.equal(1);
  });

  it('finds the same calendar days as asking Intl for each time, across clock changes', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Africa/Casablanca',
      'UTC',
    ];
    // Daily at varying hours for two years, with every 20 minutes around the US and EU clock changes.
    const times: number[] = [];
    for (let i = 0; i < 730; i++)
      times.push(Date.parse('2025-01-01T00:00:00Z') + i * DAY + ((i * 7919) % 24) * 3_600_000);
    for (const change of [
      '2026-03-08T07:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-11-01T06:00:00Z',
    ]) {
      for (let m = -36 * 60; m <= 36 * 60; m += 20) times.push(Date.parse(change) + m * 60_000);
    }
    times.sort((a, b) => a - b);
    for (const zone of zones) {
      const format = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      const expected = times.map((time) => Date.parse(`${format.format(time)}T00:00:00Z`) / DAY);
      expect(localDays(times, zone), zone).to.deep.equal(expected);
    }
  });

  it('has nothing to count without check-ins', () => {
    expect(streaks([], 'UTC', NOW)).to.deep.equal({ current: 0, longest: 0, daysInLast30: 0 });
    expect(streaks([Number.NaN], undefined, NOW)).to.deep.equal({ current: 0, longest: 0, daysInLast30: 0 });
    // A zone Intl does not know: the device's zone, not an error.
    expect(streaks([NOW], 'Not/AZone', NOW).current).to.equal(1);
  });
});

describe('<peer-check-in-progress>', () => {
  it('draws one chart per measure: an image named by its title and described in words', async () => {
    const el = await progress(daily(30));
    const svgs = charts(el);
    expect(svgs).to.have.length(3);
    const [moodChart] = svgs;
    expect(moodChart.getAttribute('role')).to.equal('img');
    const title = root(el).getElementById(moodChart.getAttribute('aria-labelledby')!);
    expect(text(title)).to.equal('Mood');
    expect(title!.tagName).to.equal('H3');
    const description = root(el).getElementById(moodChart.getAttribute('aria-describedby')!);
    // 30 days back from 25 Nov at 09:00 UTC: 27 Oct to 25 Nov; the newest mood is 1 (pattern 1 + i % 5).
    expect(text(description)).to.equal('Mood, 30 check-ins from Oct 27 to Nov 25. Latest 1 of 5; lowest 1, highest 5.');
    expect(text(root(el).querySelector('h2'))).to.equal('Your progress');
  });

  it('draws one point of the path per check-in, with markers only up to 60 points', async () => {
    const el = await progress(daily(400));
    const [moodChart, , phqChart] = charts(el);
    expect(pathPoints(moodChart)).to.equal(30);
    expect(moodChart.querySelectorAll('circle.marker')).to.have.length(30);
    expect(pathPoints(phqChart)).to.equal(3);
    el.range = '12m';
    await el.updateComplete;
    expect(pathPoints(charts(el)[0])).to.equal(365);
    expect(charts(el)[0].querySelectorAll('circle')).to.have.length(0);
    // The policy's edge: 60 points are marked, 61 are not.
    expect(MAX_MARKERS).to.equal(60);
    for (const [days, markers] of [
      [60, 60],
      [61, 0],
    ]) {
      const all = await progress(daily(days));
      all.range = 'all';
      await all.updateComplete;
      expect(pathPoints(charts(all)[0])).to.equal(days);
      expect(charts(all)[0].querySelectorAll('circle.marker')).to.have.length(markers);
    }
  });

  it('changes the number of points with the time range', async () => {
    const el = await progress(daily(400));
    expect(radio(el, '30d').checked).to.be.true;
    radio(el, '90d').click();
    await el.updateComplete;
    expect(el.range).to.equal('90d');
    expect(pathPoints(charts(el)[0])).to.equal(90);
    radio(el, 'all').click();
    await el.updateComplete;
    expect(pathPoints(charts(el)[0])).to.equal(400);
    expect(charts(el)[0].querySelectorAll('circle')).to.have.length(0);
  });

  it('shows a table instead of the charts, oldest first, and the charts again', async () => {
    const el = await progress(daily(40));
    const button = toggle(el);
    expect(text(button)).to.equal('Show as a table');
    button.click();
    await el.updateComplete;
    expect(charts(el)).to.have.length(0);
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Your check-ins: Last 30 days');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map(text)).to.deep.equal(['Date', 'Mood', 'Cravings', 'PHQ-9']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(30);
    // Oldest first: 29 days ago (mood 1 + 29 % 5 = 5), the newest last (mood 1, cravings 0, PHQ-9 0).
    expect([...rows[0].querySelectorAll('td')].map(text)).to.deep.equal(['Oct 27 9:00 AM', '5', '7', '']);
    expect([...rows[29].querySelectorAll('td')].map(text)).to.deep.equal(['Nov 25 9:00 AM', '1', '0', '0']);
    expect(text(toggle(el))).to.equal('Show as a chart');
    // Dates carry the year when the rows are not all in this year.
    const older = await progress([checkIn(NOW - 340 * DAY, { mood: 2 }), checkIn(NOW - DAY, { mood: 3 })]);
    older.range = '12m';
    older.view = 'table';
    await older.updateComplete;
    expect([...root(older).querySelectorAll('tbody tr td:first-child')].map(text)).to.deep.equal([
      'Dec 20, 2025 12:00 PM',
      'Nov 24, 2026 12:00 PM',
    ]);
    toggle(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.be.null;
    expect(charts(el)).to.have.length(3);
  });

  it('says the change on last week in words, and runs of days without blame', async () => {
    const list = [
      // The week before: mood 2, cravings 6, WHO-5 40 %.
      checkIn(NOW - 10 * DAY, { mood: 2, cravings: 6, who5: 40 }),
      // Last week: mood 3, cravings 4, WHO-5 52 %; three days in a row up to yesterday.
      checkIn(NOW - 3 * DAY, { mood: 3, cravings: 4, who5: 52 }),
      checkIn(NOW - 2 * DAY, { mood: 3, cravings: 4 }),
      checkIn(NOW - DAY, { mood: 3.2, cravings: 4 }, { pending: true }),
    ];
    const el = await progress(list, [mood, cravings, who5]);
    expect([...root(el).querySelectorAll('.trends li')].map(text)).to.deep.equal([
      'Mood: up 1.1 points on last week',
      'Cravings: down 2 points on last week',
      'WHO-5: up 12 percentage points on last week',
    ]);
    expect([...root(el).querySelectorAll('.streaks p')].map(text)).to.deep.equal([
      'You have checked in 3 days in a row.',
      '4 check-in days in the last 30 days.',
    ]);
    const same = await progress([checkIn(NOW - 10 * DAY, { mood: 3 }), checkIn(NOW - 2 * DAY, { mood: 3.4 })], [mood]);
    expect(text(same.shadowRoot!.querySelector('.trends li'))).to.equal('Mood: about the same as last week');
    expect([...same.shadowRoot!.querySelectorAll('.streaks p')].map(text)).to.deep.equal([
      '2 check-in days in the last 30 days.',
    ]);
    const one = await progress(
      [checkIn(NOW - 8 * DAY, { mood: 2 }), checkIn(NOW - 9 * DAY, { mood: 2 }), checkIn(NOW - DAY, { mood: 3 })],
      [mood],
    );
    expect(text(one.shadowRoot!.querySelector('.trends li'))).to.equal('Mood: up 1 point on last week');
    expect([...one.shadowRoot!.querySelectorAll('.streaks p')].map(text)).to.deep.equal([
      '3 check-in days in the last 30 days.',
      'Your longest run: 2 days in a row.',
    ]);
  });

  it('is kind and axe-clean when there is nothing yet', async () => {
    const el = await progress([]);
    expect(text(root(el).querySelector('.empty'))).to.equal('Your check-ins will appear here.');
    expect(root(el).querySelector('button, input, svg')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says so when the range has no check-ins, and a longer range shows them', async () => {
    const el = await progress([checkIn(NOW - 60 * DAY, { mood: 4 })]);
    expect(charts(el)).to.have.length(0);
    expect(text(root(el).querySelector('.empty'))).to.contain('no check-ins in this time range');
    radio(el, '90d').click();
    await el.updateComplete;
    expect(charts(el)).to.have.length(1);
    expect(text(root(el).querySelector('.summary'))).to.equal('Mood, 1 check-in on Sep 26. Latest 4 of 5.');
  });

  it('is axe-clean as charts and as a table, and with forced colours', async () => {
    const el = await progress(daily(100));
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await emulateMedia({ forcedColors: 'active' });
    try {
      toggle(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('takes a heading level', async () => {
    const el = await progress(daily(5));
    el.headingLevel = 3;
    await el.updateComplete;
    expect(root(el).querySelector('h3#progress-heading')).to.exist;
    expect(root(el).querySelectorAll('h4.chart-title')).to.have.length(3);
  });

  it('works with the keyboard alone: range with the arrow keys, the switch with Enter and Space', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await progress(daily(120));
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(radio(el, '30d'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.range).to.equal('90d');
      expect(root(el).activeElement).to.equal(radio(el, '90d'));
      expect(pathPoints(charts(el)[0])).to.equal(90);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggle(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(90);
      // The switch keeps focus, with its new words.
      expect(root(el).activeElement).to.equal(toggle(el));
      expect(text(toggle(el))).to.equal('Show as a chart');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(charts(el)).to.have.length(3);
    } finally {
      before.remove();
    }
  });

  it('fits a 320px-wide phone without sideways scrolling, as charts and as a table', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await progress(daily(400));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const svg of charts(el)) expect(svg.getBoundingClientRect().right).to.be.at.most(320);
      toggle(el).click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
      for (const control of root(el).querySelectorAll('button, label.choice')) {
        const box = control.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders a year of daily check-ins as one path quickly', () => {
    const [series] = seriesFrom(daily(365), [mood]) as Series[];
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const options = { locale: 'en', timeZone: 'UTC', from: NOW - 365 * DAY, to: NOW, id: 'x' };
      render(renderChart(series, options), container);
      const started = performance.now();
      render(renderChart(series, { ...options, from: options.from + 1 }), container);
      void container.getBoundingClientRect();
      const took = performance.now() - started;
      expect(pathPoints(container.querySelector('svg')!)).to.equal(365);
      // Generous for a loaded test machine; bench/checkin.mjs measures it properly.
      expect(took).to.be.below(50);
    } finally {
      container.remove();
    }
  });
});
