// `node bench/checkin.mjs`: the progress view of <peer-check-in> in headless Chromium with a year of daily
// check-ins (mood and cravings every day, PHQ-9 every 14 days) already in memory, shown over the last 12
// months: a 365-point mood chart, a 365-point cravings chart and a 27-point PHQ-9 chart. Prints the time from
// setting the data to the charts rendered and laid out, cold (the first element in a fresh page) and warm
// (median of re-renders with new data), and the same for the table of 365 rows. Aim: under 16 ms (one frame).
// Builds bench/checkin-entry.ts with Vite (Lit bundled, minified) into bench/checkin.tmp.out/ (gitignored).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveBenchPage } from './bench-page-server.mjs';
import { chromiumLaunchOptions, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { buildBenchEntry } from './build-entry.mjs';
import { row as resultRow, writeResults } from './report.mjs';

const OUT = resolve('bench/checkin.tmp.out');
const DAYS = 365;
const PAGES = 3; // fresh pages: one cold figure each
const WARM = 20; // re-renders with new data per page and view
const NOW = Date.parse('2026-11-25T12:00:00Z');
const AIM = 16;

const bundleBytes = await buildBenchEntry('bench/checkin-entry.ts', OUT, 'checkin.js');

const { origin, close: closeServer } = await serveBenchPage({
  root: OUT,
  html:
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>bench</title><body style="margin:1rem;max-width:60rem"></body></html>',
});

ensureChromium();
const browser = await chromium.launch(chromiumLaunchOptions);

/** Runs in the page: one element, rendered cold and then again and again with new data. */
async function measure({ bundleUrl, days, warm, now, warmPage }) {
  await import(bundleUrl);
  const bench = window.checkInBench;
  // The progress view is a chunk <peer-check-in> loads once its form is on screen: `warmPage` pages have
  // already rendered a small Lit form, laid out text and formatted a date (the first of each costs the page,
  // not the chart: Lit's first template, fonts, ICU data).
  if (warmPage) {
    const form = document.createElement('div');
    document.body.append(form);
    bench.litWarmUp(form);
    const text = document.createElement('p');
    text.textContent = `Last check-in: ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(now)}`;
    form.append(text);
    void form.getBoundingClientRect();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  // Every data set made before any timing: seed 1 for the cold render, the rest for the warm ones.
  const data = Array.from({ length: 2 * warm + 2 }, (_, i) => bench.yearOfCheckIns(days, now, i + 1));

  /** Script (set data → updateComplete), then a forced style + layout (getBoundingClientRect). */
  async function timed(element, change) {
    const start = performance.now();
    change();
    await element.updateComplete;
    const script = performance.now();
    element.shadowRoot.querySelector('svg, table')?.getBoundingClientRect();
    void element.getBoundingClientRect();
    const layout = performance.now();
    return { script: script - start, layout: layout - script, total: layout - start };
  }

  const element = document.createElement('peer-check-in-progress');
  element.measures = bench.measures;
  element.now = now;
  element.timeZone = 'UTC';
  element.range = '12m';
  // Cold: the first render in this page (templates, styles, Intl formatters all new).
  const cold = await timed(element, () => {
    element.checkIns = data[0];
    document.body.append(element);
  });
  const root = element.shadowRoot;
  const shown = {
    charts: root.querySelectorAll('svg[role="img"]').length,
    points: [...root.querySelectorAll('path.line')].map((path) => path.getAttribute('d').match(/[ML]/g).length),
    markers: root.querySelectorAll('circle').length,
    width: Math.round(root.querySelector('svg').getBoundingClientRect().width),
  };
  await frame();
  const charts = [];
  for (let i = 0; i < warm; i++) {
    charts.push(await timed(element, () => (element.checkIns = data[1 + i])));
    await frame();
  }
  // The table: the first switch in this page, then new data while it is shown.
  const tableCold = await timed(element, () => (element.view = 'table'));
  const rows = root.querySelectorAll('tbody tr').length;
  await frame();
  const tables = [];
  for (let i = 0; i < warm; i++) {
    tables.push(await timed(element, () => (element.checkIns = data[1 + warm + i])));
    await frame();
  }
  const summary = (list) =>
    Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((r) => r[key]))]));
  return {
    cold,
    warm: summary(charts),
    tableCold,
    tableWarm: summary(tables),
    templateOnly: bench.chartTemplateTime(days, now, warm),
    shown: { ...shown, rows },
  };
}

