import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
