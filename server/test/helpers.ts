import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';

export interface TestServer {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  config: ServerConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Where the tests' databases live: a fresh SQLite file per server, or, when TEST_DATABASE_URL names a
 * PostgreSQL server (the test runner starts a throwaway one), a fresh schema on it.
 */
export function testDatabaseUrl(): { url: string; cleanup(): void } {
  const directory = mkdtempSync(join(tmpdir(), 'peer-support-test-'));
  return {
    url: `sqlite:${join(directory, 'test.sqlite')}`,
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  };
}

export async function startTestServer(env: Record<string, string> = {}, databaseUrl?: string): Promise<TestServer> {
  const temporary = databaseUrl ? undefined : testDatabaseUrl();
  const url = databaseUrl ?? temporary!.url;
  const config = loadConfig({ ...env, DATABASE_URL: url });
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  const app = createApp(config, database);
  return {
    app,
    database,
    config,
    databaseUrl: url,
    async close() {
      await database.close();
      temporary?.cleanup();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the API answered
export async function json(response: Response): Promise<any> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new Error(`expected JSON, got ${type}: ${await response.text()}`);
  return response.json();
}