const results = [];
const warmedResults = [];
const problems = [];
try {
  for (let run = 0; run < 2 * PAGES; run++) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await page.goto(origin);
    const warmPage = run % 2 === 1;
    const result = await page.evaluate(measure, {
      bundleUrl: `${origin}/checkin.js`,
      days: DAYS,
      warm: WARM,
      now: NOW,
      warmPage,
    });
    (warmPage ? warmedResults : results).push(result);
    await page.close();
  }
} finally {
  await browser.close();
  closeServer();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const across = (key, list = results) =>
  Object.fromEntries(Object.keys(list[0][key]).map((field) => [field, median(list.map((r) => r[key][field]))]));
const { shown } = results[0];
console.log(
  `\ncheck-in progress view (headless Chromium), ${DAYS} daily check-ins, last 12 months; bundle ${(bundleBytes / 1024).toFixed(1)} KB minified`,
);
console.log(
  `shown: ${shown.charts} charts (${shown.points.join(' + ')} points, ${shown.markers} markers, ${shown.width} px wide); ` +
    `table: ${shown.rows} rows`,
);
const columns = ['script', 'style+layout', 'render+layout'];
const keys = ['script', 'layout', 'total'];
console.log(''.padEnd(40) + columns.map((column) => column.padStart(16)).join(''));
const row = (name, figures) =>
  console.log(name.padEnd(40) + keys.map((key) => `${figures[key].toFixed(1)} ms`.padStart(16)).join(''));
row(`charts, cold, fresh page (${PAGES} pages)`, across('cold'));
row(`charts, cold, page in use (${PAGES} pages)`, across('cold', warmedResults));
row(`charts, new data (${2 * PAGES} pages × ${WARM})`, across('warm', [...results, ...warmedResults]));
row(`table, first switch (${2 * PAGES} pages)`, across('tableCold', [...results, ...warmedResults]));
row(`table, new data (${2 * PAGES} pages × ${WARM})`, across('tableWarm', [...results, ...warmedResults]));
console.log(
  `renderChart alone, one 365-point template: ${median(results.map((r) => r.templateOnly)).toFixed(2)} ms (median); ` +
    `cold per page: ${results.map((r) => r.cold.total.toFixed(1)).join(', ')} ms fresh, ` +
    `${warmedResults.map((r) => r.cold.total.toFixed(1)).join(', ')} ms in use`,
);
console.log(`aim: render + layout < ${AIM} ms (one frame) for the charts of a year of check-ins.`);
const group = `check-in progress, a year of check-ins (${shown.points.join(' + ')} points)`;
const aim = { max: AIM };
writeResults('checkin', [
  resultRow(group, 'charts, new data', across('warm', [...results, ...warmedResults]).total, 'ms', aim, 'issue 6'),
  resultRow(group, 'charts, first render, page in use', across('cold', warmedResults).total, 'ms', aim, 'issue 6'),
  resultRow(group, 'charts, first render, fresh page', across('cold').total, 'ms', aim, 'issue 6'),
  resultRow(
    group,
    `table of ${shown.rows} rows, new data`,
    across('tableWarm', [...results, ...warmedResults]).total,
    'ms',
  ),
  resultRow(group, 'table, first switch', across('tableCold', [...results, ...warmedResults]).total, 'ms'),
]);
const warmTotal = across('warm').total;
if (warmTotal >= AIM) console.log(`NOTE: warm charts render + layout ${warmTotal.toFixed(1)} ms is over the aim.`);
if (problems.length) {
  console.log(`\nproblems in the page:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exitCode = 1;
}
