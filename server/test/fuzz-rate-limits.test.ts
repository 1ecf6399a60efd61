import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, it, mock } from 'node:test';
import fc from 'fast-check';
import { LIMITS } from '../src/http/rate-limit.js';
import { freshAddress, fuzzOptions, spoofedForwardedFor, visitorId } from './fuzz-arbitraries.js';
import { json, startTestServer, testDialect, visitorHeaders, type TestServer } from './helpers.js';

/**
 * One sender's identity as a script would vary it: a made-up device id per request, and made-up entries in
 * X-Forwarded-For before the address the (one trusted) proxy appends, which is the only part it cannot forge.
 */
const disguise = fc.record({ device: visitorId, spoofed: spoofedForwardedFor });
type Disguise = { device: string | undefined; spoofed: string[] };

function disguisedHeaders(address: string, { device, spoofed }: Disguise): Record<string, string> {
  const headers: Record<string, string> = { 'X-Forwarded-For': [...spoofed, address].join(', ') };
  if (device !== undefined && device.trim() !== '') headers['X-Visitor-Id'] = device;
  return headers;
}

/** Seconds until the fixed window that holds "now" ends: what Retry-After must say. */
const secondsLeftInWindow = (windowMs: number) => Math.ceil((windowMs - (Date.now() % windowMs)) / 1000);

/** Where every test's clock starts: one second into an hour. */
const START_OF_TEST = Date.UTC(2030, 0, 1, 9, 0, 1);
const HOUR = 3_600_000;

/**
 * Pauses between one sender's posts: each over a fifth of a minute, so no six of them share a minute's window
 * (the per-minute limit stays out of the way), and thirty of them still end inside the hour they started in.
 */
const pausesWithinTheHour = (count: number) =>
  fc.array(fc.integer({ min: 12_001, max: Math.floor((HOUR - 1_000) / count) }), {
    minLength: count,
    maxLength: count,
  });

