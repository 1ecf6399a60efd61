// `npm run bench:groups`: the group finder in headless Chromium, on the real 2,038-meeting aasepia feed and on
// a generated 20,000-meeting feed. Prints filter + sort time per keystroke (median, p95) and the time from
// feed data in memory to the first results painted. Aims (issue 4): ≤ 2 ms and ≤ 16 ms per keystroke,
// first paint under 100 ms for 2,000 meetings. Needs `npm run build` first (it loads dist/cdn/peer-support.js).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveBenchPage } from './bench-page-server.mjs';
import { chromiumLaunchOptions, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { generatedFeed } from './generated-feed.mjs';
import { row, writeResults } from './report.mjs';

const fixtures = resolve(process.env.PEER_FIXTURES ?? '../shared/fixtures', 'meeting-guide');
const bundle = 'dist/cdn/peer-support.js';
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run npm run build first.`);
  process.exit(1);
}
const aasepiaFile = resolve(fixtures, 'aasepia.json');
const feeds = {};
if (existsSync(aasepiaFile)) feeds['aasepia (real)'] = readFileSync(aasepiaFile, 'utf8');
else console.log(`skipping the aasepia feed: ${aasepiaFile} not found (set PEER_FIXTURES)`);
feeds['generated 20,000'] = JSON.stringify(generatedFeed(20_000));

const { origin, close: closeServer } = await serveBenchPage({
  root: 'dist',
  html: '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>',
});

ensureChromium();
const browser = await chromium.launch(chromiumLaunchOptions);

/** Runs in the page: everything the finder does per keystroke, timed over a typed search, many rounds. */
async function measure({ feedText, bundleUrl }) {
  const lib = await import(bundleUrl);
  const feed = JSON.parse(feedText);
  const timeZone = 'America/New_York';
  const { groups } = lib.normaliseMeetingGuide(feed, timeZone);
  const now = Date.parse('2026-11-25T23:00:00Z');
  const categories = lib.defaultCategories('en');
  const percentile = (values, p) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];

  // Data in memory → first results painted: the element's own work (index, search, render), then a frame.
  // First, in a fresh page (nothing cached, Intl's zone data cold); then warm repeats.
  const paints = [];
  for (let round = 0; round < 6; round++) {
    const finder = document.createElement('peer-group-finder');
    finder.setAttribute('no-url-state', '');
    finder.source = { getGroups: async () => groups };
    const start = performance.now();
    const shown = new Promise((done) => finder.addEventListener('peer-results-change', done, { once: true }));
    document.body.append(finder);
    await shown;
    await finder.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    paints.push(performance.now() - start);
    if (!finder.shadowRoot.querySelector('.result')) throw new Error('no results painted');
    finder.remove();
  }
  const indexStart = performance.now();
  const index = lib.indexGroups(groups, now, timeZone, categories);
  const indexMs = performance.now() - indexStart;

  // What a visitor types, one keystroke at a time, with a filter or two on the way.
  const typed = ['step', 'women', 'church', 'spanish', 'big book', 'newcomer'];
  const keystrokes = [];
  for (const word of typed) for (let i = 1; i <= word.length; i++) keystrokes.push(word.slice(0, i));
  const filtersFor = (query, round) => ({
    ...lib.emptyFilters(),
    query,
    attendance: round % 3 === 1 ? 'in-person' : round % 3 === 2 ? 'online' : '',
  });
  const times = [];
  let matched = 0;
  for (let round = 0; round < 6; round++) {
    for (const query of keystrokes) {
      const filters = filtersFor(query, round);
      const start = performance.now();
      matched += lib.searchGroups(index, filters, categories).length;
      times.push(performance.now() - start);
    }
  }

  return {
    meetings: groups.length,
    indexMs,
    keystrokes: times.length,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    matched,
    firstPaintCold: paints[0],
    firstPaintWarm: percentile(paints.slice(1), 0.5),
  };
}

const rows = [];
try {
  for (const [name, feedText] of Object.entries(feeds)) {
    const page = await browser.newPage();
    await page.goto(origin);
    const result = await page.evaluate(measure, { feedText, bundleUrl: `${origin}/cdn/peer-support.js` });
    rows.push({ name, ...result });
    await page.close();
  }
} finally {
  await browser.close();
  closeServer();
}

const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
console.log('\ngroup finder (headless Chromium)');
console.log('feed                meetings  re-index  keystroke median     p95   first paint (cold / warm median)');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(20)}${String(row.meetings).padStart(8)}${ms(row.indexMs)}${ms(row.median)}${ms(row.p95)}     ${ms(row.firstPaintCold)} / ${ms(row.firstPaintWarm).trim()}`,
  );
}
console.log('aims: keystroke ≤ 2 ms on ~2,000 meetings and ≤ 16 ms on 20,000; first paint < 100 ms for ~2,000');

const results = [];
for (const feed of rows) {
  const large = feed.meetings > 10_000;
  const group = `group finder, ${feed.name} feed (${feed.meetings.toLocaleString('en')} meetings)`;
  results.push(
    row(group, 'keystroke, median', feed.median, 'ms', { max: large ? 16 : 2, strict: false }, 'issue 4'),
    row(group, 'keystroke, p95', feed.p95, 'ms', { max: large ? 16 : 2, strict: false }, 'issue 4'),
    row(
      group,
      'first results painted, fresh page',
      feed.firstPaintCold,
      'ms',
      large ? undefined : { max: 100 },
      'issue 4',
    ),
    row(group, 'first results painted, again', feed.firstPaintWarm, 'ms', large ? undefined : { max: 100 }, 'issue 4'),
  );
}
writeResults('groups', results);
