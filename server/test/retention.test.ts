import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Insertable } from 'kysely';
import { loadConfig, ConfigError } from '../src/config.js';
import type { CommentTable } from '../src/db/schema.js';
import { purgeExpired } from '../src/retention.js';
import {
  SERVER_CLI,
  json,
  startServerProcess,
  startTestServer,
  testDatabaseUrl,
  testDialect,
  type TestServer,
} from './helpers.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const token = () => randomBytes(24).toString('base64url');

/** A check-in sent as the widget sends it; returns its id. */
async function checkIn(server: TestServer, participant: string, recordedAt?: string): Promise<string> {
  const response = await server.app.request('/v1/check-ins', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${participant}`,
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ answers: { mood: 3 }, ...(recordedAt ? { recordedAt } : {}) }),
  });
  assert.equal(response.status, 201);
  return (await json(response)).checkIn.id;
}

/** As if the server had stored it `days` ago (by its own clock). */
async function storedDaysAgo(
  server: TestServer,
  table: 'check_ins' | 'participants' | 'comments',
  id: string,
  days: number,
) {
  await server.database.db
    .updateTable(table)
    .set({ created_at: daysAgo(days) })
    .where('id', '=', id)
    .execute();
}

/** A published comment's row, as the server stores one, `days` ago. */
const commentRow = (days: number, fields: Partial<Insertable<CommentTable>> = {}): Insertable<CommentTable> => ({
  id: randomUUID(),
  thread: 'articles/retention',
  parent_id: null,
  author_name: 'Sam',
  body: 'Words someone wrote a while ago.',
  status: 'published',
  held_reason: null,
  care: 0,
  visitor_hash: 'visitor',
  edit_token_hash: null,
  editable_until: null,
  created_at: daysAgo(days),
  updated_at: null,
  ...fields,
});

/** A comment with a reaction and a report, stored `days` ago. */
async function comment(server: TestServer, days: number): Promise<string> {
  const row = commentRow(days);
  const { id, created_at: createdAt } = row;
  const { db } = server.database;
  await db.insertInto('comments').values(row).execute();
  await db
    .insertInto('reactions')
    .values({ comment_id: id, kind: 'support', visitor_hash: 'v', created_at: createdAt })
    .execute();
  await db
    .insertInto('reports')
    .values({ id: randomUUID(), comment_id: id, reason: 'other', note: null, visitor_hash: 'v', created_at: createdAt })
    .execute();
  return id;
}

const ids = async (server: TestServer, table: 'check_ins' | 'participants' | 'comments') =>
  (await server.database.db.selectFrom(table).select('id').execute()).map((row) => row.id).sort();

describe(`retention: deleting what has outlived the clinic's periods (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  it('deletes check-ins stored before the period, by the server’s clock, whatever date the device gave', async () => {
    const old = token();
    const recent = token();
    const mixed = token();
    const oldCheckIn = await checkIn(server, old);
    // A device clock far in the future (or the past) must not keep a check-in, or lose one, early or late.
    const futureDated = await checkIn(server, mixed, '9999-12-31T00:00:00.000Z');
    const pastDated = await checkIn(server, recent, '0001-01-01T00:00:00.000Z');
    const keptOfMixed = await checkIn(server, mixed);
    await storedDaysAgo(server, 'check_ins', oldCheckIn, 400);
    await storedDaysAgo(server, 'check_ins', futureDated, 400);
    const participants = await server.database.db.selectFrom('participants').select('id').execute();
    for (const { id } of participants) await storedDaysAgo(server, 'participants', id, 400);

    const purged = await purgeExpired(server.database.db, { checkInDays: 365 });

    assert.equal(purged.checkIns, 2);
    assert.equal(purged.participants, 1);
    assert.equal(purged.comments, 0);
    assert.deepEqual(await ids(server, 'check_ins'), [pastDated, keptOfMixed].sort());
    // The participant with nothing left is gone; one with a check-in left stays, and so does its history.
    const history = await json(
      await server.app.request('/v1/check-ins', { headers: { Authorization: `Bearer ${mixed}` } }),
    );
    assert.deepEqual(
      history.checkIns.map((item: { id: string }) => item.id),
      [keptOfMixed],
    );
    const gone = await json(await server.app.request('/v1/check-ins', { headers: { Authorization: `Bearer ${old}` } }));
    assert.deepEqual(gone.checkIns, []);
    // And that person can check in again afterwards.
    await checkIn(server, old);
  });

  it('deletes comments stored before the period with their reactions and reports, and keeps the rest', async () => {
    const oldComment = await comment(server, 800);
    const newComment = await comment(server, 10);
    const purged = await purgeExpired(server.database.db, { commentDays: 730 });
    assert.equal(purged.comments, 1);
    assert.equal(purged.checkIns, 0, 'no check-in period: no check-in touched');
    assert.ok(!(await ids(server, 'comments')).includes(oldComment));
    assert.ok((await ids(server, 'comments')).includes(newComment));
    const { db } = server.database;
    assert.equal(
      (await db.selectFrom('reactions').selectAll().where('comment_id', '=', oldComment).execute()).length,
      0,
    );
    assert.equal((await db.selectFrom('reports').selectAll().where('comment_id', '=', oldComment).execute()).length, 0);
    assert.equal(
      (await db.selectFrom('reactions').selectAll().where('comment_id', '=', newComment).execute()).length,
      1,
    );
  });

  it('keeps a participant who checks in again, though their old check-ins go', async () => {
    const returning = token();
    const old = await checkIn(server, returning);
    await storedDaysAgo(server, 'check_ins', old, 500);
    const participants = await server.database.db.selectFrom('participants').select('id').execute();
    for (const { id } of participants) await storedDaysAgo(server, 'participants', id, 500);
    const fresh = await checkIn(server, returning);

    const purged = await purgeExpired(server.database.db, { checkInDays: 365 });

    assert.equal(purged.checkIns, 1);
    const history = await json(
      await server.app.request('/v1/check-ins', { headers: { Authorization: `Bearer ${returning}` } }),
    );
    assert.deepEqual(
      history.checkIns.map((item: { id: string }) => item.id),
      [fresh],
    );
  });

  it('deletes a backlog far larger than one batch in one purge', async () => {
    const backlog = 1_234;
    const rows = Array.from({ length: backlog }, () =>
      commentRow(900, { thread: 'articles/backlog', author_name: 'Anonymous', body: 'An old comment.' }),
    );
    for (let start = 0; start < rows.length; start += 200) {
      await server.database.db
        .insertInto('comments')
        .values(rows.slice(start, start + 200))
        .execute();
    }
    const kept = await comment(server, 1);
    const purged = await purgeExpired(server.database.db, { commentDays: 365 });
    assert.ok(purged.comments >= backlog, `${purged.comments} deleted`);
    const left = await server.database.db
      .selectFrom('comments')
      .select('id')
      .where('created_at', '<', daysAgo(365))
      .execute();
    assert.deepEqual(left, []);
    assert.ok((await ids(server, 'comments')).includes(kept));
  });

  it('keeps comments and check-ins when no period is set, and deletes expired retry records either way', async () => {
    await comment(server, 5000);
    const before = await ids(server, 'comments');
    const { db } = server.database;
    const record = (key: string, hoursAgo: number) => ({
      scope: 'test',
      key,
      status: 201,
      body: 'sealed',
      created_at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      request_hash: null,
    });
    await db
      .insertInto('idempotency_records')
      .values([record('old', 30), record('recent', 2)])
      .execute();
    await db
      .insertInto('rate_limits')
      .values([
        { bucket: 'old', window_start: Date.now() - 3 * DAY, count: 1 },
        { bucket: 'recent', window_start: Date.now() - 60_000, count: 1 },
      ])
      .execute();

    const purged = await purgeExpired(db, {});

    assert.deepEqual([purged.checkIns, purged.participants, purged.comments], [0, 0, 0]);
    assert.deepEqual(await ids(server, 'comments'), before);
    const keys = (await db.selectFrom('idempotency_records').select('key').where('scope', '=', 'test').execute()).map(
      (row) => row.key,
    );
    assert.deepEqual(keys, ['recent']);
    const buckets = (await db.selectFrom('rate_limits').select('bucket').execute()).map((row) => row.bucket);
    assert.ok(!buckets.includes('old') && buckets.includes('recent'));
  });
});

