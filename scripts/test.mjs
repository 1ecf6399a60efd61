// `npm test`: every check the project has, in order, ending with one plain "N passed, N failed" line that
// adds up all suites. Steps that are not test suites (type check, lint, build, size, Storybook) count as one
// check each. A failing step does not stop the rest, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { startThrowawayPostgres } from './postgres.mjs';

const totals = { passed: 0, failed: 0 };
const summary = [];

function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function step(name, command, args, options) {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run(command, args, options);
  totals[ok ? 'passed' : 'failed']++;
  summary.push(`${ok ? '✓' : '✗'} ${name} (${seconds}s)`);
  return ok;
}

/** A suite that writes its own counts to a JSON file ({ passed, failed }). */
function suite(name, countsFile, command, args, options) {
  console.log(`\n▶ ${name}`);
  rmSync(countsFile, { force: true });
  mkdirSync(dirname(countsFile), { recursive: true });
  const { ok, seconds } = run(command, args, options);
  let counts = { passed: 0, failed: 0 };
  if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  // A runner that crashed before counting, or exited non-zero with nothing failed, still fails the run.
  if (!ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  summary.push(`${ok ? '✓' : '✗'} ${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds}s)`);
}

const npx = 'npx';
step('type check (library)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('type check (docs examples)', npx, ['tsc', '--noEmit', '-p', 'docs/examples/tsconfig.json']);
step('docs show the example files as they are', 'node', ['scripts/doc-examples.mjs', '--check']);
step('TypeScript in the guides compiles', 'node', ['scripts/doc-snippets.mjs']);
step('type check (server)', npx, ['tsc', '-p', 'server/tsconfig.json']);
step("API types match the server's OpenAPI document", 'node', ['--import', 'tsx', 'scripts/api-types.mjs', '--check']);
step('lint (eslint)', npx, ['eslint', '.']);
step('format (prettier)', npx, ['prettier', '--check', '.']);
step('templates (lit-analyzer)', npx, ['lit-analyzer', 'src/**/*.ts', '--strict']);
step('translations are complete and built', 'node', ['scripts/check-translations.mjs']);
const built = step('build (library, CDN bundles, types, manifest)', 'node', ['scripts/build.mjs']);
if (built) {
  step('size budgets', 'node', ['scripts/check-size.mjs']);
  step('element reference matches the code (docs/elements.md)', 'node', ['scripts/elements-docs.mjs', '--check']);
}
const serverTestArgs = (countsFile) => [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./server/test/count-reporter.mjs',
  `--test-reporter-destination=${countsFile}`,
  // Node 20's test runner does not expand globs itself.
  ...readdirSync('server/test')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `server/test/${file}`),
];
suite(
  'server tests (SQLite)',
  '.test-results/server-sqlite.json',
  'node',
  serverTestArgs('.test-results/server-sqlite.json'),
);
// The same suite again on a throwaway PostgreSQL cluster (installed with apt-get when root and missing).
let postgres;
try {
  postgres = await startThrowawayPostgres();
} catch (error) {
  console.error(`\n✗ could not start PostgreSQL for the server tests: ${error.message}`);
}
if (postgres) {
  try {
    suite(
      'server tests (PostgreSQL)',
      '.test-results/server-postgres.json',
      'node',
      serverTestArgs('.test-results/server-postgres.json'),
      {
        env: { TEST_DATABASE_URL: postgres.url },
      },
    );
  } finally {
    postgres.stop();
  }
} else {
  totals.failed++;
  summary.push('✗ server tests (PostgreSQL): PostgreSQL could not be started');
}
suite('browser tests (Chromium, with the reference server)', '.test-results/browser.json', 'node', [
  'scripts/run-browser-tests.mjs',
]);
suite(
  'demo clinic site and embed guide end to end (Chromium, reference server)',
  '.test-results/demo-site.json',
  'node',
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./server/test/count-reporter.mjs',
    '--test-reporter-destination=.test-results/demo-site.json',
    'e2e/demo-site.test.mjs',
    'e2e/embed-guide.test.mjs',
  ],
);
const storybook = step('Storybook build', npx, ['storybook', 'build', '--quiet', '-o', 'storybook-static'], {
  env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
});
if (storybook) {
  step('Storybook has a docs page for every element (a control for every attribute) and every guide', 'node', [
    'scripts/check-storybook-docs.mjs',
  ]);
}

console.log('\n' + summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
