import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { json, startTestServer, testDialect, visitorHeaders, type TestServer } from './helpers.js';

// Two instances of the server on one database, as behind a load balancer: nothing either keeps to itself
// may make them disagree.
describe(`two instances sharing one database (${testDialect})`, () => {
  let first: TestServer;
  let second: TestServer;
  before(async () => {
    first = await startTestServer();
    second = await startTestServer({}, first.databaseUrl);
  });
  after(async () => {
    await second.close();
    await first.close();
  });

  const post = (server: TestServer, thread: string, body: string, headers = visitorHeaders(), key = randomUUID()) =>
    server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
      body: JSON.stringify({ body }),
    });
  const list = (server: TestServer, thread: string, etag?: string) =>
    server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`, {
      headers: etag ? { 'If-None-Match': etag } : {},
    });

  it("serves a thread's page from either, fresh after a write through the other (ETag, 304)", async () => {
    await post(first, 'shared/page', 'The first comment.');
    const page = await list(first, 'shared/page');
    const etag = page.headers.get('etag')!;
    assert.ok(etag);
    assert.equal((await json(page)).comments.length, 1);
    assert.equal((await list(first, 'shared/page', etag)).status, 304);

    const { comment } = await json(await post(second, 'shared/page', 'A second one, through the other instance.'));
    const fresh = await list(first, 'shared/page', etag);
    assert.equal(fresh.status, 200);
    const after = fresh.headers.get('etag')!;
    assert.notEqual(after, etag);
    assert.equal((await json(fresh)).comments.length, 2);

    await second.app.request(`/v1/comments/${comment.id}/reactions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...visitorHeaders() },
      body: JSON.stringify({ kind: 'helped' }),
    });
    const reacted = await list(first, 'shared/page', after);
    assert.equal(reacted.status, 200);
    const shown = (await json(reacted)).comments.find((c: { id: string }) => c.id === comment.id);
    assert.deepEqual(shown.reactions, { support: 0, helped: 1 });
  });

  it('shares rate limits: posts through both count against one allowance', async () => {
    const visitor = visitorHeaders();
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const server = i % 2 ? second : first;
      statuses.push((await post(server, 'shared/limits', `Message ${i}`, visitor)).status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
  });

  it('replays a retry that lands on the other instance, and keeps no token or text readable in the database', async () => {
    const key = randomUUID();
    const visitor = visitorHeaders();
    const original = await json(
      await post(first, 'shared/retry', 'Words only the author should see again.', visitor, key),
    );
    const retried = await post(second, 'shared/retry', 'Words only the author should see again.', visitor, key);
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    assert.equal((await json(retried)).editToken, original.editToken);

    const records = await first.database.db.selectFrom('idempotency_records').selectAll().execute();
    const stored = JSON.stringify(records);
    assert.ok(records.length > 0);
    for (const secret of [original.editToken, 'Words only the author', key]) {
      assert.ok(!stored.includes(secret), `the idempotency records hold ${secret}`);
    }
  });
});
