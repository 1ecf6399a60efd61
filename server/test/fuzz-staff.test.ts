import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { openApiDocument } from '../src/openapi-document.js';
import { createStaffToken, revokeStaffTokens, syncEnvironmentStaffToken } from '../src/staff.js';
import { fuzzOptions, nastyHeaderValue } from './fuzz-arbitraries.js';
import { json, startTestServer, testDialect, visitorHeaders, type TestServer } from './helpers.js';

const STAFF_TOKEN = 'staff-token-for-fuzzing-0123456789abcdef';

/**
 * Whether an Authorization header carries exactly this token as a Bearer credential: the scheme in any case,
 * whitespace after it, and the token, nothing more (HTTP itself strips whitespace around a header's value).
 */
const presentsToken = (header: string, token: string) => header.trim().match(/^bearer\s+(\S+)$/i)?.[1] === token;

/** Every way a client may present a token that ought to be taken as that token. */
const presentations = (token: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.mixedCase(fc.constant('bearer')),
      fc.array(fc.constantFrom(' ', '\t'), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([scheme, gap, around]) => `${around}${scheme}${gap.join('')}${token}${around}`);

/**
 * Authorization headers that must not open the door for `token`: none at all, random text, and near-misses
 * (one character changed, a prefix, the end, whitespace inside, more after it, another scheme, no scheme).
 */
function wrongCredentials(token: string): fc.Arbitrary<string | undefined> {
  const at = fc.nat({ max: token.length - 1 });
  const character = fc.oneof(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
  );
  const nearMisses = [
    fc.tuple(at, character).map(([i, c]) => `Bearer ${token.slice(0, i)}${c}${token.slice(i + 1)}`),
    at.map((i) => `Bearer ${token.slice(0, i)}`),
    at.map((i) => `Bearer ${token.slice(i + 1)}`),
    fc
      .tuple(at, fc.constantFrom(' ', '\t', '\u00a0'))
      .map(([i, space]) => `Bearer ${token.slice(0, i)}${space}${token.slice(i)}`),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).map((more) => `Bearer ${token}${more}`),
    fc
      .tuple(
        fc.constantFrom(' ', '\t', ', '),
        nastyHeaderValue.filter((more) => more.trim() !== ''),
      )
      .map(([space, more]) => `Bearer ${token}${space}${more}`),
    fc
      .constantFrom('Basic', 'Token', 'Bearer:', 'Bearer-', 'Digest', 'JWT', 'Staff', 'Bearer Bearer', 'Bearer=')
      .map((scheme) => `${scheme} ${token}`),
  ];
  const oddOnes = [
    `Basic ${Buffer.from(`staff:${token}`).toString('base64')}`,
    token,
    `Bearer${token}`,
    `Bearer ${token.toUpperCase()}`,
    `Bearer "${token}"`,
    `Bearer ${token}, Bearer ${token}`,
    `Bearer ${Buffer.from(token).toString('base64')}`,
    'Bearer',
    'Bearer null',
  ];
  // Each kind its own branch, so that every one of them is tried in a run of a few dozen.
  return fc
    .oneof(
      fc.constant(undefined),
      nastyHeaderValue,
      nastyHeaderValue.map((value) => `Bearer ${value}`),
      fc.stringMatching(/^pst_[A-Za-z0-9_-]{43}$/).map((guess) => `Bearer ${guess}`),
      ...nearMisses,
      ...oddOnes.map((header) => fc.constant(header)),
    )
    .filter((header) => header === undefined || !presentsToken(header, token));
}

interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

interface StaffRoute {
  method: string;
  /** As the API document writes it, e.g. `/v1/moderation/comments/{id}/approve`. */
  template: string;
  takesBody: boolean;
}

/** The four endpoints the moderation queue calls; the API document must list at least these as staff-only. */
const KNOWN_STAFF_ROUTES = [
  'GET /v1/moderation/queue',
  'POST /v1/moderation/comments/{id}/approve',
  'POST /v1/moderation/comments/{id}/reject',
  'DELETE /v1/moderation/comments/{id}',
];

/**
 * The staff endpoints as the server's own API document declares them: an Authorization header, and a 401 for
 * a missing or wrong staff token. Read from the document so that a staff endpoint added later is fuzzed too.
 */
async function staffRoutesFromApiDocument(): Promise<StaffRoute[]> {
  const document = (await openApiDocument()) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations)
      .filter(
        ([, operation]) =>
          (operation.parameters ?? []).some(
            (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'authorization',
          ) && /staff token/i.test(operation.responses?.['401']?.description ?? ''),
      )
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        takesBody: operation.requestBody !== undefined,
      })),
  );
}

