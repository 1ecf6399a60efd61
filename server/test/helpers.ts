import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { registerStaffToken } from '../src/staff.js';

export interface TestServer {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  config: ServerConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Which database the suite runs on: PostgreSQL when TEST_DATABASE_URL names one, else SQLite. */
export const testDialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * A fresh, empty database for one test: a new SQLite file, or, when TEST_DATABASE_URL names a PostgreSQL
 * server (npm test starts a throwaway cluster), a new database on it. cleanup() removes it.
 */
export async function testDatabaseUrl(): Promise<{ url: string; cleanup(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    const name = `test_${randomUUID().replaceAll('-', '')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async cleanup() {
        const dropper = new pg.Client({ connectionString: admin });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'peer-support-test-'));
  return {
    url: `sqlite:${join(directory, 'test.sqlite')}`,
    cleanup: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** A server on a fresh database, or on `existingUrl` (which it then leaves in place on close). */
export async function startTestServer(env: Record<string, string> = {}, existingUrl?: string): Promise<TestServer> {
  const temporary = existingUrl ? { url: existingUrl, cleanup: async () => {} } : await testDatabaseUrl();
  const config = loadConfig({ TRUST_PROXY: '1', ...env, DATABASE_URL: temporary.url });
  const database = openDatabase(temporary.url);
  await migrateToLatest(database.db);
  if (config.staffToken) await registerStaffToken(database.db, config.staffToken, 'test');
  const app = createApp(config, database);
  return {
    app,
    database,
    config,
    databaseUrl: temporary.url,
    async close() {
      await database.close();
      await temporary.cleanup();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the API answered
export async function json(response: Response): Promise<any> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new Error(`expected JSON, got ${type}: ${await response.text()}`);
  return response.json();
}

/** A random device id, as the widget sends in X-Visitor-Id. */
export const newVisitor = () => `visitor-${randomUUID()}`;

/**
 * The headers a visitor's requests arrive with: the widget's device id, and (test servers trust one proxy)
 * an address of their own, the same for the same device id, so per-address limits count them apart.
 */
export function visitorHeaders(device: string = newVisitor()): Record<string, string> {
  const digest = createHash('sha256').update(device).digest();
  return { 'X-Visitor-Id': device, 'X-Forwarded-For': `10.${digest[0]}.${digest[1]}.${digest[2]}` };
}

// ---- the server as a process: bin/peer-support-server.js --------------------------------------------------

/** The command line a clinic runs. */
export const SERVER_CLI = fileURLToPath(new URL('../bin/peer-support-server.js', import.meta.url));

/** How long a server may take to answer /healthz with 200 after it (or its database) starts. */
const SERVER_START_LIMIT_MS = 60_000;

/** How long one /healthz request may wait: a server whose database hangs must not stall the wait. */
const HEALTH_REQUEST_LIMIT_MS = 10_000;

/** scripts/ is plain JavaScript outside the server's type check: its function is typed here. */
async function freePort(): Promise<number> {
  const script = new URL('../../scripts/free-port.mjs', import.meta.url).href;
  return ((await import(script)) as { freePort(): Promise<number> }).freePort();
}

/**
 * Waits until `base`/healthz answers 200. A deadline, not a number of tries: a loaded CI machine may take long
 * to start Node and migrate, and each try may itself wait. Gives up at once if `child` has exited.
 */
export async function waitUntilHealthy(base: string, child?: ChildProcess): Promise<void> {
  let last = 'no answer';
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  const running = () => !child || (child.exitCode === null && child.signalCode === null);
  while (Date.now() < deadline && running()) {
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(HEALTH_REQUEST_LIMIT_MS) });
      if (response.ok) return;
      last = String(response.status);
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(running() ? `/healthz never answered 200 (last: ${last})` : 'the server exited');
}

export interface ServerProcess {
  child: ChildProcess;
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  base: string;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  /** Settles when the process has exited (listened for from the start, so it never misses the exit). */
  exited: Promise<unknown>;
}

/**
 * Runs `peer-support-server serve` on a free loopback port with `env` added to this process's environment,
 * and waits until it is healthy. If it is not within SERVER_START_LIMIT_MS, or exits first, it is killed and
 * the error carries everything it wrote.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [SERVER_CLI, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const exited = once(child, 'exit');
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(base, child);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`the server did not start (${(error as Error).message}):\n${output}`);
  }
  return { child, base, output: () => output, exited };
}
