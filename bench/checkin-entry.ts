// The page side of `node bench/checkin.mjs`: the progress view (Lit bundled) defined as
// <peer-check-in-progress>, the measures the check-in element would pass, and a year of check-ins made in
// the page, so the bench times rendering and nothing else.
import { html, render } from 'lit';
import type { Answers, StoredCheckIn } from '../src/components/check-in/check-in-model.js';
import { renderChart } from '../src/components/check-in/progress-chart.js';
import { seriesFrom, type Measure } from '../src/components/check-in/progress-data.js';
import { PeerCheckInProgress } from '../src/components/check-in/progress-view.js';

if (!customElements.get('peer-check-in-progress')) customElements.define('peer-check-in-progress', PeerCheckInProgress);

const DAY = 86_400_000;
const PHQ9 = Array.from({ length: 9 }, (_, i) => `phq9-${i + 1}`);

const measures: Measure[] = [
  { id: 'mood', label: 'Mood', min: 1, max: 5, higherIsBetter: true, value: (a) => a.mood },
  { id: 'cravings', label: 'Cravings', min: 0, max: 10, higherIsBetter: false, value: (a) => a.cravings },
  {
    id: 'phq9-total',
    label: 'PHQ-9',
    min: 0,
    max: 27,
    higherIsBetter: false,
    value: (a) => (PHQ9.every((id) => typeof a[id] === 'number') ? PHQ9.reduce((t, id) => t + a[id], 0) : undefined),
  },
];

/** A small seeded generator: every run (and every page) gets the same year. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One check-in a day for `days` days up to `now` (mood and cravings), PHQ-9 every 14 days; newest first. */
function yearOfCheckIns(days: number, now: number, seed: number): StoredCheckIn[] {
  const rand = random(seed);
  const list: StoredCheckIn[] = [];
  for (let i = 0; i < days; i++) {
    const time = now - i * DAY - Math.floor(rand() * 10 * 3_600_000);
    const answers: Answers = { mood: 1 + Math.floor(rand() * 5), cravings: Math.floor(rand() * 11) };
    if (i % 14 === 0) for (const id of PHQ9) answers[id] = Math.floor(rand() * 4);
    const key = `bench-${seed}-${i}`;
    list.push({ key, id: i < 2 ? undefined : key, recordedAt: new Date(time).toISOString(), answers, risk: false });
    if (i < 2) list[list.length - 1].pending = true;
  }
  return list;
}

/** Only the template for one 365-point chart (no DOM): what renderChart itself costs. */
function chartTemplateTime(days: number, now: number, rounds: number): number {
  const [series] = seriesFrom(yearOfCheckIns(days, now, 7), measures);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    renderChart(series, { locale: 'en', timeZone: 'UTC', from: now - 365 * DAY, to: now, id: `bench-${i}` });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** What the check-in element has done before its progress chunk loads: Lit has rendered a form. */
function litWarmUp(into: HTMLElement): void {
  render(
    html`<form>
      <fieldset>
        <legend>How is your mood?</legend>
        ${[1, 2, 3, 4, 5].map((value) => html`<label><input type="radio" name="mood" .value=${String(value)} />${value}</label>`)}
      </fieldset>
      <button type="submit">Save check-in</button>
    </form>`,
    into,
  );
}

declare global {
  interface Window {
    checkInBench: typeof api;
  }
}
const api = { measures, yearOfCheckIns, chartTemplateTime, litWarmUp };
window.checkInBench = api;
