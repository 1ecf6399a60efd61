import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, startTestServer, testDialect, type TestServer } from './helpers.js';

const clinicLine = {
  id: 'riverside-warm-line',
  name: 'Riverside peer warm line',
  channels: [{ kind: 'call', value: '509-555-0100' }],
  hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] },
};
const canadianLine = {
  id: 'ca-extra',
  name: 'Canadian line',
  region: 'CA',
  channels: [{ kind: 'call', value: '1-800-555-0199' }],
};

describe(`reference server API (${testDialect})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      CLINIC_TIMEZONE: 'America/Los_Angeles',
      CRISIS_RESOURCES: JSON.stringify([clinicLine, canadianLine]),
      ALLOWED_ORIGINS: 'https://clinic.example.org',
    });
  });
  after(() => server.close());

  it('GET /healthz says the server and its database are up', async () => {
    const response = await server.app.request('/healthz');
    assert.equal(response.status, 200);
    assert.deepEqual(await json(response), { status: 'ok', database: 'ok' });
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  it("GET /v1/crisis-resources merges the clinic's lines into the shipped ones, hours in its time zone", async () => {
    const response = await server.app.request('/v1/crisis-resources?region=US-WA&locale=en');
    assert.equal(response.status, 200);
    const { resources } = await json(response);
    assert.deepEqual(
      resources.map((r: { id: string }) => r.id),
      ['us-988', 'us-crisis-text-line', 'us-emergency', 'riverside-warm-line'],
    );
    const warmLine = resources.find((r: { id: string }) => r.id === 'riverside-warm-line');
    assert.equal(warmLine.hours.timeZone, 'America/Los_Angeles');
    assert.equal(resources[0].name, '988 Suicide & Crisis Lifeline');
    assert.match(resources[0].source.url, /^https:\/\/988lifeline\.org\//);
    const canada = await json(await server.app.request('/v1/crisis-resources?region=CA'));
    assert.deepEqual(
      canada.resources.map((r: { id: string }) => r.id),
      ['ca-988', 'ca-kids-help-phone', 'ca-emergency', 'riverside-warm-line', 'ca-extra'],
    );
  });

  it('gives the shipped lines in Spanish when asked, and lets a clinic line replace a shipped one by id', async () => {
    const spanish = await json(await server.app.request('/v1/crisis-resources?region=US&locale=es-MX'));
    assert.equal(spanish.resources[0].name, '988 Línea de Prevención del Suicidio y Crisis');
    const replacing = await startTestServer({
      CLINIC_REGION: 'US',
      CRISIS_RESOURCES: JSON.stringify([
        { id: 'us-crisis-text-line', name: 'Our own text line', channels: [{ kind: 'text', value: '55555' }] },
      ]),
    });
    try {
      const { resources } = await json(await replacing.app.request('/v1/crisis-resources'));
      const replaced = resources.filter((r: { id: string }) => r.id === 'us-crisis-text-line');
      assert.deepEqual(
        replaced.map((r: { name: string }) => r.name),
        ['Our own text line'],
      );
      assert.ok(resources.some((r: { id: string }) => r.id === 'us-988'));
    } finally {
      await replacing.close();
    }
  });

  it('refuses a malformed query with a 400 JSON error naming the field', async () => {
    const response = await server.app.request('/v1/crisis-resources?region=<script>');
    assert.equal(response.status, 400);
    const body = await json(response);
    assert.equal(body.error.code, 'invalid_request');
    assert.ok(body.error.fields.region);
  });

  it('answers unknown addresses with a 404 JSON error, never HTML', async () => {
    const response = await server.app.request('/v1/nothing-here');
    assert.equal(response.status, 404);
    assert.deepEqual(await json(response), {
      error: { code: 'not_found', message: 'There is nothing at this address.' },
    });
  });

  it('refuses a huge body with 413 JSON before reading it', async () => {
    const response = await server.app.request('/v1/crisis-resources', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(200_000) }),
    });
    assert.equal(response.status, 413);
    assert.equal((await json(response)).error.code, 'body_too_large');
  });

  it('allows only the configured origins in CORS', async () => {
    const allowed = await server.app.request('/v1/crisis-resources', {
      headers: { Origin: 'https://clinic.example.org' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://clinic.example.org');
    // The widget must be able to read how long to wait after a 429, and the page validators.
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    for (const [header, expected] of [
      ['x-content-type-options', /nosniff/],
      ['x-frame-options', /SAMEORIGIN|DENY/],
      ['referrer-policy', /no-referrer/],
      ['strict-transport-security', /max-age=/],
    ] as const) {
      assert.match(allowed.headers.get(header) ?? '', expected, header);
    }
    const other = await server.app.request('/v1/crisis-resources', { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await server.app.request('/v1/crisis-resources', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://clinic.example.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    assert.ok([200, 204].includes(preflight.status));
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
  });

  it('serves an OpenAPI 3.1 document describing its endpoints', async () => {
    const document = await json(await server.app.request('/v1/openapi.json'));
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.paths['/v1/crisis-resources'].get);
    assert.ok(document.paths['/healthz'].get);
    assert.ok(document.components.schemas.CrisisResource);
    assert.ok(document.components.schemas.Error);
  });

  it('serves a static site beside the API when asked (the demo), keeping JSON errors for /v1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createApp } = await import('../src/app.js');
    const site = mkdtempSync(join(tmpdir(), 'peer-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Clinic</title>');
    const app = createApp(server.config, server.database, { staticDir: site });
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Clinic<\/title>/);
    const missing = await app.request('/v1/nothing');
    assert.equal(missing.status, 404);
    assert.equal((await json(missing)).error.code, 'not_found');
  });

  it('serves the widgets’ files so that browsers keep chunks for good and check the entry file each time', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createApp } = await import('../src/app.js');
    const site = mkdtempSync(join(tmpdir(), 'peer-cdn-'));
    mkdirSync(join(site, 'cdn', 'chunks'), { recursive: true });
    writeFileSync(join(site, 'cdn', 'peer-support.js'), 'import("./chunks/es-Ab12Cd34.js");');
    writeFileSync(join(site, 'cdn', 'chunks', 'es-Ab12Cd34.js'), 'export const es = {};');
    const app = createApp(server.config, server.database, { staticDir: site });

    const chunk = await app.request('/cdn/chunks/es-Ab12Cd34.js');
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');

    const entry = await app.request('/cdn/peer-support.js');
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    const tag = entry.headers.get('etag');
    assert.ok(tag, 'an ETag to revalidate with');
    assert.match(await entry.text(), /chunks\/es-Ab12Cd34/);
    const again = await app.request('/cdn/peer-support.js', { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');

    writeFileSync(join(site, 'cdn', 'peer-support.js'), 'import("./chunks/es-Ef56Gh78.js");');
    const released = await app.request('/cdn/peer-support.js', { headers: { 'If-None-Match': tag } });
    assert.equal(released.status, 200, 'a new release is fetched');
    assert.match(await released.text(), /es-Ef56Gh78/);

    const absent = await app.request('/cdn/chunks/gone-00000000.js');
    assert.equal(absent.status, 404);
    assert.equal(absent.headers.get('cache-control'), null, 'a missing file is not cached for good');
  });
});
