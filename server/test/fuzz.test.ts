import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { gunzipSync, inflateSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  apiRoutes,
  fillTemplate,
  fuzzOptions,
  jsonText,
  method,
  mutatedBody,
  nastyHeaderValue,
  nastyText,
  pathSegment,
  percentEncode,
  queryString,
  requestBody,
  spoofedForwardedFor,
  visitorId,
  type ApiRoute,
  type FuzzBody,
} from './fuzz-arbitraries.js';
import { normaliseMeetingGuide } from '../../src/api/meeting-guide.js';
import { replaceGroups } from '../src/groups.js';
import { json, startTestServer, testDialect, visitorHeaders, type TestServer } from './helpers.js';

const STAFF_TOKEN = 'staff-token-for-fuzzing-0123456789';
const PARTICIPANT_TOKEN = 'participant-token-for-fuzzing-0123456789';

/** A body each write route accepts as it is; the fuzzer starts from these and bends them. */
const EXAMPLE_BODIES: Record<string, Record<string, unknown>> = {
  'POST /v1/threads/{thread}/comments': { body: 'Thank you for sharing this.', name: 'Sam' },
  'POST /v1/check-ins': { answers: { mood: 3, sleep: 7 }, note: 'A calmer day.', recordedAt: '2024-05-01T10:00:00Z' },
  'PATCH /v1/comments/{id}': { body: 'Edited words.' },
  'POST /v1/comments/{id}/reactions': { kind: 'support' },
  'POST /v1/comments/{id}/reports': { reason: 'spam', note: 'Selling things.' },
  'POST /v1/moderation/comments/{id}/reject': { reason: 'Off topic.' },
};

/** Query strings each read route accepts as they are. */
const VALID_QUERIES: Record<string, string[]> = {
  'GET /v1/threads/counts': ['?ids=fuzz/thread,other/thread'],
  'GET /v1/geocode': ['?q=Spokane', '?q=99201'],
  'GET /v1/threads/{thread}/comments': ['', '?sort=newest&limit=1', '?sort=supported&limit=1'],
  'GET /v1/check-ins': ['', '?limit=1'],
  'GET /v1/crisis-resources': ['', '?region=US-WA&locale=es'],
  'GET /v1/moderation/queue': ['', '?limit=2'],
};