describe(`staff endpoints, fuzzed with wrong and old tokens (${testDialect})`, () => {
  let server: TestServer;
  let staffRoutes: StaffRoute[];
  before(async () => {
    server = await startTestServer({ STAFF_TOKEN, MODERATION_MODE: 'risk' });
    staffRoutes = await staffRoutesFromApiDocument();
  });
  after(() => server.close());

  it('the staff endpoints read from the API document include every one the moderation queue calls', async () => {
    const found = staffRoutes.map((route) => `${route.method} ${route.template}`);
    for (const known of KNOWN_STAFF_ROUTES) assert.ok(found.includes(known), `${known} is not among ${found}`);
    // A moderation endpoint that forgot to declare its staff header would be left out of everything below.
    const document = (await openApiDocument()) as { paths: Record<string, object> };
    for (const [template, operations] of Object.entries(document.paths).filter(([path]) =>
      path.startsWith('/v1/moderation/'),
    ))
      for (const method of Object.keys(operations))
        assert.ok(found.includes(`${method.toUpperCase()} ${template}`), `${method} ${template} is not staff-only`);
  });

  /** A comment waiting for a person (it has a link), as a staff member would find it in the queue. */
  async function heldComment(): Promise<string> {
    const response = await server.app.request('/v1/threads/fuzz%2Fstaff/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...visitorHeaders() },
      body: JSON.stringify({ body: `Please look at https://example.org/${randomUUID()}` }),
    });
    assert.equal(response.status, 202);
    return (await json(response)).comment.id;
  }

  /**
   * Every staff endpoint, aimed at one comment. Those that take a body get an empty one, which they accept:
   * were it refused as invalid (400) before the token is checked, the 401 expected below would show it.
   */
  function staffCalls(id: string) {
    assert.ok(staffRoutes.length >= KNOWN_STAFF_ROUTES.length, 'staff endpoints were read from the API document');
    return staffRoutes.map((route) => ({
      method: route.method,
      path: route.template.replace(/\{\w+\}/g, id),
      body: route.takesBody ? {} : undefined,
    }));
  }

  const call = (request: { method: string; path: string; body?: unknown }, authorization: string | undefined) =>
    server.app.request(request.path, {
      method: request.method,
      headers: { 'Content-Type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });

  /** Each staff endpoint answers 401 in the API's error shape, with nothing from the queue in it. */
  async function expectRefusedEverywhere(authorization: string | undefined, id: string): Promise<void> {
    for (const request of staffCalls(id)) {
      const response = await call(request, authorization);
      const label = `${request.method} ${request.path} with ${JSON.stringify(authorization)}`;
      assert.equal(response.status, 401, label);
      const body = await json(response);
      assert.deepEqual(Object.keys(body), ['error'], label);
      assert.match(body.error.code, /^(staff_token_required|invalid_staff_token)$/, label);
    }
  }

  /** What staff would see: the comment is still waiting in the queue, and visitors still do not see it. */
  async function expectStillWaiting(id: string): Promise<void> {
    const queue = await json(await call({ method: 'GET', path: '/v1/moderation/queue' }, `Bearer ${STAFF_TOKEN}`));
    assert.ok(
      queue.items.some((item: { comment: { id: string } }) => item.comment.id === id),
      'the held comment left the queue',
    );
    const thread = await json(await server.app.request('/v1/threads/fuzz%2Fstaff/comments'));
    assert.ok(!thread.comments.some((comment: { id: string }) => comment.id === id), 'the held comment was published');
  }

  const queueOpens = async (authorization: string) =>
    (await call({ method: 'GET', path: '/v1/moderation/queue' }, authorization)).status === 200;

  it('no token, random ones and near-misses of the real one are refused on every endpoint and change nothing', async () => {
    const id = await heldComment();
    await fc.assert(
      fc.asyncProperty(wrongCredentials(STAFF_TOKEN), fc.boolean(), async (authorization, aimAtRealComment) => {
        // A comment that does not exist gets the same 401: a wrong token learns nothing about what exists.
        await expectRefusedEverywhere(authorization, aimAtRealComment ? id : randomUUID());
      }),
      fuzzOptions(60),
    );
    await expectStillWaiting(id);
    const approved = await call(
      { method: 'POST', path: `/v1/moderation/comments/${id}/approve` },
      `Bearer ${STAFF_TOKEN}`,
    );
    assert.equal(approved.status, 200);
    const thread = await json(await server.app.request('/v1/threads/fuzz%2Fstaff/comments'));
    assert.ok(thread.comments.some((comment: { id: string }) => comment.id === id));
  });

  it('the real token opens the queue however it is presented (scheme in any case, any spacing)', async () => {
    await fc.assert(
      fc.asyncProperty(presentations(STAFF_TOKEN), async (authorization) => {
        assert.ok(await queueOpens(authorization), JSON.stringify(authorization));
      }),
      fuzzOptions(20),
    );
  });

  it('a revoked token is refused on every endpoint, however it is presented; the others keep working', async () => {
    const nightShift = await createStaffToken(server.database.db, 'night shift');
    assert.ok(await queueOpens(`Bearer ${nightShift}`));
    assert.equal(await revokeStaffTokens(server.database.db, 'night shift'), 1);
    const id = await heldComment();
    await fc.assert(
      fc.asyncProperty(fc.oneof(presentations(nightShift), wrongCredentials(nightShift)), async (authorization) => {
        await expectRefusedEverywhere(authorization, id);
      }),
      fuzzOptions(30),
    );
    await expectStillWaiting(id);
    assert.ok(await queueOpens(`Bearer ${STAFF_TOKEN}`));
  });

  it('a STAFF_TOKEN replaced by a new setting is refused everywhere, however presented; the new one works', async () => {
    const oldSetting = 'old-staff-setting-0123456789abcdef';
    const newSetting = 'new-staff-setting-0123456789abcdef';
    await syncEnvironmentStaffToken(server.database.db, oldSetting);
    assert.ok(await queueOpens(`Bearer ${oldSetting}`));
    await syncEnvironmentStaffToken(server.database.db, newSetting);
    const id = await heldComment();
    await fc.assert(
      fc.asyncProperty(fc.oneof(presentations(oldSetting), wrongCredentials(newSetting)), async (authorization) => {
        await expectRefusedEverywhere(authorization, id);
      }),
      fuzzOptions(30),
    );
    await expectStillWaiting(id);
    await fc.assert(
      fc.asyncProperty(presentations(newSetting), async (authorization) => {
        assert.ok(await queueOpens(authorization), JSON.stringify(authorization));
      }),
      fuzzOptions(10),
    );
    // Unsetting STAFF_TOKEN takes it away too.
    await syncEnvironmentStaffToken(server.database.db, undefined);
    await expectRefusedEverywhere(`Bearer ${newSetting}`, id);
  });
});
