// `npm run bench`: builds, runs every benchmark, and prints one table of every figure with its aim (also
// written to bench/results.json). Each benchmark prints its own detail first and leaves its rows in
// bench/results/<name>.json (bench/report.mjs). `--no-build` measures the current dist/ as it is.
// The server is measured on SQLite and, when PostgreSQL can be started (scripts/postgres.mjs), on it too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { startThrowawayPostgres } from '../scripts/postgres.mjs';
import { chromePath } from '../scripts/ensure-chromium.mjs';
import { format, RESULTS_DIR } from './report.mjs';

const BENCHES = [
  { name: 'sizes', script: 'bench/sizes.mjs' },
  { name: 'widgets', script: 'bench/widgets.mjs' },
  { name: 'groups', script: 'bench/groups.mjs' },
  { name: 'comments', script: 'bench/comments.mjs' },
  { name: 'checkin', script: 'bench/checkin.mjs' },
  { name: 'server-sqlite', script: 'bench/server.mjs' },
  { name: 'server-postgresql', script: 'bench/server.mjs', postgres: true },
  { name: 'lighthouse', script: 'bench/lighthouse.mjs' },
];

const started = Date.now();
const failures = [];
if (!process.argv.includes('--no-build')) {
  console.log('▶ npm run build');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
rmSync(RESULTS_DIR, { recursive: true, force: true });

for (const bench of BENCHES) {
  let postgres;
  if (bench.postgres) {
    try {
      postgres = await startThrowawayPostgres();
    } catch (error) {
      failures.push(`${bench.name}: PostgreSQL could not be started (${error.message})`);
      continue;
    }
  }
  console.log(`\n▶ ${bench.script}${postgres ? ' (PostgreSQL)' : ''}`);
  try {
    const env = { ...process.env, ...(postgres ? { DATABASE_URL: postgres.url } : {}) };
    const result = spawnSync(process.execPath, [bench.script], { stdio: 'inherit', env });
    if (result.status !== 0) failures.push(`${bench.script} exited with ${result.status}`);
  } finally {
    postgres?.stop();
  }
}

const rows = [];
for (const bench of BENCHES) {
  const file = `${RESULTS_DIR}/${bench.name}.json`;
  if (existsSync(file)) rows.push(...JSON.parse(readFileSync(file, 'utf8')).rows);
  else failures.push(`${bench.name}: no results (${file})`);
}

const mark = (ok) => (ok === true ? '✓' : ok === false ? '✗' : ' ');
const valueText = (row) => (row.unit === 'score' ? String(row.value) : format(row.value, row.unit));
const figureWidth = Math.max(...rows.map((row) => row.figure.length)) + 2;
console.log(`\n${'═'.repeat(96)}\nEvery figure, with its aim (✓ met, ✗ not met; "ours" where no issue set one)\n`);
let group;
for (const row of rows) {
  if (row.group !== group) {
    group = row.group;
    console.log(`\n${group}`);
  }
  console.log(`  ${mark(row.ok)} ${row.figure.padEnd(figureWidth)}${valueText(row).padStart(14)}   ${row.aim}`);
}
const judged = rows.filter((row) => row.ok !== null);
const missed = judged.filter((row) => row.ok === false);
console.log(
  `\n${judged.length - missed.length} of ${judged.length} aims met` +
    (missed.length ? `; not met: ${missed.map((row) => `${row.group}: ${row.figure}`).join('; ')}` : ''),
);
if (failures.length) console.log(`\nbenchmarks that did not finish:\n  ${failures.join('\n  ')}`);

const chromium = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout?.trim();
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, chromium },
      minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
      aimsMet: judged.length - missed.length,
      aimsJudged: judged.length,
      failures,
      rows,
    },
    null,
    2,
  ),
);
console.log(`\nwritten to bench/results.json (${((Date.now() - started) / 60_000).toFixed(1)} min)`);
process.exitCode = failures.length ? 1 : 0;
