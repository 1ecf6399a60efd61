import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromePath } from './scripts/ensure-chromium.mjs';
import { frameworkModules } from './scripts/wtr-framework-modules.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  rootDir: '.',
  // Tests that load the built CDN bundle need dist/; they are in this same run.
  plugins: [
    {
      // End-to-end tests ask where the reference server is (scripts/run-browser-tests.mjs starts it).
      name: 'peer-e2e-config',
      serve(context) {
        if (context.path === '/__e2e.json') {
          const { PEER_E2E_SERVER_URL, PEER_E2E_CLOSED_WINDOW_URL, PEER_E2E_STAFF_TOKEN } = process.env;
          const body = {
            serverUrl: PEER_E2E_SERVER_URL ?? null,
            closedWindowServerUrl: PEER_E2E_CLOSED_WINDOW_URL ?? null,
            staffToken: PEER_E2E_STAFF_TOKEN ?? null,
          };
          return { body: JSON.stringify(body), type: 'json' };
        }
      },
    },
    {
      // Storybook's modules import the example themes as text, with Vite's `?raw`: the same here.
      name: 'peer-raw-imports',
      serve(context) {
        if (!context.URL.searchParams.has('raw')) return;
        const file = new URL(`.${decodeURIComponent(context.path)}`, import.meta.url);
        if (!file.href.startsWith(new URL('.', import.meta.url).href)) return { status: 403, body: 'outside' };
        return { body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`, type: 'js' };
      },
    },
    // React (CommonJS only) and Vue in the browser, for the wrappers' tests and the docs' examples.
    frameworkModules({ rootDir: fileURLToPath(new URL('.', import.meta.url)) }),
    // tsx: the docs' React example (docs/examples/react-app.tsx), which a test renders.
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // Test pages run side by side; a page in the background must still get animation frames and timers.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: a background page gets no animation frames, which open-wc's fixture() awaits.
  concurrency: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/locales/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};
