import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { apiRoutes, fillTemplate, fuzzOptions, nastyHeaderValue } from './fuzz-arbitraries.js';
import { startTestServer, testDialect, type TestServer } from './helpers.js';

const ALLOWED = 'https://clinic.example';

/** Origins a browser could send that are not the clinic's, many of them made to look like it. */
const LOOK_ALIKES = [
  ...['http://clinic.example', 'https://clinic.example:8443', 'https://clinic.example:443', 'wss://clinic.example'],
  ...['https://clinic.example/', 'https://clinic.example/path', 'https://clinic.example.', 'https://clinic.example?'],
  ...['https://clinic.example.evil.example', 'https://sub.clinic.example', 'https://evil-clinic.example'],
  ...['https://clinic.examplee', 'https://clinic.exampl', 'https://xclinic.example', 'https://clinic-example'],
  ...['HTTPS://CLINIC.EXAMPLE', 'https://Clinic.example', 'https://xn--clnic-9ua.example', 'null', '*'],
  ...['https://user@clinic.example', 'https://clinic.example@evil.example', 'https://clinic.example%2F@evil.example'],
  ...['https://clinic.example,https://evil.example', 'https://clinic.example https://evil.example'],
  ...['file://', 'chrome-extension://clinic', 'https://evil.example'],
];

const otherOrigin: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...LOOK_ALIKES),
    fc.integer({ min: 1, max: 65_535 }).map((port) => `${ALLOWED}:${port}`),
    fc.domain().map((domain) => `${ALLOWED}.${domain}`),
    fc.domain().map((domain) => `https://${domain}`),
    fc.webUrl().map((url) => new URL(url).origin),
    fc
      .tuple(fc.nat({ max: ALLOWED.length - 1 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }))
      .map(([at, character]) => `${ALLOWED.slice(0, at)}${character}${ALLOWED.slice(at + 1)}`),
    nastyHeaderValue,
  )
  // HTTP strips whitespace around a header's value: what is left must really be another origin.
  .filter((origin) => origin.trim() !== ALLOWED && origin.trim() !== '');

const varies = (response: Response) =>
  (response.headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .includes('origin');

const routes = await apiRoutes();

describe(`CORS answers only the configured origin (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ ALLOWED_ORIGINS: ALLOWED })));
  after(() => server.close());

  /** A request any route (or no route at all) could get, as a page on some origin would send it. */
  const target = fc.oneof(
    fc.constantFrom(...routes).map((route) => ({
      method: route.method,
      path: fillTemplate(route.template, {
        thread: 'cors%2Fthread',
        id: '00000000-0000-4000-8000-000000000000',
        slug: 'online-cafe',
      }),
    })),
    fc.constant({ method: 'GET', path: '/v1/nothing-here' }),
  );
  const requestedHeaders = fc.subarray(['content-type', 'idempotency-key', 'authorization', 'x-visitor-id', 'x-evil']);

  const preflight = (origin: string, method: string, path: string, headers: string[]) =>
    server.app.request(path, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        ...(headers.length ? { 'Access-Control-Request-Headers': headers.join(',') } : {}),
      },
    });
  const actual = (origin: string, method: string, path: string) =>
    server.app.request(path, {
      method,
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : '{}',
    });

  it('a preflight from any other origin gets no Access-Control-Allow-Origin', async () => {
    await fc.assert(
      fc.asyncProperty(otherOrigin, target, requestedHeaders, async (origin, { method, path }, headers) => {
        const response = await preflight(origin, method, path, headers);
        const label = `${JSON.stringify(origin)} preflighting ${method} ${path}`;
        assert.equal(response.headers.get('access-control-allow-origin'), null, label);
        assert.equal(response.headers.get('access-control-allow-credentials'), null, label);
        assert.ok(varies(response), `${label}: no Vary: Origin`);
      }),
      fuzzOptions(150),
    );
  });

  it('an actual request from any other origin gets no Access-Control-Allow-Origin either', async () => {
    await fc.assert(
      fc.asyncProperty(otherOrigin, target, async (origin, { method, path }) => {
        const response = await actual(origin, method, path);
        const label = `${JSON.stringify(origin)} sending ${method} ${path}`;
        assert.ok(response.status < 500, `${label} answered ${response.status}`);
        assert.equal(response.headers.get('access-control-allow-origin'), null, label);
        assert.equal(response.headers.get('access-control-allow-credentials'), null, label);
        // A shared cache must not hand this answer to the clinic's pages, or theirs to others.
        assert.ok(varies(response), `${label}: no Vary: Origin`);
      }),
      fuzzOptions(150),
    );
  });

  it("the clinic's origin is allowed on every route, on preflight and on every answer, errors included", async () => {
    await fc.assert(
      fc.asyncProperty(target, requestedHeaders, async ({ method, path }, headers) => {
        const label = `${method} ${path}`;
        const allowedHeaders = headers.filter((name) => name !== 'x-evil');
        const checked = await preflight(ALLOWED, method, path, allowedHeaders);
        assert.equal(checked.headers.get('access-control-allow-origin'), ALLOWED, label);
        const methods = (checked.headers.get('access-control-allow-methods') ?? '').split(',');
        assert.ok(methods.includes(method), `${label}: ${methods}`);
        const granted = (checked.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',');
        for (const name of allowedHeaders) assert.ok(granted.includes(name), `${label}: ${name} not allowed`);
        // The widget reads the error too (a 404, a 400, a 401): it must be readable from the clinic's page.
        const response = await actual(ALLOWED, method, path);
        assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED, `${label}: ${response.status}`);
        assert.ok(varies(response), `${label}: no Vary: Origin`);
      }),
      fuzzOptions(60),
    );
  });
});
