import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import type { Schema } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
  /** True when a trivial query answers (for /healthz). */
  ping(): Promise<boolean>;
}

/** Opens `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`. */
export function openDatabase(url: string): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // A database that accepts no connections (down, restarting, unreachable) must answer 503 in seconds, not
    // leave requests waiting for a connection forever.
    // A database that stops answering without closing its connections (a network cut) must not hold requests
    // forever either: keep-alive finds dead connections, and a query unanswered for 30 s fails (and answers 503).
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5000,
      query_timeout: 30_000,
      keepAlive: true,
    });
    // A dropped connection must not crash the process: the next query reports it and /healthz says 503. The
    // pool only listens on idle connections; one checked out between two queries (inside a transaction) that
    // PostgreSQL ends (a restart, 57P01) would otherwise throw an unhandled 'error' event.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return handle(db, 'postgres');
  }
  const path = url.replace(/^sqlite:/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // 64 MB of page cache: comments, their indexes and the counters stay in memory on a busy clinic's server.
  database.pragma('cache_size = -65536');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return handle(db, 'sqlite');
}

/** How many prepared statements to keep: the server's queries are a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely asks better-sqlite3 to prepare every query anew, which costs more than running it. The same SQL
 * text always prepares the same statement, and better-sqlite3 is synchronous, so a statement is never in
 * use by two queries at once: reuse them, least recently used out first.
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

function handle(db: Kysely<Schema>, dialect: Dialect): DatabaseHandle {
  return {
    db,
    dialect,
    close: () => db.destroy(),
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
  };
}
