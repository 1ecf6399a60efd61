import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { json, newVisitor, startTestServer, testDialect, type TestServer, visitorHeaders } from './helpers.js';

describe(`comment edits, deletes, reactions and reports (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ EDIT_WINDOW_MINUTES: '15' })));
  after(() => server.close());

  const thread = (name: string) => encodeURIComponent(`articles/${name}`);
  async function postComment(name: string, body = 'A kind word.') {
    const response = await server.app.request(`/v1/threads/${thread(name)}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders(newVisitor()) },
      body: JSON.stringify({ body }),
    });
    return json(response);
  }
  const request = (path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
    server.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const list = async (name: string, query = '') =>
    (await json(await server.app.request(`/v1/threads/${thread(name)}/comments${query}`))).comments;

  it('edits inside the window with the edit token, and moderates the new text again', async () => {
    const { comment, editToken } = await postComment('edit');
    const edited = await request(
      `/v1/comments/${comment.id}`,
      'PATCH',
      { body: 'A kinder word.' },
      { Authorization: `Bearer ${editToken}` },
    );
    assert.equal(edited.status, 200);
    const body = await json(edited);
    assert.equal(body.comment.body, 'A kinder word.');
    assert.ok(body.comment.updatedAt);
    assert.equal((await list('edit'))[0].body, 'A kinder word.');
    const toCrisis = await json(
      await request(
        `/v1/comments/${comment.id}`,
        'PATCH',
        { body: 'I want to die' },
        { Authorization: `Bearer ${editToken}` },
      ),
    );
    assert.equal(toCrisis.held, true);
    assert.equal(toCrisis.reason, 'care');
    assert.deepEqual(await list('edit'), []);
  });

  it('refuses an edit without the token, with a wrong one, or after the window', async () => {
    const { comment, editToken } = await postComment('refuse');
    assert.equal((await request(`/v1/comments/${comment.id}`, 'PATCH', { body: 'x' })).status, 403);
    assert.equal(
      (await request(`/v1/comments/${comment.id}`, 'PATCH', { body: 'x' }, { Authorization: 'Bearer not-the-token' }))
        .status,
      403,
    );
    await server.database.db
      .updateTable('comments')
      .set({ editable_until: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', comment.id)
      .execute();
    const late = await request(
      `/v1/comments/${comment.id}`,
      'PATCH',
      { body: 'x' },
      { Authorization: `Bearer ${editToken}` },
    );
    assert.equal(late.status, 403);
    assert.equal((await json(late)).error.code, 'edit_window_closed');
    const missing = await request(
      `/v1/comments/${randomUUID()}`,
      'PATCH',
      { body: 'x' },
      { Authorization: `Bearer ${editToken}` },
    );
    assert.equal(missing.status, 404);
  });

  it('deletes with the edit token', async () => {
    const { comment, editToken } = await postComment('delete');
    assert.equal(
      (await request(`/v1/comments/${comment.id}`, 'DELETE', undefined, { Authorization: 'Bearer wrong' })).status,
      403,
    );
    assert.equal(
      (await request(`/v1/comments/${comment.id}`, 'DELETE', undefined, { Authorization: `Bearer ${editToken}` }))
        .status,
      204,
    );
    assert.deepEqual(await list('delete'), []);
  });

  it('counts one reaction of each kind per visitor', async () => {
    const { comment } = await postComment('react');
    const visitor = { ...visitorHeaders('device-aaaaaaaaaaaaaaaa') };
    const other = { ...visitorHeaders('device-bbbbbbbbbbbbbbbb') };
    await request(`/v1/comments/${comment.id}/reactions`, 'POST', { kind: 'support' }, visitor);
    await request(`/v1/comments/${comment.id}/reactions`, 'POST', { kind: 'support' }, visitor);
    await request(`/v1/comments/${comment.id}/reactions`, 'POST', { kind: 'helped' }, visitor);
    const last = await json(await request(`/v1/comments/${comment.id}/reactions`, 'POST', { kind: 'support' }, other));
    assert.deepEqual(last.reactions, { support: 2, helped: 1 });
    assert.deepEqual((await list('react'))[0].reactions, { support: 2, helped: 1 });
    const bad = await request(`/v1/comments/${comment.id}/reactions`, 'POST', { kind: 'like' }, visitor);
    assert.equal(bad.status, 400);
  });

  it('sorts by most supported', async () => {
    const quiet = await postComment('supported', 'quiet');
    const loved = await postComment('supported', 'loved');
    for (const device of ['device-1111111111111111', 'device-2222222222222222']) {
      await request(
        `/v1/comments/${loved.comment.id}/reactions`,
        'POST',
        { kind: 'support' },
        { ...visitorHeaders(device) },
      );
    }
    const comments = await list('supported', '?sort=supported');
    assert.deepEqual(
      comments.map((c: { body: string }) => c.body),
      ['loved', 'quiet'],
    );
    assert.ok(quiet);
  });

  it('holds a reported comment until staff look at it; a report of risk is flagged for care', async () => {
    const { comment } = await postComment('report');
    const response = await request(`/v1/comments/${comment.id}/reports`, 'POST', {
      reason: 'crisis',
      note: 'They sound unsafe.',
    });
    assert.equal(response.status, 202);
    assert.deepEqual(await list('report'), []);
    const row = await server.database.db
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', comment.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'held');
    assert.equal(row.held_reason, 'care');
    assert.equal((await request(`/v1/comments/${comment.id}/reports`, 'POST', { reason: 'because' })).status, 400);
    assert.equal((await request(`/v1/comments/${randomUUID()}/reports`, 'POST', { reason: 'spam' })).status, 404);
  });
});