interface FuzzComment {
  id: string;
  editToken: string;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

/** The body as a client reads it: some routes gzip their answers (errors included) when asked to. */
async function decodedText(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  if (!encoding || bytes.length === 0) return bytes.toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  if (encoding === 'deflate') return inflateSync(bytes).toString('utf8');
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

/**
 * The answer is not a server failure, and if it is an error it is the API's JSON error shape
 * (`{ "error": { "code", "message", "fields"? } }`) and nothing else: no HTML, no stack trace.
 */
async function expectWellFormedAnswer(response: Response, method: string, label: string): Promise<void> {
  const text = await decodedText(response);
  assert.ok(response.status < 500, `${label} answered ${response.status}: ${text.slice(0, 300)}`);
  if (response.status < 400) return;
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/, `${label}: ${response.status}`);
  if (method.toUpperCase() === 'HEAD') return;
  const body = JSON.parse(text) as { error?: Record<string, unknown> };
  assert.deepEqual(Object.keys(body), ['error'], `${label}: ${text}`);
  const error = body.error!;
  assert.ok(
    Object.keys(error).every((key) => ['code', 'message', 'fields'].includes(key)),
    `${label}: ${text}`,
  );
  assert.match(String(error.code), /^[a-z0-9_]+$/, `${label}: ${text}`);
  assert.ok(typeof error.message === 'string' && error.message.length > 0, `${label}: ${text}`);
  assert.doesNotMatch(error.message, /\n\s+at /, `${label}: a stack trace in ${text}`);
  if (error.fields !== undefined) {
    assert.equal(typeof error.fields, 'object', `${label}: ${text}`);
    for (const value of Object.values(error.fields as object))
      assert.equal(typeof value, 'string', `${label}: ${text}`);
  }
}

const routes = await apiRoutes();
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const participant = { authorization: `Bearer ${PARTICIPANT_TOKEN}` };

describe(`fuzzing every route with hostile requests (${testDialect})`, () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ STAFF_TOKEN, MODERATION_MODE: 'risk', ALLOWED_ORIGINS: 'https://clinic.example' });
    const feed = [
      { name: 'Riverside Peer Circle', slug: 'riverside-peer-circle', day: 1, time: '18:30', types: ['O'] },
      { name: 'Online Cafe', slug: 'online-cafe', day: 0, time: '10:00', conference_url: 'https://meet.example' },
    ];
    await replaceGroups(server.database.db, normaliseMeetingGuide(feed, 'UTC').groups);
    const checkIn = await server.app.request('/v1/check-ins', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${PARTICIPANT_TOKEN}`,
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({ answers: { mood: 4 } }),
    });
    assert.equal(checkIn.status, 201);
  });
  after(() => server.close());

  /**
   * Comments that exist, with the edit tokens their authors hold, so fuzzing reaches past "not found". Each
   * route gets fresh ones: the fuzzer deletes, edits and rejects the ones it is given.
   */
  async function freshComments(): Promise<FuzzComment[]> {
    const made: FuzzComment[] = [];
    for (const body of ['A published comment.', 'Held: see https://a.example and https://b.example', 'Hello.']) {
      const response = await server.app.request('/v1/threads/fuzz%2Fthread/comments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders() },
        body: JSON.stringify({ body }),
      });
      const created = await json(response);
      made.push({ id: created.comment.id, editToken: created.editToken });
    }
    return made;
  }

  const send = (request: FuzzRequest) =>
    server.app.request(request.path, {
      method: request.method,
      headers: request.headers,
      // Browsers and fetch refuse a body on GET and HEAD, so no client can send one.
      body: ['GET', 'HEAD'].includes(request.method.toUpperCase()) ? undefined : request.body,
    });
  const describeRequest = (request: FuzzRequest) => `${request.method} ${request.path.slice(0, 200)}`;

  /** Plausible most of the time, hostile otherwise: most requests then differ from a valid one in a place or two. */
  const mostly = <T>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostile });

  function headersArbitrary(subject: FuzzComment): fc.Arbitrary<Record<string, string>> {
    const authorization = mostly(
      fc.oneof(
        fc.constantFrom(STAFF_TOKEN, PARTICIPANT_TOKEN, subject.editToken).map((token) => `Bearer ${token}`),
        fc.stringMatching(/^[A-Za-z0-9_-]{32,64}$/).map((token) => `Bearer ${token}`),
      ),
      fc.oneof(
        nastyHeaderValue.map((value) => `Bearer ${value}`),
        nastyHeaderValue,
        fc.constantFrom('Bearer', 'Basic dXNlcjpwYXNz', `bearer ${STAFF_TOKEN} ${STAFF_TOKEN}`, 'Bearer\tx'),
      ),
    );
    const idempotencyKey = mostly(
      fc.uuid(),
      fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9._:-]{16,200}$/),
        // One key shared by many requests: the second use with another body must be refused, not break.
        fc.constant('the-same-key-every-time-0001'),
        nastyHeaderValue,
      ),
    );
    const headers = fc.record(
      {
        authorization,
        'idempotency-key': idempotencyKey,
        'x-visitor-id': mostly(
          fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/),
          visitorId.map((id) => id ?? ''),
        ),
        // A new address most of the time, so the rate limits (fuzzed on their own elsewhere) rarely answer first.
        'x-forwarded-for': mostly(
          fc.ipV4(),
          fc.oneof(
            spoofedForwardedFor.map((hops) => hops.join(', ')),
            nastyHeaderValue,
          ),
        ),
        'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '"1-v1"', '""'), nastyHeaderValue),
        'accept-encoding': fc.oneof(
          fc.constantFrom('gzip', 'br', 'deflate', 'gzip;q=0', 'identity', '*'),
          nastyHeaderValue,
        ),
        'accept-language': nastyHeaderValue,
        origin: fc.oneof(fc.constantFrom('https://clinic.example', 'null', 'https://evil.example'), nastyHeaderValue),
      },
      { requiredKeys: [] },
    );
    // An empty header is the same as none to the server; leave it out so the request can always be built.
    return headers.map((all) => Object.fromEntries(Object.entries(all).filter(([, value]) => value.trim() !== '')));
  }

  function plausibleParam(name: string, subject: FuzzComment): fc.Arbitrary<string> {
    if (name === 'id') return fc.oneof({ weight: 3, arbitrary: fc.constant(subject.id) }, fc.uuid());
    if (name === 'thread')
      return fc.oneof(
        fc.constantFrom('fuzz%2Fthread', 'articles%2Fwhat-is-peer-support'),
        fc.stringMatching(/^[A-Za-z0-9/_.:~-]{1,60}$/).map(percentEncode),
      );
    return fc.oneof(fc.constantFrom('riverside-peer-circle', 'online-cafe'), fc.stringMatching(/^[a-z0-9-]{1,40}$/));
  }

  /** A request for one route, about one of the given comments (the subject) where the route takes an id. */
  const requestArbitrary = (route: ApiRoute, comments: FuzzComment[]): fc.Arbitrary<FuzzRequest> =>
    fc.constantFrom(...comments).chain((subject) => requestAbout(route, subject));

  function requestAbout(route: ApiRoute, subject: FuzzComment): fc.Arbitrary<FuzzRequest> {
    const key = `${route.method} ${route.template}`;
    const params = fc.record(
      Object.fromEntries(
        route.params.map((name) => [
          name,
          mostly(plausibleParam(name, subject), pathSegment(nastyText.map(percentEncode))),
        ]),
      ),
    );
    // Even odds here: the query is most of what a read route takes in.
    const query = fc.oneof(fc.constantFrom(...(VALID_QUERIES[key] ?? [''])), queryString(route.query));
    const example = EXAMPLE_BODIES[key];
    const body = mostly<FuzzBody>(
      (example ? mutatedBody(example) : jsonText).map((text) => ({ text, contentType: 'application/json' })),
      requestBody(example),
    );
    return fc
      .record({ method: method(route.method), params, query, body, headers: headersArbitrary(subject) })
      .map(({ method: chosen, params: values, query: search, body: { text, contentType }, headers }) => ({
        method: chosen,
        path: `${fillTemplate(route.template, values)}${search}`,
        headers: contentType === undefined ? headers : { ...headers, 'content-type': contentType },
        body: text,
      }));
  }

  it('reads the routes to fuzz from the API document', () => {
    const listed = routes.map((route) => `${route.method} ${route.template}`);
    for (const expected of [
      'GET /healthz',
      'POST /v1/threads/{thread}/comments',
      'PATCH /v1/comments/{id}',
      'POST /v1/check-ins',
      'POST /v1/moderation/comments/{id}/reject',
      'GET /v1/groups/{slug}',
    ])
      assert.ok(listed.includes(expected), `${expected} is not in ${listed.join(', ')}`);
  });

  for (const route of routes) {
    it(`${route.method} ${route.template}: hostile requests never get a 5xx, and errors are JSON in the API's shape`, async () => {
      const comments = await freshComments();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, comments), async (request) => {
          await expectWellFormedAnswer(await send(request), request.method, describeRequest(request));
        }),
        fuzzOptions(100),
      );
      if (route.query.length === 0) return;
      // The query is all a read route takes in: fuzz it alone too, so its parameters meet in every combination.
      const path = fillTemplate(route.template, { thread: 'fuzz%2Fthread', id: comments[0].id, slug: 'online-cafe' });
      await fc.assert(
        fc.asyncProperty(queryString(route.query), async (query) => {
          const request = { method: route.method, path: `${path}${query}`, headers: {} };
          await expectWellFormedAnswer(await send(request), request.method, describeRequest(request));
        }),
        fuzzOptions(200),
      );
    });
  }

  it('the hostile inputs the issue names get the exact refusal, as JSON, whatever the seed', async () => {
    const comments = '/v1/threads/named/comments';
    const post = (body: BodyInit, contentType?: string) =>
      send({
        method: 'POST',
        path: comments,
        headers: { 'idempotency-key': randomUUID(), ...(contentType ? { 'content-type': contentType } : {}) },
        body,
      });
    const get = (path: string, headers: Record<string, string> = {}) => send({ method: 'GET', path, headers });
    const cases: Array<[string, () => Response | Promise<Response>, number, string?]> = [
      ['limit=-1', () => get(`${comments}?limit=-1`), 400, 'limit'],
      ['limit=1e9', () => get(`${comments}?limit=1e9`), 400, 'limit'],
      ['repeated keys', () => get(`${comments}?limit=1&limit=2`), 400, 'limit'],
      ['cursor=garbage', () => get(`${comments}?cursor=garbage`), 400, 'cursor'],
      ['sorted by support, cursor=garbage', () => get(`${comments}?sort=supported&cursor=garbage`), 400, 'cursor'],
      ['check-ins cursor=garbage', () => get('/v1/check-ins?cursor=garbage', participant), 400, 'cursor'],
      ['malformed JSON', () => post('{"body":', 'application/json'), 400],
      ['text/plain', () => post('{"body":"hi"}', 'text/plain'), 415],
      ['no content type', () => post(new Blob(['{"body":"hi"}'])), 415],
      ['a form', () => post('body=hi', 'application/x-www-form-urlencoded'), 415],
      ['__proto__ key', () => post('{"body":"hi","__proto__":{"polluted":true}}', 'application/json'), 400],
      ['constructor key', () => post('{"body":"hi","constructor":{"prototype":{"x":1}}}', 'application/json'), 400],
      ['an array for an object', () => post('[{"body":"hi"}]', 'application/json'), 400],
      [
        'a number as a string',
        () => post('{"body":"hi","startedAt":"1700000000000"}', 'application/json'),
        400,
        'startedAt',
      ],
      ['deep nesting', () => post(`${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'application/json'), 400],
      ['a huge body', () => post(JSON.stringify({ body: 'x'.repeat(70_000) }), 'application/json'), 413],
      ['NUL', () => post(JSON.stringify({ body: 'a\0b' }), 'application/json'), 400, 'body'],
      ['%00 in a path', () => get('/v1/groups/%00'), 400, 'slug'],
      ['double encoding', () => get('/v1/threads/a%252Fb/comments'), 400, 'thread'],
      ['.. out of the API', () => get('/v1/../../etc/passwd'), 404],
      ['an odd method', () => send({ method: 'PROPFIND', path: '/v1/groups', headers: {} }), 404],
    ];
    for (const [label, request, status, field] of cases) {
      const response = await request();
      assert.equal(response.status, status, label);
      await expectWellFormedAnswer(response.clone(), 'POST', label);
      if (field) assert.ok((await json(response)).error.fields?.[field], `${label}: no message for ${field}`);
    }
  });

  const oddPath = fc.oneof(
    fc
      .tuple(fc.constantFrom(...routes.map((route) => route.template)), pathSegment(nastyText.map(percentEncode)))
      .map(([template, junk]) => template.replace(/\{\w+\}/g, junk)),
    fc
      .tuple(
        fc.constantFrom('/v1', '/v1/threads', '/v1/moderation', '/V1', '', '/healthz'),
        fc.array(pathSegment(nastyText), { maxLength: 5 }),
      )
      .map(([prefix, segments]) => `${prefix}/${segments.join('/')}`),
    fc.constantFrom(
      '/v1//groups',
      '/v1/groups/',
      '/v1/../v1/moderation/queue',
      '/v1/%2e%2e/%2e%2e/etc/passwd',
      '/v1/openapi.json%00',
      '/.env',
      '/v1/moderation/queue/..%2F..%2Fhealthz',
      `/v1/${'a/'.repeat(5_000)}`,
    ),
  );

  it('odd paths anywhere (traversal, NUL, double encoding, very long) answer a JSON error, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        oddPath,
        queryString(),
        fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PUT'),
        async (path, query, chosenMethod) => {
          const request = { method: chosenMethod, path: `${path}${query}`, headers: {}, body: '{}' };
          await expectWellFormedAnswer(await send(request), chosenMethod, describeRequest(request));
        },
      ),
      fuzzOptions(150),
    );
  });

  it('is still up after all of that, and no __proto__ or constructor key reached a prototype', async () => {
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_KEYS);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((await server.app.request('/healthz')).status, 200);
    const response = await server.app.request('/v1/threads/after%2Ffuzzing/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders() },
      body: JSON.stringify({ body: 'Still here, and glad of it.' }),
    });
    assert.equal(response.status, 201);
  });
});
