import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { SERVER_CLI, startServerProcess, testDatabaseUrl, testDialect } from './helpers.js';

describe(`peer-support-server serve (${testDialect})`, () => {
  let temporary: Awaited<ReturnType<typeof testDatabaseUrl>>;
  before(async () => (temporary = await testDatabaseUrl()));
  after(() => temporary.cleanup());

  it('migrates, serves the API over HTTP, logs JSON without request data, and stops cleanly on SIGTERM', async () => {
    const { child, base, output } = await startServerProcess({ DATABASE_URL: temporary.url });
    const response = await fetch(`${base}/v1/crisis-resources`);
    assert.equal(response.status, 200);
    // What a person wrote, the tokens they hold and where they came from never reach the log.
    const secrets = [
      'I want to end my life tonight',
      'slept badly, talked to Sam',
      'participant-token-abcdefghijklmnop',
    ];
    const posted = await fetch(`${base}/v1/threads/log-test/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ body: secrets[0] }),
    });
    assert.equal(posted.status, 202);
    const { editToken } = await posted.json();
    const checkIn = await fetch(`${base}/v1/check-ins`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
        Authorization: `Bearer ${secrets[2]}`,
      },
      body: JSON.stringify({
        recordedAt: new Date().toISOString(),
        answers: { mood: 1 },
        note: secrets[1],
        risk: true,
      }),
    });
    assert.equal(checkIn.status, 201);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    const log = output();
    for (const secret of [...secrets, editToken, '127.0.0.1'])
      assert.ok(!log.includes(secret), `the log holds ${secret}`);
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // The purge at start runs beside the first requests, so its line may come anywhere before the stop.
    const events = lines.map((line) => line.event);
    assert.deepEqual(
      events.filter((event) => event !== 'purged'),
      ['migrated', 'listening', 'comment-held-for-care', 'check-in-risk', 'stopping'],
    );
    assert.equal(events.filter((event) => event === 'purged').length, 1, 'one purge as it starts');
    const purged = lines.find((line) => line.event === 'purged');
    assert.deepEqual(Object.keys(purged).sort(), [
      'checkIns',
      'comments',
      'event',
      'idempotencyRecords',
      'level',
      'participants',
      'rateLimitCounters',
      'time',
    ]);
  });

  it('keeps its data across a restart', async () => {
    const database = openDatabase(temporary.url);
    await database.db.insertInto('server_meta').values({ name: 'restart-check', value: 'kept' }).execute();
    await database.close();
    const { child } = await startServerProcess({ DATABASE_URL: temporary.url });
    child.kill('SIGTERM');
    await once(child, 'exit');
    const reopened = openDatabase(temporary.url);
    const row = await reopened.db
      .selectFrom('server_meta')
      .selectAll()
      .where('name', '=', 'restart-check')
      .executeTakeFirst();
    await reopened.close();
    assert.equal(row?.value, 'kept');
  });

  it('refuses to start with a bad configuration, saying why', async () => {
    const child = spawn(process.execPath, [SERVER_CLI, 'serve'], {
      env: { ...process.env, CLINIC_TIMEZONE: 'Mars/Base' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(stderr, /timeZone/);
  });
});
