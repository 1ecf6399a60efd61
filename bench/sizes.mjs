// `node bench/sizes.mjs`: what each self-contained CDN bundle costs a visitor (entry + every chunk it imports
// statically, Lit included): minified, gzip (level 9) and brotli (quality 11), with the budgets the issues set
// (size-budgets.json, also checked in `npm test`). Chunks fetched on demand are listed apart. Needs a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { bundleReport } from '../scripts/bundle-size.mjs';
import { format, row, writeResults } from './report.mjs';

if (!existsSync('dist/cdn')) {
  console.error('dist/cdn is missing: run npm run build first.');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
/** Which issue set each budget (the queue's is our own: issue 5 only asked that it be separate). */
const AIM_FROM = {
  'crisis-banner.js': 'issue 2',
  'peer-support.js': 'issues 2, 7',
  'group-finder.js': 'issue 4',
  'comment-thread.js': 'issue 5',
  'moderation-queue.js': 'ours',
  'check-in.js': 'issue 6',
};

const rows = [];
console.log('\nbundles (Lit included)     files  minified     gzip   brotli   budget (gzip)   on demand (gzip)');
for (const file of readdirSync('dist/cdn').filter((name) => name.endsWith('.js'))) {
  const entry = `dist/cdn/${file}`;
  const report = bundleReport(entry);
  const budget = budgets[entry];
  const group = `bundle ${file}${file === 'peer-support.js' ? ' (all-in-one)' : ''}`;
  rows.push(row(group, 'minified', report.minified, 'B'));
  rows.push(row(group, 'min + gzip', report.gzip, 'B', budget && { max: budget, strict: false }, AIM_FROM[file]));
  rows.push(row(group, 'min + brotli', report.brotli, 'B'));
  const lazy = report.lazy
    .map(
      (chunk) =>
        `${chunk.file
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '')} ${chunk.gzip}`,
    )
    .join(', ');
  console.log(
    `${file.padEnd(26)}${String(report.files.length).padStart(6)}${String(report.minified).padStart(10)}` +
      `${String(report.gzip).padStart(9)}${String(report.brotli).padStart(9)}   ${(budget ? format(budget, 'B') : '—').padEnd(16)}${lazy}`,
  );
}
writeResults('sizes', rows);
