// The browser tests, with the reference server running beside them so end-to-end tests can talk to it:
// a fresh SQLite database, a clinic line configured, and CORS open to the test runner's origin only.
// Usage: node scripts/run-browser-tests.mjs [web-test-runner arguments]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { freePort } from './free-port.mjs';

export const E2E_CLINIC_LINE = {
  id: 'spokane-peer-warm-line',
  name: 'Spokane Peer Warm Line (sample)',
  description: 'Talk with a peer supporter.',
  channels: [{ kind: 'call', value: '509-555-0142' }],
  hours: { weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '24:00' }] },
};

async function waitForHealth(url, child) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error('the reference server exited while starting');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the reference server did not become healthy');
}

export async function runBrowserTests(extraArgs = []) {
  ensureChromium();
  const [serverPort, runnerPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'peer-support-e2e-'));
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  const server = spawn(process.execPath, ['server/bin/peer-support-server.js', 'serve'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(serverPort),
      DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`,
      ALLOWED_ORIGINS: `http://localhost:${runnerPort},http://127.0.0.1:${runnerPort}`,
      CLINIC_TIMEZONE: 'America/Los_Angeles',
      CRISIS_RESOURCES: JSON.stringify([E2E_CLINIC_LINE]),
    },
  });
  try {
    await waitForHealth(serverUrl, server);
    const result = spawnSync('npx', ['web-test-runner', '--port', String(runnerPort), ...extraArgs], {
      stdio: 'inherit',
      env: { ...process.env, PEER_E2E_SERVER_URL: serverUrl },
    });
    return result.status ?? 1;
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runBrowserTests(process.argv.slice(2));
}
