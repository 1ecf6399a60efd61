import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { json, startTestServer, testDialect, visitorHeaders, type TestServer } from './helpers.js';

describe(`abuse limits and hostile input (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ MODERATION_MODE: 'risk' })));
  after(() => server.close());

  const post = (thread: string, body: unknown, headers: Record<string, string>) =>
    server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
      body: JSON.stringify(body),
    });

  it('counts posts by address, so a new device id per post does not get past the limit', async () => {
    const address = { 'X-Forwarded-For': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await post(
        'abuse/rotating',
        { body: `Message number ${i}` },
        {
          ...address,
          'X-Visitor-Id': `device-${randomUUID()}`,
        },
      );
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
  });

  it('refuses the same words from one address twice, whatever device id it claims', async () => {
    const address = { 'X-Forwarded-For': '203.0.113.8' };
    const first = await post('abuse/dup', { body: 'Same words' }, { ...address, 'X-Visitor-Id': `a-${randomUUID()}` });
    const again = await post('abuse/dup', { body: 'Same words' }, { ...address, 'X-Visitor-Id': `b-${randomUUID()}` });
    assert.equal(first.status, 201);
    assert.equal(again.status, 409);
  });

  it('still counts one reaction per device for people sharing an address', async () => {
    const author = visitorHeaders();
    const { comment } = await json(await post('abuse/shared', { body: 'Thank you, everyone.' }, author));
    const react = (device: string) =>
      server.app.request(`/v1/comments/${comment.id}/reactions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.1', 'X-Visitor-Id': device },
        body: JSON.stringify({ kind: 'support' }),
      });
    await react('waiting-room-tablet-one');
    await react('waiting-room-tablet-one');
    const last = await json(await react('waiting-room-tablet-two'));
    assert.equal(last.reactions.support, 2);
  });

  it('receives repeated reports of one comment from one visitor once', async () => {
    const { comment } = await json(await post('abuse/report', { body: 'A plain comment.' }, visitorHeaders()));
    const reporter = visitorHeaders();
    for (let i = 0; i < 3; i++) {
      const response = await server.app.request(`/v1/comments/${comment.id}/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...reporter },
        body: JSON.stringify({ reason: 'spam' }),
      });
      assert.equal(response.status, 202);
    }
    const reports = await server.database.db
      .selectFrom('reports')
      .select('id')
      .where('comment_id', '=', comment.id)
      .execute();
    assert.equal(reports.length, 1);
  });

  it('refuses text with a NUL character in every free-text field with 400, never 500', async () => {
    const nul = 'before\u0000after';
    for (const body of [{ body: nul }, { body: 'fine', name: nul }, { body: 'fine', website: nul }]) {
      const response = await post('abuse/nul', body, visitorHeaders());
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal((await json(response)).error.code, 'invalid_request');
    }
    const checkIn = (note: string) =>
      server.app.request('/v1/check-ins', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer participant-${randomUUID()}`,
          'Idempotency-Key': randomUUID(),
        },
        body: JSON.stringify({ recordedAt: new Date().toISOString(), answers: { mood: 3 }, note }),
      });
    assert.equal((await checkIn('a fine note')).status, 201);
    assert.equal((await checkIn(nul)).status, 400);
    const { comment } = await json(await post('abuse/nul', { body: 'A comment to report.' }, visitorHeaders()));
    const report = (note: string) =>
      server.app.request(`/v1/comments/${comment.id}/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...visitorHeaders() },
        body: JSON.stringify({ reason: 'other', note }),
      });
    assert.equal((await report(nul)).status, 400);
    assert.equal((await report('a fine note')).status, 202);
    for (const path of [
      `/v1/groups/${encodeURIComponent(nul)}`,
      `/v1/threads/counts?ids=${encodeURIComponent(nul)},a`,
      `/v1/threads/abuse%2Fnul/comments?cursor=${Buffer.from(JSON.stringify([nul, nul])).toString('base64url')}`,
    ]) {
      const response = await server.app.request(path);
      assert.ok(response.status < 500, `${path} answered ${response.status}`);
      await json(response);
    }
  });
});

describe(`"first-time" moderation (${testDialect})`, () => {
  let server: TestServer;
  before(
    async () =>
      (server = await startTestServer({
        MODERATION_MODE: 'first-time',
        STAFF_TOKEN: 'staff-token-for-tests-0123456789',
      })),
  );
  after(() => server.close());

  it("holds a visitor's first comment; once one is published, the next ones publish at once", async () => {
    const visitor = visitorHeaders();
    const send = (body: string) =>
      server.app.request('/v1/threads/first%2Ftime/comments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitor },
        body: JSON.stringify({ body }),
      });
    const first = await send('Hello, I am new here.');
    assert.equal(first.status, 202);
    const held = await json(first);
    assert.equal(held.reason, 'first-time');
    assert.equal((await send('Still waiting, that is fine.')).status, 202);
    const approve = await server.app.request(`/v1/moderation/comments/${held.comment.id}/approve`, {
      method: 'POST',
      headers: { Authorization: 'Bearer staff-token-for-tests-0123456789' },
    });
    assert.equal(approve.status, 200);
    assert.equal((await send('Thanks for letting me in.')).status, 201);
    // Someone else is still new.
    const stranger = await server.app.request('/v1/threads/first%2Ftime/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders() },
      body: JSON.stringify({ body: 'Me too, hello.' }),
    });
    assert.equal(stranger.status, 202);
  });
});
