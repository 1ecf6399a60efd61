// Fails when a self-contained bundle is over its budget (size-budgets.json). Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { bundleReport } from './bundle-size.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
let failed = 0;
let passed = 0;

for (const [entry, budget] of Object.entries(budgets)) {
  if (entry.startsWith('$')) continue;
  if (!existsSync(entry)) {
    console.error(`✗ ${entry} is missing: run npm run build first`);
    failed++;
    continue;
  }
  const report = bundleReport(entry);
  const ok = report.gzip <= budget;
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? '✓' : '✗'} ${entry}: ${report.gzip} B gzip (${kb(report.gzip)}) of ${budget} B budget; ` +
      `${report.minified} B minified, ${report.brotli} B brotli, ${report.files.length} file(s)`,
  );
  for (const lazy of report.lazy) {
    console.log(`    on demand: ${lazy.file} ${lazy.gzip} B gzip`);
  }
}
console.log(`size budgets: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
