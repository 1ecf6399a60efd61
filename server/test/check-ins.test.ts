import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { json, startTestServer, testDialect, type TestServer } from './helpers.js';

const token = () => randomBytes(24).toString('base64url');

describe(`check-ins (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const post = (participant: string | undefined, body: unknown, key: string | undefined = randomUUID()) =>
    server.app.request('/v1/check-ins', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(participant ? { Authorization: `Bearer ${participant}` } : {}),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const list = (participant: string, query = '') =>
    server.app.request(`/v1/check-ins${query}`, { headers: { Authorization: `Bearer ${participant}` } });

  it('stores a check-in as numbers by item id and lists it back', async () => {
    const me = token();
    const response = await post(me, {
      answers: { mood: 4, cravings: 2, 'reached-out': 1 },
      note: 'Good meeting today.',
    });
    assert.equal(response.status, 201);
    const { checkIn } = await json(response);
    assert.deepEqual(checkIn.answers, { mood: 4, cravings: 2, 'reached-out': 1 });
    assert.equal(checkIn.risk, false);
    const { checkIns, nextCursor } = await json(await list(me));
    assert.deepEqual(checkIns, [checkIn]);
    assert.equal(nextCursor, null);
  });

  it('stores a retried create with the same idempotency key once, and answers it the same', async () => {
    const me = token();
    const key = randomUUID();
    const first = await json(await post(me, { answers: { mood: 3 } }, key));
    const retry = await post(me, { answers: { mood: 3 } }, key);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await json(retry), first);
    const concurrent = await Promise.all([1, 2, 3].map(() => post(me, { answers: { mood: 5 } }, 'same-key-at-once')));
    const ids = new Set(await Promise.all(concurrent.map(async (r) => (await json(r)).checkIn.id)));
    assert.equal(ids.size, 1);
    assert.equal((await json(await list(me))).checkIns.length, 2);
  });

  it('answers a retry sent after the idempotency window with the first check-in, not a second one', async () => {
    const me = token();
    const key = randomUUID();
    const first = await json(await post(me, { answers: { mood: 2 } }, key));
    // Days offline later: the idempotency record has been cleared by age.
    await server.database.db.deleteFrom('idempotency_records').execute();
    const late = await post(me, { answers: { mood: 2 } }, key);
    assert.equal(late.status, 201);
    assert.deepEqual(await json(late), first);
    assert.equal((await json(await list(me))).checkIns.length, 1);
  });

  it('flags a check-in whose note speaks of ending a life, even when the widget did not', async () => {
    const me = token();
    const { checkIn } = await json(await post(me, { answers: { mood: 1 }, note: 'I want to end my life.' }));
    assert.equal(checkIn.risk, true);
    const { checkIn: calm } = await json(await post(me, { answers: { mood: 4 }, note: 'Went to my meeting.' }));
    assert.equal(calm.risk, false);
  });

  it('refuses a date outside the years 0000–9999 in UTC, so history pages always continue', async () => {
    const me = token();
    for (const recordedAt of ['9999-12-31T23:59:59.999-23:59', '0000-01-01T00:00:00+01:00']) {
      const response = await post(me, { recordedAt, answers: { mood: 3 } });
      assert.equal(response.status, 400, recordedAt);
      assert.equal((await json(response)).error.fields?.recordedAt !== undefined, true, recordedAt);
    }
    assert.equal((await post(me, { recordedAt: '2026-11-25T08:00:00-08:00', answers: { mood: 3 } })).status, 201);
  });

  it('refuses the same key reused for a different check-in', async () => {
    const me = token();
    const key = randomUUID();
    await post(me, { answers: { mood: 3 } }, key);
    const reused = await post(me, { answers: { mood: 1 } }, key);
    assert.equal(reused.status, 422);
    assert.equal((await json(reused)).error.code, 'idempotency_key_reused');
  });

  it('answers bad input with 4xx JSON and field errors, storing nothing', async () => {
    const me = token();
    const cases: Array<[unknown, number, string]> = [
      [{ answers: { mood: 'happy' } }, 400, 'answers.mood'],
      [{ answers: {} }, 400, 'answers'],
      [{ answers: { 'Bad Id!': 1 } }, 400, 'answers.Bad Id!'],
      [{ answers: { mood: 3 }, note: 'x'.repeat(2001) }, 400, 'note'],
      [{ answers: { mood: 3 }, recordedAt: 'yesterday' }, 400, 'recordedAt'],
      [{ answers: { mood: 3 }, extra: true }, 400, 'body'],
      [{ note: 'no answers' }, 400, 'answers'],
    ];
    for (const [body, status, field] of cases) {
      const response = await post(me, body);
      assert.equal(response.status, status, JSON.stringify(body));
      const error = (await json(response)).error;
      assert.equal(error.code, 'invalid_request');
      assert.ok(
        Object.keys(error.fields).some((f) => f.startsWith(field.split('.')[0])),
        `${JSON.stringify(body)} → ${JSON.stringify(error.fields)}`,
      );
    }
    const malformed = await post(me, '{"answers": {"mood": 3');
    assert.equal(malformed.status, 400);
    assert.equal((await json(malformed)).error.code, 'invalid_request');
    assert.deepEqual((await json(await list(me))).checkIns, []);
  });

  it('needs a participant token and an idempotency key', async () => {
    const noToken = await post(undefined, { answers: { mood: 3 } });
    assert.equal(noToken.status, 401);
    assert.equal((await json(noToken)).error.code, 'participant_token_required');
    const shortToken = await post('abc', { answers: { mood: 3 } });
    assert.equal(shortToken.status, 401);
    const noKey = await post(token(), { answers: { mood: 3 } }, '');
    assert.equal(noKey.status, 400);
    assert.equal((await json(noKey)).error.code, 'idempotency_key_required');
  });

  it("never shows one participant another's check-ins", async () => {
    const alice = token();
    const bob = token();
    await post(alice, { answers: { mood: 2 }, note: 'private' });
    assert.deepEqual((await json(await list(bob))).checkIns, []);
  });

  it('pages newest first with a cursor', async () => {
    const me = token();
    for (let day = 1; day <= 5; day++) {
      await post(me, { answers: { mood: day }, recordedAt: `2026-11-0${day}T09:00:00Z` });
    }
    const first = await json(await list(me, '?limit=2'));
    assert.deepEqual(
      first.checkIns.map((c: { answers: { mood: number } }) => c.answers.mood),
      [5, 4],
    );
    const second = await json(await list(me, `?limit=2&cursor=${first.nextCursor}`));
    assert.deepEqual(
      second.checkIns.map((c: { answers: { mood: number } }) => c.answers.mood),
      [3, 2],
    );
    const bad = await list(me, '?cursor=not-ours');
    assert.equal(bad.status, 400);
  });

  it('carries risk to the backend', async () => {
    const me = token();
    const { checkIn } = await json(await post(me, { answers: { 'phq9-9': 1 }, risk: true }));
    assert.equal(checkIn.risk, true);
  });

  it('erases the participant: check-ins gone, and a second erase is harmless', async () => {
    const me = token();
    await post(me, { answers: { mood: 3 } });
    const erase = () =>
      server.app.request('/v1/participants/me', { method: 'DELETE', headers: { Authorization: `Bearer ${me}` } });
    assert.equal((await erase()).status, 204);
    assert.deepEqual((await json(await list(me))).checkIns, []);
    assert.equal((await erase()).status, 204);
  });

  it('keeps check-ins when the server restarts on the same database', async () => {
    const me = token();
    await post(me, { answers: { mood: 4 } });
    const reopened = openDatabase(server.databaseUrl);
    try {
      const app = createApp(server.config, reopened);
      const { checkIns } = await json(
        await app.request('/v1/check-ins', { headers: { Authorization: `Bearer ${me}` } }),
      );
      assert.equal(checkIns.length, 1);
    } finally {
      await reopened.close();
    }
  });
});
