// `node bench/widgets.mjs`: every widget in headless Chromium, production-built (bench/widgets-entry.ts, Lit
// bundled, minified) with the in-memory backend (answers already resolved, so no network is timed). For each:
// insert → rendered and laid out, in a fresh page (cold) and again in the same page (warm median), and one
// interaction a visitor makes (warm median). Aims: issues 4–6 set some; the rest are ours (first render
// within 100 ms, and a response to input within 100 ms: RAIL's limit for feeling instant), marked so.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { serveBenchPage } from './bench-page-server.mjs';
import { buildBenchEntry } from './build-entry.mjs';
import { generatedFeed } from './generated-feed.mjs';
import { row, writeResults } from './report.mjs';

const OUT = resolve('bench/widgets.tmp.out');
const PAGES = 3; // fresh pages per widget: one cold figure each
const ROUNDS = 10; // warm renders and interactions per page

await buildBenchEntry('bench/widgets-entry.ts', OUT, 'widgets.js');
const { origin, close } = await serveBenchPage({
  root: OUT,
  html:
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>bench</title><body style="margin:1rem;max-width:60rem"></body></html>',
});
const feed = generatedFeed(2_000);
ensureChromium();
const browser = await chromium.launch(chromiumLaunchOptions);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = {};
const problems = [];
try {
  const probe = await browser.newPage();
  await probe.goto(origin);
  await probe.evaluate((url) => import(url), `${origin}/widgets.js`);
  const names = await probe.evaluate(() => window.widgetsBench.scenarios());
  await probe.close();
  for (const name of names) {
    const runs = [];
    for (let i = 0; i < PAGES; i++) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`${name}: ${message.text()}`));
      await page.goto(origin);
      runs.push(
        await page.evaluate(
          async ({ url, name, rounds, feed }) => {
            await import(url);
            return window.widgetsBench.run(name, rounds, name.startsWith('group finder') ? feed : null);
          },
          { url: `${origin}/widgets.js`, name, rounds: ROUNDS, feed: name.startsWith('group finder') ? feed : null },
        ),
      );
      await page.close();
    }
    results[name] = {
      cold: median(runs.map((r) => r.cold)),
      warm: median(runs.map((r) => r.warm)),
      interaction: runs[0].interaction && {
        name: runs[0].interaction.name,
        median: median(runs.map((r) => r.interaction.median)),
      },
    };
  }
} finally {
  await browser.close();
  close();
}

const FIRST_RENDER = { max: 100 };
const RESPONSE = { max: 100 };
const rows = [];
console.log(`\nwidgets (headless Chromium, in-memory backend; medians of ${PAGES} fresh pages × ${ROUNDS})`);
console.log('widget                          first render, fresh page   again     interaction');
for (const [name, result] of Object.entries(results)) {
  const group = name;
  rows.push(row(group, 'first render, fresh page', result.cold, 'ms', FIRST_RENDER, 'ours'));
  rows.push(row(group, 'render again', result.warm, 'ms', FIRST_RENDER, name.startsWith('group') ? 'issue 4' : 'ours'));
  if (result.interaction)
    rows.push(row(group, result.interaction.name, result.interaction.median, 'ms', RESPONSE, 'ours: RAIL'));
  console.log(
    `${name.padEnd(32)}${`${result.cold.toFixed(1)} ms`.padStart(22)}${`${result.warm.toFixed(1)} ms`.padStart(11)}` +
      (result.interaction ? `     ${result.interaction.name}: ${result.interaction.median.toFixed(1)} ms` : ''),
  );
}
writeResults('widgets', rows);
if (problems.length) {
  console.log(`\nproblems in the page:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exitCode = 1;
}
