import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startServerProcess, testDialect, visitorHeaders, waitUntilHealthy, type ServerProcess } from './helpers.js';

interface ThrowawayPostgres {
  url: string;
  pause(mode?: 'fast' | 'immediate'): void;
  resume(): void;
  stop(): void;
}

/** scripts/ is plain JavaScript outside the server's type check: its cluster is typed here. */
async function startPostgres(): Promise<ThrowawayPostgres> {
  const script = new URL('../../scripts/postgres.mjs', import.meta.url).href;
  const { startThrowawayPostgres } = (await import(script)) as {
    startThrowawayPostgres(options: { durableCommits: boolean }): Promise<ThrowawayPostgres>;
  };
  // Durable commits, as a clinic's database has: what was acknowledged before a crash is still there after.
  return startThrowawayPostgres({ durableCommits: true });
}

/** No request may wait on the database forever: one that has not answered by then fails the test. */
const HANG_LIMIT_MS = 10_000;

// Only on PostgreSQL: SQLite is a file the server opens inside its own process, so there is no database
// server that can go away while the server keeps running. The suite's PostgreSQL run is also the one where
// the PostgreSQL binaries are known to be installed; this test starts its own cluster to stop and start.
if (testDialect === 'postgres') {
  describe('PostgreSQL outage (postgres)', () => {
    let cluster: ThrowawayPostgres;
    let server: ServerProcess;
    const participant = randomBytes(24).toString('base64url');

    before(async () => {
      cluster = await startPostgres();
      server = await startServerProcess({ DATABASE_URL: cluster.url, TRUST_PROXY: '1' });
    });
    after(async () => {
      if (server && server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      cluster?.stop();
    });

    const request = (path: string, init: RequestInit = {}) =>
      fetch(`${server.base}${path}`, { ...init, signal: AbortSignal.timeout(HANG_LIMIT_MS) });
    const postComment = (thread: string, body: string, key: string = randomUUID()) =>
      request(`/v1/threads/${thread}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...visitorHeaders() },
        body: JSON.stringify({ body }),
      });
    const postCheckIn = (mood: number, key: string = randomUUID(), token = participant) =>
      request('/v1/check-ins', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
          Authorization: `Bearer ${token}`,
          ...visitorHeaders(),
        },
        body: JSON.stringify({ answers: { mood } }),
      });
    const listCheckIns = (token = participant) =>
      request('/v1/check-ins?limit=200', { headers: { Authorization: `Bearer ${token}` } });

    const assertStillRunning = () =>
      assert.ok(
        server.child.exitCode === null && server.child.signalCode === null,
        `the server stopped:\n${server.output()}`,
      );

    /** What the widget gets while the database is away: a JSON error it can show, and when to try again. */
    async function assertUnavailable(response: Response, what: string) {
      assert.equal(response.status, 503, `${what} answered ${response.status}: ${await response.clone().text()}`);
      assert.match(response.headers.get('content-type') ?? '', /application\/json/, what);
      const body = await response.json();
      assert.equal(body.error.code, 'database_unavailable', what);
      assert.ok(body.error.message.length > 0, what);
      assert.ok(Number(response.headers.get('retry-after')) > 0, `${what} says when to try again`);
    }

    /** Every kind of request, while the database is stopped; returns the key of the check-in that failed. */
    async function assertAnswersUnavailable(thread: string, mode: string): Promise<string> {
      const health = await request('/healthz');
      assert.equal(health.status, 503);
      assert.deepEqual(await health.json(), { status: 'unavailable', database: 'unreachable' });
      await assertUnavailable(await request(`/v1/threads/${thread}/comments`), 'GET comments');
      await assertUnavailable(await listCheckIns(), 'GET check-ins');
      await assertUnavailable(await postComment(thread, `During the ${mode} outage.`), 'POST comment');
      // The widget keeps a failed check-in and sends it again later with the same key.
      const retriedKey = randomUUID();
      await assertUnavailable(await postCheckIn(4, retriedKey), 'POST check-in');
      // Several at once, as a busy clinic would send: none waits on the pool forever.
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) => request(`/v1/threads/${thread}-${i}/comments`)),
      );
      for (const response of burst) await assertUnavailable(response, 'GET comments during a burst');
      assertStillRunning();
      return retriedKey;
    }

    for (const mode of ['fast', 'immediate'] as const) {
      it(`answers 503 with a JSON error while PostgreSQL is stopped (${mode}), and serves again once it is back, without a restart`, async () => {
        const thread = `outage-${mode}`;
        const before = await postComment(thread, `Before the ${mode} outage: the group helped.`);
        assert.equal(before.status, 201);
        const kept = (await before.json()).comment;
        assert.equal((await postCheckIn(3)).status, 201);
        const checkInsBefore = (await (await listCheckIns()).json()).checkIns.length;

        cluster.pause(mode);
        let retriedKey: string;
        try {
          retriedKey = await assertAnswersUnavailable(thread, mode);
        } finally {
          cluster.resume();
        }
        await waitUntilHealthy(server.base, server.child);
        const page = await request(`/v1/threads/${thread}/comments`);
        assert.equal(page.status, 200);
        assert.deepEqual(
          (await page.json()).comments.map((comment: { id: string }) => comment.id),
          [kept.id],
        );
        const retried = await postCheckIn(4, retriedKey);
        assert.equal(retried.status, 201);
        assert.equal((await postCheckIn(4, retriedKey)).headers.get('idempotent-replayed'), 'true');
        const { checkIns } = await (await listCheckIns()).json();
        assert.equal(checkIns.length, checkInsBefore + 1);
        assert.equal((await postComment(thread, `After the ${mode} outage.`)).status, 201);
        assertStillRunning();
        // An outage is expected weather, not a bug: it is logged as such, never as an unhandled failure.
        const output = server.output();
        const events = output
          .trim()
          .split('\n')
          .flatMap((line) => (line.startsWith('{') ? [JSON.parse(line).event] : []));
        assert.ok(events.includes('database-unavailable'), output);
        assert.ok(!events.includes('unhandled'), output);
      });

      it(`answers every check-in in flight as PostgreSQL stops (${mode}) with 201, kept, or 503, stored once when sent again`, async () => {
        const people = Array.from({ length: 8 }, () => randomBytes(24).toString('base64url'));
        const sent = Array.from({ length: 120 }, (_, i) => ({ token: people[i % people.length]!, key: randomUUID() }));
        const answers = sent.map(({ token, key }) => postCheckIn(2, key, token));
        // Once the server is answering, stop the database under the rest (pause() blocks this process, not it).
        await Promise.race(answers);
        cluster.pause(mode);
        let responses: Response[];
        try {
          responses = await Promise.all(answers);
        } finally {
          cluster.resume();
        }
        const acknowledged = new Map<string, string>();
        let refused = 0;
        for (const [i, response] of responses.entries()) {
          if (response.status === 201) acknowledged.set(sent[i]!.key, (await response.json()).checkIn.id);
          else {
            await assertUnavailable(response, 'a check-in in flight');
            refused++;
          }
        }
        // Some were still in flight when the database went: otherwise this test saw no outage at all.
        assert.ok(refused > 0, `all ${sent.length} check-ins were stored before the outage`);
        assertStillRunning();
        await waitUntilHealthy(server.base, server.child);
        // The widget sends each refused check-in again with its key; acknowledged ones replay their first answer.
        for (const { token, key } of sent) {
          const again = await postCheckIn(2, key, token);
          assert.equal(again.status, 201);
          const { checkIn } = await again.json();
          if (acknowledged.has(key)) assert.equal(checkIn.id, acknowledged.get(key));
        }
        for (const token of people) {
          const { checkIns } = await (await listCheckIns(token)).json();
          assert.equal(checkIns.length, sent.length / people.length, 'each check-in is stored exactly once');
        }
      });
    }
  });
}
