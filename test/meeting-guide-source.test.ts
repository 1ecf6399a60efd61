import { expect } from '@open-wc/testing';
import { createMeetingGuideSource, FeedAddressError } from '../src/api/meeting-guide-source.js';
import { AbortedError, HttpError, MalformedResponseError, OfflineError, TimeoutError } from '../src/api/errors.js';

interface Call {
  url: string;
  init: RequestInit;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const meeting = (slug: string, extra: Record<string, unknown> = {}) => ({
  name: `Meeting ${slug}`,
  slug,
  day: 1,
  time: '7:00 PM',
  types: ['O'],
  ...extra,
});

const never = (signal?: AbortSignal | null) =>
  new Promise<Response>((_, reject) =>
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

/** A fetch that answers each URL from a table and records what it was asked. */
function fetchByUrl(table: Record<string, (init: RequestInit) => Promise<Response> | Response>) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const answer = table[url];
    if (!answer) throw new Error(`unexpected fetch of ${url}`);
    return answer(init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const A = 'https://a.example.org/meetings.json';
const B = 'https://b.example.org/feed.json';

describe('createMeetingGuideSource', () => {
  it('reads a real feed file served next to the page, with everything a real feed does', async () => {
    const source = createMeetingGuideSource({
      feeds: '/test/fixtures/meeting-guide-sample.json',
      timeZone: 'America/Los_Angeles',
    });
    expect(source.feeds).to.deep.equal([new URL('/test/fixtures/meeting-guide-sample.json', location.href).href]);
    const groups = await source.getGroups();
    const bySlug = new Map(groups.map((group) => [group.slug, group]));
    // Two days give two groups; the record with no time and the stray string are skipped.
    expect(groups).to.have.length(7);
    expect(source.lastProblems).to.deep.equal([]);

    const tuesday = bySlug.get('tuesday-night-peer-circle-2')!;
    expect([tuesday.day, tuesday.time, tuesday.endTime]).to.deep.equal([2, '19:30', '20:45']);
    expect(tuesday.latitude).to.equal(47.6627401);
    expect(tuesday.timeZone).to.equal('America/Los_Angeles');
    expect(bySlug.get('tuesday-night-peer-circle-4')!.day).to.equal(4);

    const hybrid = bySlug.get('noon-hybrid-step-study')!;
    expect(hybrid.attendance).to.equal('hybrid');
    expect(hybrid.conferenceUrl).to.match(/^https:\/\/us02web\.zoom\.us\/j\/81234567890/);
    expect(hybrid.notes).to.equal(undefined);

    const suspicious = bySlug.get('late-night-online')!;
    expect(suspicious.conferenceUrl).to.equal(undefined);
    expect(suspicious.attendance).to.equal('inactive');

    // Markup stays plain text in the data; the finder renders it as text, so it never runs.
    const hostile = bySlug.get('hillyard-women')!;
    expect(hostile.name).to.equal('Hillyard Women <img src=x onerror=alert(1)>');
    expect(hostile.day).to.equal(3);

    const noCoordinates = bySlug.get('saturday-morning-newcomers')!;
    expect(noCoordinates.latitude).to.equal(undefined);
    expect(noCoordinates.longitude).to.equal(undefined);
    expect(noCoordinates.timeZone).to.equal('America/Edmonton');
    expect(noCoordinates.endTime).to.equal('12:00');
    expect(bySlug.get('sunday-candlelight')!.types).to.include('XYZ');
  });

  it('fetches every feed in parallel, without cookies, asking for JSON', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fetch, calls } = fetchByUrl({
      [A]: async () => (await gate, json([meeting('a')])),
      [B]: async () => (await gate, json([meeting('b')])),
    });
    const pending = createMeetingGuideSource({ feeds: [A, B], fetch, timeZone: 'UTC' }).getGroups();
    await Promise.resolve();
    expect(calls.map((call) => call.url)).to.deep.equal([A, B]);
    release();
    expect((await pending).map((group) => group.slug)).to.deep.equal(['a', 'b']);
    for (const call of calls) {
      expect(call.init.credentials).to.equal('omit');
      expect(new Headers(call.init.headers).get('Accept')).to.equal('application/json');
    }
  });

  it('takes several feeds in one string, separated by spaces, newlines or commas, each once', () => {
    const source = createMeetingGuideSource({ feeds: ` ${A},${B}\n ${A}  /feeds/local.json ` });
    expect(source.feeds).to.deep.equal([A, B, new URL('/feeds/local.json', location.href).href]);
  });

  it('keeps both meetings when two feeds use the same slug, numbering the later feed’s', async () => {
    const { fetch } = fetchByUrl({
      [A]: () => json([meeting('6'), meeting('shared')]),
      [B]: () => json([meeting('6', { name: 'Other 6' }), meeting('only-b')]),
    });
    const groups = await createMeetingGuideSource({ feeds: [A, B], fetch, timeZone: 'UTC' }).getGroups();
    expect(groups.map((group) => group.slug)).to.deep.equal(['6', 'shared', '6-feed-2', 'only-b']);
    expect(groups[2].name).to.equal('Other 6');
  });

  it('uses the given time zone for meetings that name none, else the visitor’s', async () => {
    const { fetch } = fetchByUrl({ [A]: () => json([meeting('a')]) });
    const [given] = await createMeetingGuideSource({ feeds: A, fetch, timeZone: 'America/Chicago' }).getGroups();
    expect(given.timeZone).to.equal('America/Chicago');
    const [unknown] = await createMeetingGuideSource({ feeds: A, fetch, timeZone: 'Mars/Olympus' }).getGroups();
    expect(unknown.timeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('answers with the feeds that worked and says which did not', async () => {
    const { fetch } = fetchByUrl({
      [A]: () => json([meeting('a')]),
      [B]: () => new Response('gone', { status: 404 }),
    });
    const source = createMeetingGuideSource({ feeds: [A, B], fetch, timeZone: 'UTC' });
    expect((await source.getGroups()).map((group) => group.slug)).to.deep.equal(['a']);
    expect(source.lastProblems).to.have.length(1);
    expect(source.lastProblems[0]).to.include(B).and.include('404');
  });

  it('throws the first feed’s error, typed, when every feed fails', async () => {
    const cases: Array<[() => Promise<Response> | Response, new (...args: never[]) => Error]> = [
      [() => new Response('no', { status: 503 }), HttpError],
      [() => Promise.reject(new TypeError('Failed to fetch')), OfflineError],
      [() => new Response('<html>not json</html>', { status: 200 }), MalformedResponseError],
      [() => json({ meetings: [] }), MalformedResponseError],
    ];
    for (const [answer, errorClass] of cases) {
      const { fetch } = fetchByUrl({ [A]: answer, [B]: () => Promise.reject(new TypeError('Failed to fetch')) });
      const source = createMeetingGuideSource({ feeds: [A, B], fetch });
      expect(await source.getGroups().catch((e) => e)).to.be.instanceOf(errorClass);
      expect(source.lastProblems).to.have.length(2);
    }
  });

  it('explains a failed cross-origin read, which may be the feed’s site refusing other sites', async () => {
    const { fetch } = fetchByUrl({ [A]: () => Promise.reject(new TypeError('Failed to fetch')) });
    const source = createMeetingGuideSource({ feeds: A, fetch });
    await source.getGroups().catch(() => {});
    expect(source.lastProblems[0]).to.include('does not allow other sites');
  });

  it('gives up on a feed that hangs', async () => {
    const { fetch } = fetchByUrl({ [A]: (init) => never(init.signal) });
    const error = await createMeetingGuideSource({ feeds: A, fetch, timeoutMs: 20 })
      .getGroups()
      .catch((e) => e);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.timeoutMs).to.equal(20);
  });

  it('refuses addresses that are not http(s), without fetching them', async () => {
    const { fetch, calls } = fetchByUrl({ [A]: () => json([meeting('a')]) });
    const refused = createMeetingGuideSource({
      feeds: ['javascript:alert(1)', 'ftp://x.test/f.json', 'https://'],
      fetch,
    });
    expect(refused.feeds).to.deep.equal([]);
    const error = await refused.getGroups().catch((e) => e);
    expect(error).to.be.instanceOf(FeedAddressError);
    expect(error.message).to.include('javascript:alert(1)');
    expect(calls).to.have.length(0);

    const mixed = createMeetingGuideSource({ feeds: ['data:application/json,[]', A], fetch, timeZone: 'UTC' });
    expect(await mixed.getGroups()).to.have.length(1);
    expect(mixed.lastProblems[0]).to.include('data:application/json');

    const empty = await createMeetingGuideSource({ feeds: ' , ', fetch })
      .getGroups()
      .catch((e) => e);
    expect(empty).to.be.instanceOf(FeedAddressError);
  });

  it('reads the feeds once, sharing a load already under way, until refresh()', async () => {
    let version = 1;
    const { fetch, calls } = fetchByUrl({ [A]: () => json([meeting(`v${version}`)]) });
    const source = createMeetingGuideSource({ feeds: A, fetch, timeZone: 'UTC' });
    const [first, second] = await Promise.all([source.getGroups(), source.getGroups()]);
    expect(first).to.deep.equal(second);
    expect(first).not.to.equal(second);
    first.pop();
    expect(await source.getGroups()).to.have.length(1);
    expect(calls).to.have.length(1);
    version = 2;
    expect((await source.refresh()).map((group) => group.slug)).to.deep.equal(['v2']);
    expect((await source.getGroups()).map((group) => group.slug)).to.deep.equal(['v2']);
    expect(calls).to.have.length(2);
  });

  it('keeps what a refresh read, even when an older load finishes after it', async () => {
    let releaseOld!: () => void;
    const oldGate = new Promise<void>((resolve) => (releaseOld = resolve));
    let call = 0;
    const { fetch } = fetchByUrl({
      [A]: async () => {
        call++;
        if (call === 1) {
          await oldGate;
          return new Response('down', { status: 500 });
        }
        return json([meeting('new')]);
      },
    });
    const source = createMeetingGuideSource({ feeds: [A, 'ftp://x.test/old.json'], fetch, timeZone: 'UTC' });
    const old = source.getGroups();
    const refreshed = await source.refresh();
    releaseOld();
    expect(await old.catch((e) => e)).to.be.instanceOf(HttpError);
    expect(refreshed.map((group) => group.slug)).to.deep.equal(['new']);
    expect(source.lastProblems).to.have.length(1);
    expect(source.lastProblems[0]).to.include('ftp://x.test/old.json');
    expect((await source.getGroups()).map((group) => group.slug)).to.deep.equal(['new']);
  });

  it('does not keep a failed load: the next call tries again', async () => {
    let up = false;
    const { fetch, calls } = fetchByUrl({
      [A]: () => (up ? json([meeting('a')]) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    const source = createMeetingGuideSource({ feeds: A, fetch, timeZone: 'UTC' });
    expect(await source.getGroups().catch((e) => e)).to.be.instanceOf(OfflineError);
    up = true;
    expect(await source.getGroups()).to.have.length(1);
    expect(source.lastProblems).to.deep.equal([]);
    expect(calls).to.have.length(2);
  });

  it('stops the fetch when its only caller aborts, but not while another still waits', async () => {
    const { fetch, calls } = fetchByUrl({ [A]: (init) => never(init.signal) });
    const source = createMeetingGuideSource({ feeds: A, fetch });
    const first = new AbortController();
    const second = new AbortController();
    const firstPending = source.getGroups({ signal: first.signal });
    const secondPending = source.getGroups({ signal: second.signal });
    first.abort();
    expect(await firstPending.catch((e) => e)).to.be.instanceOf(AbortedError);
    expect(calls[0].init.signal!.aborted).to.be.false;
    second.abort();
    expect(await secondPending.catch((e) => e)).to.be.instanceOf(AbortedError);
    expect(calls[0].init.signal!.aborted).to.be.true;

    const already = new AbortController();
    already.abort();
    expect(await source.getGroups({ signal: already.signal }).catch((e) => e)).to.be.instanceOf(AbortedError);
    expect(calls).to.have.length(1);
  });

  it('offers place search only when the host page gives a geocoder', async () => {
    expect(createMeetingGuideSource({ feeds: A }).geocode).to.equal(undefined);
    const place = { label: 'Spokane, WA', latitude: 47.66, longitude: -117.43 };
    const source = createMeetingGuideSource({ feeds: A, geocode: async () => [place] });
    expect(await source.geocode!('Spokane')).to.deep.equal([place]);
  });
});