describe(`rate limits hold under fuzzed identities (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ MODERATION_MODE: 'risk' })));
  after(() => server.close());
  beforeEach(() => {
    // Time stands still (one second into an hour) unless a test moves it: every run then falls inside one
    // limit window, whatever the wall clock does, and Retry-After can be checked exactly.
    mock.timers.enable({ apis: ['Date'], now: START_OF_TEST });
  });
  afterEach(() => mock.timers.reset());

  const post = (thread: string, body: string, headers: Record<string, string>) =>
    server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
      body: JSON.stringify({ body }),
    });

  async function expectLimited(response: Response, windowMs: number, label: string): Promise<void> {
    assert.equal(response.status, 429, label);
    assert.equal((await json(response)).error.code, 'rate_limited', label);
    assert.equal(response.headers.get('retry-after'), String(secondsLeftInWindow(windowMs)), label);
  }

  it('posts from one address stay limited to 5 a minute, whatever device ids and forwarded-for entries it claims', async () => {
    const { max, windowMs } = LIMITS.commentPerMinute;
    await fc.assert(
      fc.asyncProperty(
        fc.array(disguise, { minLength: max + 1, maxLength: max + 4 }),
        fc.array(fc.constantFrom('limits/a', 'limits/b', 'limits/c'), { minLength: max + 4, maxLength: max + 4 }),
        async (disguises, threads) => {
          const address = freshAddress();
          for (const [i, each] of disguises.entries()) {
            const response = await post(threads[i], `Message ${i} from ${address}`, disguisedHeaders(address, each));
            const label = `post ${i + 1} ${JSON.stringify(each)}`;
            if (i < max) assert.equal(response.status, 201, label);
            else await expectLimited(response, windowMs, label);
          }
          // Retry-After is honest: once that many seconds have passed, the same address may post again.
          mock.timers.tick(secondsLeftInWindow(windowMs) * 1000);
          const later = await post('limits/a', `Later, from ${address}`, disguisedHeaders(address, disguises[0]));
          assert.equal(later.status, 201);
        },
      ),
      fuzzOptions(8),
    );
  });

  it('posts from one address stop at 30 an hour, even when no minute holds more than 5 of them', async () => {
    const { max, windowMs } = LIMITS.commentPerHour;
    assert.ok(max > LIMITS.commentPerMinute.max, 'the hourly limit is the larger one');
    await fc.assert(
      fc.asyncProperty(
        fc.array(disguise, { minLength: max + 1, maxLength: max + 1 }),
        pausesWithinTheHour(max),
        async (disguises, pauses) => {
          // Each run starts its own hour, so earlier runs' time never carries it over into the next one.
          mock.timers.setTime(START_OF_TEST);
          const address = freshAddress();
          for (const [i, each] of disguises.entries()) {
            const label = `post ${i + 1} at ${new Date(Date.now()).toISOString()} ${JSON.stringify(each)}`;
            const headers = disguisedHeaders(address, each);
            const response = await post(`limits/hourly-${i % 3}`, `Message ${i} from ${address}`, headers);
            if (i < max) assert.equal(response.status, 201, label);
            else await expectLimited(response, windowMs, label);
            if (i < pauses.length) mock.timers.tick(pauses[i]);
          }
          assert.ok(Date.now() < START_OF_TEST - 1_000 + HOUR, 'every post fell inside one hour');
          // Once Retry-After has passed, the next hour lets the same address post again.
          mock.timers.tick(secondsLeftInWindow(windowMs) * 1000);
          const later = await post(
            'limits/hourly-0',
            `Next hour, from ${address}`,
            disguisedHeaders(address, disguises[0]),
          );
          assert.equal(later.status, 201);
        },
      ),
      fuzzOptions(3),
    );
  });

  it('support from one address stops at 60 a minute, and rotating device ids cannot count more than that', async () => {
    const { max, windowMs } = LIMITS.reaction;
    await fc.assert(
      fc.asyncProperty(fc.array(disguise, { minLength: max + 1, maxLength: max + 3 }), async (disguises) => {
        const thread = `limits/support-${randomUUID()}`;
        const created = await json(await post(thread, 'Thank you all.', visitorHeaders()));
        const address = freshAddress();
        const counted = new Set<string>();
        for (const [i, each] of disguises.entries()) {
          const response = await server.app.request(`/v1/comments/${created.comment.id}/reactions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...disguisedHeaders(address, each) },
            body: JSON.stringify({ kind: 'support' }),
          });
          const label = `reaction ${i + 1} ${JSON.stringify(each)}`;
          if (i >= max) {
            await expectLimited(response, windowMs, label);
            continue;
          }
          assert.equal(response.status, 200, label);
          // One per device; a request without a usable device id counts as its address.
          const device = each.device?.trim() ?? '';
          counted.add(/^[A-Za-z0-9_-]{16,100}$/.test(device) ? `device:${device}` : 'address');
        }
        const { comments } = await json(await server.app.request(`/v1/threads/${encodeURIComponent(thread)}/comments`));
        assert.equal(comments[0].reactions.support, counted.size);
        assert.ok(comments[0].reactions.support <= max);
      }),
      fuzzOptions(3),
    );
  });

  it('reports from one address stop at 10 an hour, so a flood cannot hide more comments than that', async () => {
    const { max, windowMs } = LIMITS.report;
    await fc.assert(
      fc.asyncProperty(fc.array(disguise, { minLength: max + 2, maxLength: max + 2 }), async (disguises) => {
        const thread = `limits/reports-${randomUUID()}`;
        const ids: string[] = [];
        for (let i = 0; i < disguises.length; i++)
          ids.push((await json(await post(thread, `Comment ${i}`, visitorHeaders()))).comment.id);
        const address = freshAddress();
        for (const [i, each] of disguises.entries()) {
          const response = await server.app.request(`/v1/comments/${ids[i]}/reports`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...disguisedHeaders(address, each) },
            body: JSON.stringify({ reason: 'spam' }),
          });
          const label = `report ${i + 1} ${JSON.stringify(each)}`;
          if (i < max) assert.equal(response.status, 202, label);
          else await expectLimited(response, windowMs, label);
        }
        // Reported comments wait for a person; the ones past the limit are still there for everyone.
        const query = `/v1/threads/${encodeURIComponent(thread)}/comments?limit=100`;
        const { comments } = await json(await server.app.request(query));
        // (Time stands still here, so they tie on creation time and list in id order.)
        assert.deepEqual(comments.map((comment: { id: string }) => comment.id).sort(), ids.slice(max).sort());
      }),
      fuzzOptions(2),
    );
  });

  it('check-ins from one address stop at 300 an hour, however many participant tokens it makes up', async () => {
    const { max, windowMs } = LIMITS.checkInPerAddress;
    await fc.assert(
      fc.asyncProperty(spoofedForwardedFor, fc.integer({ min: 1, max: 3 }), async (spoofed, extra) => {
        const address = freshAddress();
        const send = () =>
          server.app.request('/v1/check-ins', {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'Idempotency-Key': randomUUID(),
              Authorization: `Bearer participant-${randomUUID()}`,
              ...disguisedHeaders(address, { device: undefined, spoofed }),
            },
            body: JSON.stringify({ answers: { mood: 3 } }),
          });
        for (let i = 0; i < max; i++) assert.equal((await send()).status, 201, `check-in ${i + 1}`);
        for (let i = 0; i < extra; i++) await expectLimited(await send(), windowMs, `check-in ${max + i + 1}`);
      }),
      fuzzOptions(2),
    );
  });

  it('check-ins for one participant stop at 30 an hour, from however many addresses they come', async () => {
    const { max, windowMs } = LIMITS.checkIn;
    await fc.assert(
      fc.asyncProperty(
        fc.array(spoofedForwardedFor, { minLength: max + 2, maxLength: max + 2 }),
        pausesWithinTheHour(max + 1),
        async (spoofs, pauses) => {
          mock.timers.setTime(START_OF_TEST);
          const token = `participant-${randomUUID()}`;
          const send = (participantToken: string, spoofed: string[]) =>
            server.app.request('/v1/check-ins', {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                'Idempotency-Key': randomUUID(),
                Authorization: `Bearer ${participantToken}`,
                // A new address every time: the per-address limit never comes near.
                ...disguisedHeaders(freshAddress(), { device: undefined, spoofed }),
              },
              body: JSON.stringify({ answers: { mood: 3 } }),
            });
          for (const [i, spoofed] of spoofs.entries()) {
            const label = `check-in ${i + 1} at ${new Date(Date.now()).toISOString()}`;
            if (i < max) assert.equal((await send(token, spoofed)).status, 201, label);
            else await expectLimited(await send(token, spoofed), windowMs, label);
            if (i < pauses.length) mock.timers.tick(pauses[i]);
          }
          assert.ok(Date.now() < START_OF_TEST - 1_000 + HOUR, 'every check-in fell inside one hour');
          // The limit is this participant's alone: someone else checks in as usual meanwhile.
          assert.equal((await send(`participant-${randomUUID()}`, spoofs[0])).status, 201, 'another participant');
          // And once Retry-After has passed, this participant may check in again.
          mock.timers.tick(secondsLeftInWindow(windowMs) * 1000);
          assert.equal((await send(token, spoofs[0])).status, 201, 'the next hour');
        },
      ),
      fuzzOptions(3),
    );
  });
});
