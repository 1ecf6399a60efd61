import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { syncEnvironmentStaffToken } from '../src/staff.js';
import {
  json,
  newVisitor,
  startTestServer,
  testDatabaseUrl,
  testDialect,
  type TestServer,
  visitorHeaders,
} from './helpers.js';

const STAFF_TOKEN = 'staff-token-for-tests-0123456789abcdef';

describe(`moderation queue (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ STAFF_TOKEN })));
  after(() => server.close());

  const staff = { Authorization: `Bearer ${STAFF_TOKEN}` };
  const call = (path: string, method = 'GET', headers: Record<string, string> = staff, body?: unknown) =>
    server.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  async function postComment(body: string, thread = 'articles%2Fqueue') {
    const response = await server.app.request(`/v1/threads/${thread}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders(newVisitor()) },
      body: JSON.stringify({ body }),
    });
    return json(response);
  }

  it('refuses every staff endpoint without a token, with a wrong one, or with an edit token', async () => {
    const { comment, editToken } = await postComment('See https://example.org');
    const endpoints: Array<[string, string, unknown?]> = [
      ['/v1/moderation/queue', 'GET'],
      [`/v1/moderation/comments/${comment.id}/approve`, 'POST'],
      [`/v1/moderation/comments/${comment.id}/reject`, 'POST', {}],
      [`/v1/moderation/comments/${comment.id}`, 'DELETE'],
    ];
    for (const [path, method, body] of endpoints) {
      const attempts: Array<Record<string, string>> = [
        {},
        { Authorization: 'Bearer wrong-token-wrong-token-wrong' },
        { Authorization: `Bearer ${editToken}` },
      ];
      for (const headers of attempts) {
        const response = await call(path, method, headers, body);
        assert.equal(response.status, 401, `${method} ${path} ${JSON.stringify(headers)}`);
        assert.match((await json(response)).error.code, /staff_token/);
      }
    }
  });

  it('lists held comments care-flagged first, then oldest, with reports and counts', async () => {
    const links = await postComment('Details at https://example.org/a');
    const care = await postComment('I want to end my life');
    const reported = await postComment('Something hurtful');
    await call(`/v1/comments/${reported.comment.id}/reports`, 'POST', {}, { reason: 'harmful', note: 'unkind' });
    const { items, counts } = await json(await call('/v1/moderation/queue'));
    const ids = items.map((item: { comment: { id: string } }) => item.comment.id);
    assert.equal(ids[0], care.comment.id);
    assert.ok(ids.indexOf(links.comment.id) < ids.indexOf(reported.comment.id));
    const reportedItem = items.find((item: { comment: { id: string } }) => item.comment.id === reported.comment.id);
    assert.equal(reportedItem.reason, 'reported');
    assert.deepEqual(
      reportedItem.reports.map((r: { reason: string; note: string }) => [r.reason, r.note]),
      [['harmful', 'unkind']],
    );
    assert.ok(counts.care >= 1);
    assert.equal(counts.waiting, items.length);
  });

  it('approving publishes a held comment for every visitor', async () => {
    const { comment } = await postComment('I want to die but this group keeps me going', 'articles%2Fapprove');
    assert.deepEqual((await json(await server.app.request('/v1/threads/articles%2Fapprove/comments'))).comments, []);
    assert.equal((await call(`/v1/moderation/comments/${comment.id}/approve`, 'POST')).status, 200);
    const { comments } = await json(await server.app.request('/v1/threads/articles%2Fapprove/comments'));
    assert.deepEqual(
      comments.map((c: { id: string }) => c.id),
      [comment.id],
    );
  });

  it("rejecting keeps it unpublished and tells its author's device why", async () => {
    const { comment, editToken } = await postComment('Visit https://spam.example', 'articles%2Freject');
    await call(`/v1/moderation/comments/${comment.id}/reject`, 'POST', staff, {
      reason: 'Links to sales sites are not allowed.',
    });
    const state = await json(await call(`/v1/comments/${comment.id}`, 'GET', { Authorization: `Bearer ${editToken}` }));
    assert.equal(state.status, 'rejected');
    assert.equal(state.rejectReason, 'Links to sales sites are not allowed.');
    assert.equal(
      (await call(`/v1/comments/${comment.id}`, 'GET', { Authorization: 'Bearer other-device-token' })).status,
      403,
    );
  });

  it('an edit never gets past review: held stays held (care kept), rejected cannot be edited', async () => {
    const edit = (id: string, token: string, body: string) =>
      call(`/v1/comments/${id}`, 'PATCH', { Authorization: `Bearer ${token}` }, { body });
    const care = await postComment('I want to end my life', 'articles%2Fedit-held');
    const calmer = await json(await edit(care.comment.id, care.editToken, 'I am okay now, really.'));
    assert.equal(calmer.held, true);
    assert.equal(calmer.reason, 'care');
    const reported = await postComment('An ordinary comment', 'articles%2Fedit-held');
    await call(`/v1/comments/${reported.comment.id}/reports`, 'POST', visitorHeaders(), { reason: 'harmful' });
    const touched = await json(await edit(reported.comment.id, reported.editToken, 'An ordinary comment.'));
    assert.equal(touched.held, true);
    assert.equal(touched.reason, 'reported');
    const listed = await json(await server.app.request('/v1/threads/articles%2Fedit-held/comments'));
    assert.deepEqual(listed.comments, []);
    const { items } = await json(await call('/v1/moderation/queue'));
    const ids = items.map((item: { comment: { id: string } }) => item.comment.id);
    assert.ok(ids.includes(care.comment.id) && ids.includes(reported.comment.id));

    const spam = await postComment('Buy at https://spam.example', 'articles%2Fedit-held');
    await call(`/v1/moderation/comments/${spam.comment.id}/reject`, 'POST', staff, { reason: 'Selling.' });
    const refused = await edit(spam.comment.id, spam.editToken, 'Nothing to see here.');
    assert.equal(refused.status, 409);
    assert.equal((await json(refused)).error.code, 'comment_rejected');
  });

  it('approving settles the reports and the care flag, so a later report starts afresh', async () => {
    const { comment } = await postComment('I want to die some days, but not today', 'articles%2Fsettle');
    await call(`/v1/moderation/comments/${comment.id}/approve`, 'POST');
    await call(`/v1/comments/${comment.id}/reports`, 'POST', visitorHeaders(), { reason: 'spam' });
    const { items } = await json(await call('/v1/moderation/queue'));
    const item = items.find((entry: { comment: { id: string } }) => entry.comment.id === comment.id);
    assert.equal(item.reason, 'reported');
    assert.equal(item.care, false);
    assert.deepEqual(
      item.reports.map((r: { reason: string }) => r.reason),
      ['spam'],
    );
  });

  it('deletes a comment, and says 404 for one that is not there', async () => {
    const { comment } = await postComment('To be removed');
    assert.equal((await call(`/v1/moderation/comments/${comment.id}`, 'DELETE')).status, 204);
    assert.equal((await call(`/v1/moderation/comments/${comment.id}`, 'DELETE')).status, 404);
  });
});

