import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { json, newVisitor, startTestServer, testDialect, type TestServer, visitorHeaders } from './helpers.js';

describe(`comments (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ MODERATION_MODE: 'risk' })));
  after(() => server.close());

  // Each post comes from a different visitor unless a test says otherwise (rate limits are per visitor).
  const post = (thread: string, body: unknown, key: string = randomUUID(), visitor: string = newVisitor()) =>
    server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...visitorHeaders(visitor) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  // Thread ids are page paths, so clients percent-encode them ("/" as %2F) into one path segment.
  const list = async (thread: string, query = '') =>
    json(await server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments${query}`));

  it('publishes a plain comment (201) with an edit token, and lists it', async () => {
    const response = await post('articles/welcome', { body: 'Thank you for this.\nIt helped.', name: 'River' });
    assert.equal(response.status, 201);
    const created = await json(response);
    assert.equal(created.held, false);
    assert.equal(created.comment.name, 'River');
    assert.equal(created.comment.body, 'Thank you for this.\nIt helped.');
    assert.match(created.editToken, /^[A-Za-z0-9_-]{40,}$/);
    assert.ok(Date.parse(created.editableUntil) > Date.now() + 14 * 60_000);
    const { comments } = await list('articles/welcome');
    assert.deepEqual(comments, [created.comment]);
  });

  it('names an unnamed commenter "Anonymous"', async () => {
    const { comment } = await json(await post('articles/anon', { body: 'Hello' }));
    assert.equal(comment.name, 'Anonymous');
  });

  it('holds crisis language for care (202, reason "care") and does not publish it', async () => {
    const response = await post('articles/care', { body: 'Honestly I want to end my life.' });
    assert.equal(response.status, 202);
    const body = await json(response);
    assert.equal(body.held, true);
    assert.equal(body.reason, 'care');
    assert.deepEqual((await list('articles/care')).comments, []);
  });

  it('holds crisis language in Spanish and French for care too, and publishes their figures of speech', async () => {
    for (const [thread, words] of [
      ['articles/care-es', 'A veces quiero morir.'],
      ['articles/care-fr', 'Certains soirs, j’ai envie d’en finir.'],
    ]) {
      const held = await json(await post(thread, { body: words }));
      assert.equal(held.reason, 'care', words);
      assert.deepEqual((await list(thread)).comments, [], words);
    }
    const laughing = await post('articles/care-fr', { body: 'Je suis mort de rire en lisant ça !' });
    assert.equal(laughing.status, 201);
  });

  it('holds a comment with a link, refuses one with too many', async () => {
    const oneLink = await post('articles/links', { body: 'See https://example.org/meetings for times.' });
    assert.equal(oneLink.status, 202);
    assert.equal((await json(oneLink)).reason, 'links');
    const many = await post('articles/links', { body: 'a https://a.example b https://b.example c https://c.example' });
    assert.equal(many.status, 422);
    assert.equal((await json(many)).error.code, 'too_many_links');
  });

  it('stores a retried post with the same idempotency key once', async () => {
    const key = randomUUID();
    const first = await json(await post('articles/retry', { body: 'Only once, please.' }, key));
    const again = await post('articles/retry', { body: 'Only once, please.' }, key);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal((await json(again)).comment.id, first.comment.id);
    assert.equal((await list('articles/retry')).comments.length, 1);
  });

  it('replies to a comment in the same thread only', async () => {
    const { comment: parent } = await json(await post('articles/replies', { body: 'First' }));
    const reply = await post('articles/replies', { body: 'A reply', parentId: parent.id });
    assert.equal(reply.status, 201);
    assert.equal((await json(reply)).comment.parentId, parent.id);
    const elsewhere = await post('articles/other', { body: 'Wrong thread', parentId: parent.id });
    assert.equal(elsewhere.status, 400);
    assert.ok((await json(elsewhere)).error.fields.parentId);
  });

  it('refuses bots: a filled honeypot or a form sent faster than a person can', async () => {
    const honeypot = await post('articles/bots', { body: 'Buy now', website: 'http://spam.example' });
    assert.equal(honeypot.status, 422);
    const fast = await post('articles/bots', { body: 'Hello', startedAt: Date.now() - 100 });
    assert.equal(fast.status, 422);
    assert.equal((await json(fast)).error.code, 'too_fast');
    const human = await post('articles/bots', { body: 'Hello', startedAt: Date.now() - 30_000 });
    assert.equal(human.status, 201);
  });

  it('answers bad input with 400 JSON and field errors', async () => {
    const cases: Array<[unknown, string]> = [
      [{ body: '' }, 'body'],
      [{ body: '   ' }, 'body'],
      [{ body: 'x'.repeat(5001) }, 'body'],
      [{ body: 42 }, 'body'],
      [{ body: 'ok', name: 'n'.repeat(61) }, 'name'],
      [{ body: 'ok', parentId: 'not-a-uuid' }, 'parentId'],
      [{ text: 'wrong field' }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await post('articles/bad', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      const error = (await json(response)).error;
      assert.ok(
        Object.keys(error.fields ?? {}).some((f) => f === field || f === 'body'),
        `${JSON.stringify(body)} → ${JSON.stringify(error)}`,
      );
    }
    assert.equal((await post('articles/bad', '{"body":')).status, 400);
    assert.equal((await post('bad thread!', { body: 'x' })).status, 400);
  });

  it('treats hostile text as text: stored and returned exactly, never interpreted', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202Eevil';
    const { comment } = await json(await post('articles/hostile', { body: hostile, name: '<b>name</b>' }));
    assert.equal(comment.body, hostile);
    assert.equal(comment.name, '<b>name</b>');
  });

  it('pages oldest or newest first with a cursor', async () => {
    for (let i = 1; i <= 5; i++) await post('articles/paging', { body: `comment ${i}` });
    const first = await list('articles/paging', '?limit=2');
    assert.deepEqual(
      first.comments.map((c: { body: string }) => c.body),
      ['comment 1', 'comment 2'],
    );
    const second = await list('articles/paging', `?limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(
      second.comments.map((c: { body: string }) => c.body),
      ['comment 3', 'comment 4'],
    );
    const newest = await list('articles/paging', '?sort=newest&limit=1');
    assert.equal(newest.comments[0].body, 'comment 5');
  });

  it('counts published comments for many threads in one call', async () => {
    await post('articles/count-a', { body: 'one' });
    await post('articles/count-a', { body: 'two' });
    await post('articles/count-a', { body: 'I want to kill myself' });
    const { counts } = await json(
      await server.app.request(`/v1/threads/counts?ids=${encodeURIComponent('articles/count-a,articles/count-none')}`),
    );
    assert.deepEqual(counts, { 'articles/count-a': 2, 'articles/count-none': 0 });
  });

  it('limits how fast one visitor can post, kindly, with Retry-After', async () => {
    const visitor = newVisitor();
    for (let i = 1; i <= 5; i++)
      assert.equal((await post('articles/fast', { body: `note ${i}` }, randomUUID(), visitor)).status, 201);
    const sixth = await post('articles/fast', { body: 'note 6' }, randomUUID(), visitor);
    assert.equal(sixth.status, 429);
    assert.ok(Number(sixth.headers.get('retry-after')) > 0);
    const error = (await json(sixth)).error;
    assert.equal(error.code, 'rate_limited');
    assert.match(error.message, /try again/);
    // Someone else is not slowed down by it.
    assert.equal((await post('articles/fast', { body: 'another person' })).status, 201);
  });

  it('refuses the same text from the same visitor twice in a row (409), but a retry with its key replays', async () => {
    const visitor = newVisitor();
    const key = randomUUID();
    assert.equal((await post('articles/dup', { body: 'Same words' }, key, visitor)).status, 201);
    assert.equal((await post('articles/dup', { body: 'Same words' }, key, visitor)).status, 201);
    const again = await post('articles/dup', { body: 'Same words' }, randomUUID(), visitor);
    assert.equal(again.status, 409);
    assert.equal((await json(again)).error.code, 'duplicate');
  });

  it('in "all" mode holds every comment for review', async () => {
    const strict = await startTestServer({ MODERATION_MODE: 'all' });
    try {
      const response = await strict.app.request('/v1/threads/t/comments', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': randomUUID(),
          ...visitorHeaders(newVisitor()),
        },
        body: JSON.stringify({ body: 'Hello' }),
      });
      assert.equal(response.status, 202);
      assert.equal((await json(response)).reason, 'review');
    } finally {
      await strict.close();
    }
  });
});
