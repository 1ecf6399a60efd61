// Starts the reference server as its own process on a free loopback port, for tests, benchmarks and checks,
// and waits until /healthz answers. Its database is a fresh SQLite file unless `env.DATABASE_URL` says other.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/** Polls `url` until it answers 2xx; fails early if `child` exits first. */
export async function waitUntilUp(url, child) {
  for (let i = 0; i < 150; i++) {
    if (child && child.exitCode !== null) throw new Error(`the process serving ${url} exited while starting`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

export async function startReferenceServer(env = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'peer-support-server-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server/bin/peer-support-server.js', 'serve'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dataDir, 'server.sqlite')}`,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
    },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${url}/healthz`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, child, stop };
}