describe(`peer-support-server create-staff-token (${testDialect})`, () => {
  it('prints a new token once, stores only its hash, and the token opens the queue', async () => {
    const temporary = await testDatabaseUrl();
    try {
      const cli = fileURLToPath(new URL('../bin/peer-support-server.js', import.meta.url));
      const env = { ...process.env, DATABASE_URL: temporary.url };
      assert.equal(spawnSync(process.execPath, [cli, 'migrate'], { env }).status, 0);
      const made = spawnSync(process.execPath, [cli, 'create-staff-token', 'front desk'], { env, encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      const token = made.stdout.trim();
      assert.match(token, /^pst_[A-Za-z0-9_-]{40,}$/);
      const server = await startTestServer({}, temporary.url);
      try {
        const rows = await server.database.db.selectFrom('staff_tokens').selectAll().execute();
        assert.equal(rows.length, 1);
        assert.equal(rows[0].label, 'front desk');
        assert.ok(!JSON.stringify(rows).includes(token));
        const response = await server.app.request('/v1/moderation/queue', {
          headers: { Authorization: `Bearer ${token}` },
        });
        assert.equal(response.status, 200);
      } finally {
        await server.close();
      }
    } finally {
      await temporary.cleanup();
    }
  });

  it('revokes tokens by label, and a changed STAFF_TOKEN replaces the old one', async () => {
    const temporary = await testDatabaseUrl();
    const cli = fileURLToPath(new URL('../bin/peer-support-server.js', import.meta.url));
    const env = { ...process.env, DATABASE_URL: temporary.url };
    const server = await startTestServer({}, temporary.url);
    const opens = async (token: string) =>
      (await server.app.request('/v1/moderation/queue', { headers: { Authorization: `Bearer ${token}` } })).status;
    try {
      const token = spawnSync(process.execPath, [cli, 'create-staff-token', 'night shift'], {
        env,
        encoding: 'utf8',
      }).stdout.trim();
      assert.equal(await opens(token), 200);
      const revoked = spawnSync(process.execPath, [cli, 'revoke-staff-token', 'night shift'], {
        env,
        encoding: 'utf8',
      });
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.equal(await opens(token), 401);

      const oldSetting = 'old-staff-token-0123456789abcdef';
      const newSetting = 'new-staff-token-0123456789abcdef';
      await syncEnvironmentStaffToken(server.database.db, oldSetting);
      assert.equal(await opens(oldSetting), 200);
      await syncEnvironmentStaffToken(server.database.db, newSetting);
      assert.equal(await opens(oldSetting), 401);
      assert.equal(await opens(newSetting), 200);
    } finally {
      await server.close();
      await temporary.cleanup();
    }
  });
});
