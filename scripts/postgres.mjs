// A throwaway PostgreSQL cluster for the server tests: Debian's postgresql package (installed with apt-get
// when missing and running as root), a fresh data directory in /tmp, a free loopback port, trust auth on
// loopback only, fsync off (test data is disposable). pause() and resume() stop and start it with its data
// (for outage tests); stop() removes everything, as the end of the process does if stop() was never called.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function binDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((version) => existsSync(join(base, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

export function ensurePostgres() {
  let bin = binDir();
  if (bin) return bin;
  if (!isRoot) {
    throw new Error(
      'PostgreSQL is needed for the server tests and is not installed. Install it (Debian/Ubuntu: ' +
        'sudo apt-get install -y postgresql) or run the tests as root so they can install it.',
    );
  }
  console.log("PostgreSQL is missing: installing Debian's postgresql package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', 'postgresql'], { stdio: 'inherit', env });
  bin = binDir();
  if (!bin) throw new Error('apt-get finished but no PostgreSQL server binary was found under /usr/lib/postgresql.');
  return bin;
}

/** Runs a PostgreSQL tool as the postgres user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(bin, tool, args) {
  const command = join(bin, tool);
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Clusters of this process not yet stop()ped, each with the function that removes it. Should the process end
 * first (a failed test run, Ctrl-C, a kill), they are removed on the way out rather than left running.
 */
const live = new Set();
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM'];

function removeAllClusters() {
  for (const remove of [...live]) {
    try {
      remove();
    } catch {
      // The process is ending: remove what can be removed, whatever one cluster does.
    }
  }
}

function onEndingSignal(signal) {
  removeAllClusters();
  // With our handler gone (the last cluster took it away), end as the signal would have ended us; another
  // handler (a test runner's, say) decides for itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(remove) {
  if (live.size === 0) {
    process.on('exit', removeAllClusters);
    for (const signal of ENDING_SIGNALS) process.on(signal, onEndingSignal);
  }
  live.add(remove);
}

function untrack(remove) {
  live.delete(remove);
  if (live.size === 0) {
    process.off('exit', removeAllClusters);
    for (const signal of ENDING_SIGNALS) process.off(signal, onEndingSignal);
  }
}

/**
 * `durableCommits`: keep synchronous_commit on, so a commit survives the cluster crashing (pause('immediate'));
 * by default commits are acknowledged before their WAL is written, which is faster and loses the last ones.
 */
export async function startThrowawayPostgres({ durableCommits = false } = {}) {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'peer-support-pg-'));
  if (isRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const data = join(dir, 'data');
  let running = false;
  let removed = false;
  // Stops the cluster if it runs, and deletes its directory; once only, whether stop() or the exit asks.
  const remove = () => {
    if (removed) return;
    removed = true;
    untrack(remove);
    try {
      if (running) asPostgres(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      running = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  track(remove);
  asPostgres(bin, 'initdb', ['-D', data, '-U', 'peer', '-A', 'trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const start = () =>
    asPostgres(bin, 'pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off` +
        (durableCommits ? '' : ' -c synchronous_commit=off'),
      'start',
    ]);
  start();
  running = true;
  return {
    url: `postgres://peer@127.0.0.1:${port}/postgres`,
    /**
     * Stops the cluster but keeps its data, as an outage would: 'fast' ends every session as a restart does
     * (57P01), 'immediate' drops them all as a crash does. resume() starts it again on the same port.
     */
    pause(mode = 'fast') {
      asPostgres(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    resume() {
      start();
      running = true;
    },
    stop() {
      remove();
    },
  };
}
