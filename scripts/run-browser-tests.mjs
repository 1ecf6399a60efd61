// The browser tests, with the reference server running beside them so end-to-end tests can talk to it:
// a fresh SQLite database, a clinic line configured, and CORS open to the test runner's origin only.
// Usage: node scripts/run-browser-tests.mjs [web-test-runner arguments]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ensureChromium } from './ensure-chromium.mjs';
import { freePort } from './free-port.mjs';
import { startReferenceServer } from './reference-server.mjs';

export const E2E_CLINIC_LINE = {
  id: 'spokane-peer-warm-line',
  name: 'Spokane Peer Warm Line (sample)',
  description: 'Talk with a peer supporter.',
  channels: [{ kind: 'call', value: '509-555-0142' }],
  hours: { weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] },
};

export async function runBrowserTests(extraArgs = []) {
  ensureChromium();
  const runnerPort = await freePort();
  const origins = `http://localhost:${runnerPort},http://127.0.0.1:${runnerPort}`;
  // A fresh one per run: the moderation queue's end-to-end test signs in with it.
  const staffToken = randomBytes(24).toString('base64url');
  const server = await startReferenceServer({
    ALLOWED_ORIGINS: origins,
    CLINIC_TIMEZONE: 'America/Los_Angeles',
    // The demo's sample groups, for the group finder's end-to-end test.
    DEMO_SEED: '1',
    CRISIS_RESOURCES: JSON.stringify([E2E_CLINIC_LINE]),
    STAFF_TOKEN: staffToken,
  });
  // A second server whose edit window is already closed when a comment is posted: "refused after it".
  const closedWindowServer = await startReferenceServer({ ALLOWED_ORIGINS: origins, EDIT_WINDOW_MINUTES: '0' });
  try {
    const result = spawnSync('npx', ['web-test-runner', '--port', String(runnerPort), ...extraArgs], {
      stdio: 'inherit',
      env: {
        ...process.env,
        PEER_E2E_SERVER_URL: server.url,
        PEER_E2E_CLOSED_WINDOW_URL: closedWindowServer.url,
        PEER_E2E_STAFF_TOKEN: staffToken,
      },
    });
    return result.status ?? 1;
  } finally {
    await Promise.all([server.stop(), closedWindowServer.stop()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runBrowserTests(process.argv.slice(2));
}
