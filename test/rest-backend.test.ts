import { expect } from '@open-wc/testing';
import { createRestBackend } from '../src/api/rest-backend.js';
import { AbortedError, HttpError, MalformedResponseError, OfflineError, TimeoutError } from '../src/api/errors.js';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a script of responses and records what it was asked. */
function scriptedFetch(...answers: Array<() => Promise<Response> | Response>) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

const never = (signal?: AbortSignal | null) =>
  new Promise<Response>((_, reject) =>
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('createRestBackend', () => {
  it('asks for crisis resources with the region, locale and Accept-Language', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ resources: [{ id: 'x' }] }));
    const backend = createRestBackend({ baseUrl: 'https://api.example.org/', fetch, locale: () => 'es-MX' });
    const resources = await backend.getCrisisResources({ region: 'US-WA', locale: 'es' });
    expect(resources).to.deep.equal([{ id: 'x' }]);
    expect(calls[0].url).to.equal('https://api.example.org/v1/crisis-resources?region=US-WA&locale=es');
    expect(header(calls[0], 'Accept-Language')).to.equal('es-MX');
    expect(header(calls[0], 'Accept')).to.equal('application/json');
    expect(calls[0].init.credentials).to.equal('omit');
  });

  it('keeps a base path and adds configured headers', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ resources: [] }));
    const backend = createRestBackend({
      baseUrl: 'https://example.org/support',
      fetch,
      headers: { 'X-Clinic': 'riverside' },
    });
    await backend.getCrisisResources({});
    expect(calls[0].url).to.equal('https://example.org/support/v1/crisis-resources');
    expect(header(calls[0], 'X-Clinic')).to.equal('riverside');
  });

  it('turns a server error body into an HttpError with its code, message and fields', async () => {
    const { fetch } = scriptedFetch(() =>
      json({ error: { code: 'invalid_body', message: 'Body is too long.', fields: { body: 'too long' } } }, 422),
    );
    const backend = createRestBackend({ baseUrl: 'https://x.test', fetch });
    const error = (await backend
      .request({ method: 'POST', path: '/v1/things', body: {} })
      .catch((e) => e)) as HttpError;
    expect(error).to.be.instanceOf(HttpError);
    expect(error.status).to.equal(422);
    expect(error.code).to.equal('invalid_body');
    expect(error.message).to.equal('Body is too long.');
    expect(error.fields).to.deep.equal({ body: 'too long' });
    expect(error.retryAfter).to.equal(undefined);
    expect(error.retryable).to.be.false;
  });

  it('gives a status-derived code when the error body is not JSON', async () => {
    const { fetch } = scriptedFetch(() => new Response('<html>Bad gateway</html>', { status: 404 }));
    const error = await createRestBackend({ baseUrl: 'https://x.test', fetch })
      .getCrisisResources({})
      .catch((e) => e);
    expect(error).to.be.instanceOf(HttpError);
    expect(error.code).to.equal('http_404');
  });

  it('retries a write after a 503 with the same idempotency key, and succeeds', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ error: { code: 'unavailable', message: 'down' } }, 503),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => json({ id: 'c1' }, 201),
    );
    const backend = createRestBackend({ baseUrl: 'https://x.test', fetch, backoffMs: 1 });
    const result = await backend.request<{ id: string }>({
      method: 'POST',
      path: '/v1/threads/t/comments',
      body: { body: 'hi' },
    });
    expect(result).to.deep.equal({ id: 'c1' });
    expect(calls).to.have.length(3);
    const keys = calls.map((c) => header(c, 'Idempotency-Key'));
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).to.equal(1);
    expect(header(calls[0], 'Content-Type')).to.equal('application/json');
    expect(calls[0].init.body).to.equal('{"body":"hi"}');
  });

  it('uses a key the caller gives, so a retry the visitor starts later is also not doubled', async () => {
    const { fetch, calls } = scriptedFetch(() => json({}, 201));
    const backend = createRestBackend({ baseUrl: 'https://x.test', fetch });
    await backend.request({ method: 'POST', path: '/v1/check-ins', body: {}, idempotencyKey: 'key-123' });
    expect(header(calls[0], 'Idempotency-Key')).to.equal('key-123');
  });

  it('sends no idempotency key on reads', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ resources: [] }));
    await createRestBackend({ baseUrl: 'https://x.test', fetch }).getCrisisResources({});
    expect(header(calls[0], 'Idempotency-Key')).to.equal(null);
  });

  it('stops retrying after the configured number and reports offline', async () => {
    const { fetch, calls } = scriptedFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const backend = createRestBackend({ baseUrl: 'https://x.test', fetch, retries: 2, backoffMs: 1 });
    const error = await backend.getCrisisResources({}).catch((e) => e);
    expect(error).to.be.instanceOf(OfflineError);
    expect(error.kind).to.equal('offline');
    expect(calls).to.have.length(3);
  });

  it('does not retry a 4xx', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ error: { code: 'not_found', message: 'x' } }, 404));
    await createRestBackend({ baseUrl: 'https://x.test', fetch, backoffMs: 1 })
      .getCrisisResources({})
      .catch(() => {});
    expect(calls).to.have.length(1);
  });

  it('honours Retry-After on a 429 and gives up when the wait is unreasonable', async () => {
    const { fetch, calls } = scriptedFetch(() =>
      json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'Retry-After': '3600' }),
    );
    const error = await createRestBackend({ baseUrl: 'https://x.test', fetch, backoffMs: 1 })
      .getCrisisResources({})
      .catch((e) => e);
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(3600);
    expect(calls).to.have.length(1);
  });

  it('times out a request that hangs', async () => {
    const { fetch, calls } = scriptedFetch();
    const hanging = ((input: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push({ url: String(input), init });
      return never(init.signal);
    }) as typeof globalThis.fetch;
    const backend = createRestBackend({
      baseUrl: 'https://x.test',
      fetch: hanging,
      timeoutMs: 30,
      retries: 1,
      backoffMs: 1,
    });
    const error = await backend.getCrisisResources({}).catch((e) => e);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.timeoutMs).to.equal(30);
    expect(calls).to.have.length(2);
    void fetch;
  });

  it('stops at once, without retrying, when the caller aborts', async () => {
    const calls: number[] = [];
    const hanging = ((_input: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push(1);
      return never(init.signal);
    }) as typeof globalThis.fetch;
    const controller = new AbortController();
    const pending = createRestBackend({ baseUrl: 'https://x.test', fetch: hanging }).getCrisisResources(
      {},
      { signal: controller.signal },
    );
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).to.be.instanceOf(AbortedError);
    expect(calls).to.have.length(1);
  });

  it('does not even start a request whose signal is already aborted', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ resources: [] }));
    const controller = new AbortController();
    controller.abort();
    const error = await createRestBackend({ baseUrl: 'https://x.test', fetch })
      .getCrisisResources({}, { signal: controller.signal })
      .catch((e) => e);
    expect(error).to.be.instanceOf(AbortedError);
    expect(calls).to.have.length(0);
  });

  it('reports a 200 that is not JSON, or has the wrong shape, as malformed', async () => {
    const notJson = scriptedFetch(() => new Response('{"resources": [', { status: 200 }));
    expect(
      await createRestBackend({ baseUrl: 'https://x.test', fetch: notJson.fetch })
        .getCrisisResources({})
        .catch((e) => e),
    ).to.be.instanceOf(MalformedResponseError);
    const wrongShape = scriptedFetch(() => json({ lines: [] }));
    expect(
      await createRestBackend({ baseUrl: 'https://x.test', fetch: wrongShape.fetch })
        .getCrisisResources({})
        .catch((e) => e),
    ).to.be.instanceOf(MalformedResponseError);
  });

  it('answers undefined for 204 No Content', async () => {
    const { fetch } = scriptedFetch(() => new Response(null, { status: 204 }));
    expect(
      await createRestBackend({ baseUrl: 'https://x.test', fetch }).request({
        method: 'DELETE',
        path: '/v1/participants/me',
      }),
    ).to.equal(undefined);
  });

  describe('groups and places', () => {
    const group = (slug: string, extra: Record<string, unknown> = {}) => ({
      slug,
      name: `Group ${slug}`,
      day: 2,
      time: '18:30',
      endTime: '19:30',
      timeZone: 'America/Los_Angeles',
      attendance: 'in-person',
      types: ['O'],
      regions: [],
      ...extra,
    });

    it('asks for the groups and answers the list', async () => {
      const { fetch, calls } = scriptedFetch(() => json({ groups: [group('a'), group('b')] }));
      const groups = await createRestBackend({ baseUrl: 'https://api.example.org', fetch }).getGroups();
      expect(groups.map((g) => g.slug)).to.deep.equal(['a', 'b']);
      expect(calls[0].url).to.equal('https://api.example.org/v1/groups');
      expect(calls[0].init.credentials).to.equal('omit');
    });

    it('drops records the finder cannot use, instead of failing the whole list', async () => {
      const { fetch } = scriptedFetch(() =>
        json({
          groups: [
            group('good'),
            null,
            'text',
            group('no-day', { day: undefined }),
            group('day-as-text', { day: '2' }),
            group('day-out-of-range', { day: 9 }),
            group('no-zone', { timeZone: null }),
            { slug: 'bare', name: 'Bare', day: 0, time: '09:00', timeZone: 'UTC' },
          ],
        }),
      );
      const groups = await createRestBackend({ baseUrl: 'https://x.test', fetch }).getGroups();
      expect(groups.map((g) => g.slug)).to.deep.equal(['good', 'bare']);
      // Lists the finder filters on are there even when an older server left them out.
      expect(groups[1].types).to.deep.equal([]);
      expect(groups[1].regions).to.deep.equal([]);
    });

    it('reports a groups answer without a list as malformed', async () => {
      for (const body of [{ group: [] }, [], null, { groups: {} }]) {
        const { fetch } = scriptedFetch(() => json(body));
        const error = await createRestBackend({ baseUrl: 'https://x.test', fetch })
          .getGroups()
          .catch((e) => e);
        expect(error, JSON.stringify(body)).to.be.instanceOf(MalformedResponseError);
      }
    });

    it('passes the signal on when the finder stops waiting for groups', async () => {
      const hanging = ((_input: RequestInfo | URL, init: RequestInit = {}) => never(init.signal)) as typeof fetch;
      const controller = new AbortController();
      const pending = createRestBackend({ baseUrl: 'https://x.test', fetch: hanging }).getGroups({
        signal: controller.signal,
      });
      controller.abort();
      expect(await pending.catch((e) => e)).to.be.instanceOf(AbortedError);
    });

    it('geocodes the trimmed query and keeps only places with coordinates', async () => {
      const spokane = {
        label: 'Spokane, WA 99201',
        latitude: 47.66,
        longitude: -117.43,
        country: 'US',
        kind: 'postal-code',
      };
      const { fetch, calls } = scriptedFetch(() =>
        json({ results: [spokane, { label: 'Nowhere', latitude: 'x', longitude: 1 }, null] }),
      );
      const places = await createRestBackend({ baseUrl: 'https://x.test', fetch }).geocode('  Spokane, WA ');
      expect(places).to.deep.equal([spokane]);
      expect(new URL(calls[0].url).pathname).to.equal('/v1/geocode');
      expect(new URL(calls[0].url).searchParams.get('q')).to.equal('Spokane, WA');
    });

    it('reports a geocode answer without results as malformed, and a refused query as an HttpError', async () => {
      const wrong = scriptedFetch(() => json({ places: [] }));
      expect(
        await createRestBackend({ baseUrl: 'https://x.test', fetch: wrong.fetch })
          .geocode('99201')
          .catch((e) => e),
      ).to.be.instanceOf(MalformedResponseError);
      const refused = scriptedFetch(() =>
        json({ error: { code: 'invalid_query', message: 'type a postal code or a city' } }, 400),
      );
      const error = await createRestBackend({ baseUrl: 'https://x.test', fetch: refused.fetch })
        .geocode('x')
        .catch((e) => e);
      expect(error).to.be.instanceOf(HttpError);
      expect(error.status).to.equal(400);
    });
  });
});