describe(`retention settings and commands (${testDialect})`, () => {
  it('reads RETENTION_CHECK_IN_DAYS and RETENTION_COMMENT_DAYS, and refuses anything but whole days', () => {
    const config = loadConfig({ RETENTION_CHECK_IN_DAYS: '365', RETENTION_COMMENT_DAYS: '730' });
    assert.deepEqual(config.retention, { checkInDays: 365, commentDays: 730 });
    assert.deepEqual(loadConfig({}).retention, { checkInDays: undefined, commentDays: undefined });
    for (const bad of ['0', '-3', '1.5', 'two years', '99999']) {
      assert.throws(
        () => loadConfig({ RETENTION_CHECK_IN_DAYS: bad }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, /retentionCheckInDays/);
          return true;
        },
      );
    }
  });

  it('`purge` deletes what is past its period and logs counts only; without a period it says what to set', async () => {
    const server = await startTestServer();
    const temporary = server.databaseUrl;
    try {
      const old = await comment(server, 100);
      await comment(server, 1);
      const env = { ...process.env, DATABASE_URL: temporary };
      const unset = spawnSync(process.execPath, [SERVER_CLI, 'purge'], { env, encoding: 'utf8' });
      assert.equal(unset.status, 0, unset.stderr);
      assert.match(unset.stderr, /No retention period is set \(RETENTION_CHECK_IN_DAYS, RETENTION_COMMENT_DAYS\)/);
      assert.equal((await ids(server, 'comments')).length, 2, 'nothing deleted without a period');

      const done = spawnSync(process.execPath, [SERVER_CLI, 'purge'], {
        env: { ...env, RETENTION_COMMENT_DAYS: '30' },
        encoding: 'utf8',
      });
      assert.equal(done.status, 0, done.stderr);
      const event = done.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .find((line) => line.event === 'purged');
      assert.equal(event.comments, 1);
      assert.equal(event.commentDays, 30);
      assert.ok(!done.stdout.includes('Words someone wrote'), 'no comment text in the log');
      assert.ok(!(await ids(server, 'comments')).includes(old));
      assert.equal((await ids(server, 'comments')).length, 1);
    } finally {
      await server.close();
    }
  });

  it('a running server purges as it starts when a period is set', async () => {
    const temporary = await testDatabaseUrl();
    const seeded = await startTestServer({}, temporary.url);
    const old = await comment(seeded, 40);
    const kept = await comment(seeded, 2);
    await seeded.close();
    const process_ = await startServerProcess({ DATABASE_URL: temporary.url, RETENTION_COMMENT_DAYS: '30' });
    try {
      const deadline = Date.now() + 30_000;
      while (!process_.output().includes('"event":"purged"') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.match(process_.output(), /"event":"purged"[^\n]*"comments":1/);
    } finally {
      process_.child.kill('SIGTERM');
      await process_.exited;
    }
    const after_ = await startTestServer({}, temporary.url);
    try {
      const left = await ids(after_, 'comments');
      assert.ok(!left.includes(old));
      assert.ok(left.includes(kept));
    } finally {
      await after_.close();
      await temporary.cleanup();
    }
  });
});
