import { AbortedError, BackendError, HttpError, MalformedResponseError, OfflineError } from './errors.js';
import { normaliseMeetingGuide, type PeerGroup } from './meeting-guide.js';
import { isValidTimeZone } from './time-zone.js';
import { timedFetch } from './timed-fetch.js';
import type { GroupSource, Place, RequestOptions } from './types.js';

/**
 * Groups read straight from Meeting Guide JSON feeds in the browser, so a clinic with no backend still gets a
 * finder. The feeds' sites must allow cross-origin reads (CORS), as Meeting Guide feeds generally do.
 */

export interface MeetingGuideSourceOptions {
  /** One or more feed URLs; a string may hold several, separated by whitespace or commas. Relative URLs resolve against the page. */
  feeds: string | string[];
  /** For meetings that name no time zone; defaults to the visitor's own. */
  timeZone?: string;
  /** Turns a typed postal code or city into places; without one, the finder offers no place search. */
  geocode?: (query: string, options?: RequestOptions) => Promise<Place[]>;
  /** Injected for tests and for hosts that wrap fetch; defaults to the global one. */
  fetch?: typeof fetch;
  /** Per feed, in milliseconds. Default 15000 (real feeds run to a few megabytes). */
  timeoutMs?: number;
}

export interface MeetingGuideSource extends GroupSource {
  /** The feed URLs that will be read, resolved and without duplicates. */
  readonly feeds: readonly string[];
  /**
   * One line per feed that could not be read in the last load, saying which and why. When some feeds failed
   * and others did not, `getGroups` still answers with the groups it has: a widget can say that a list is missing.
   */
  readonly lastProblems: readonly string[];
  /** Reads every feed again, replacing the kept result. */
  refresh(options?: RequestOptions): Promise<PeerGroup[]>;
}

/** A feed address that is not http(s), or no address at all: refused before anything is fetched. */
export class FeedAddressError extends MalformedResponseError {
  constructor(message: string) {
    super(message);
    this.name = 'FeedAddressError';
  }
}

interface Loaded {
  groups: PeerGroup[];
  problems: string[];
}

interface Load {
  promise: Promise<Loaded>;
  controller: AbortController;
  waiting: number;
}

interface FeedAddress {
  given: string;
  url?: string;
}

function splitFeeds(feeds: string | string[]): string[] {
  const list = typeof feeds === 'string' ? feeds.split(/[\s,]+/) : feeds.flatMap((feed) => feed.split(/[\s,]+/));
  return list.filter((feed) => feed !== '');
}

function resolveFeed(given: string): FeedAddress {
  try {
    const url = new URL(given, globalThis.location?.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { given, url: url.href } : { given };
  } catch {
    return { given };
  }
}

function pageTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

function isCrossOrigin(url: string): boolean {
  const page = globalThis.location?.origin;
  return !!page && page !== 'null' && new URL(url).origin !== page;
}

/**
 * Feeds published independently may reuse a slug ("6", "monday-night"). The first feed keeps its slugs; a
 * later feed's clash gets that feed's number, so both meetings stay and each slug still names one group.
 */
function mergeFeeds(perFeed: PeerGroup[][]): PeerGroup[] {
  const taken = new Set<string>();
  const merged: PeerGroup[] = [];
  perFeed.forEach((groups, feedIndex) => {
    const renamed = groups.map((group) => {
      if (!taken.has(group.slug)) return group;
      let slug = `${group.slug}-feed-${feedIndex + 1}`;
      for (let extra = 2; taken.has(slug); extra++) slug = `${group.slug}-feed-${feedIndex + 1}-${extra}`;
      return { ...group, slug };
    });
    // Slugs of this feed join `taken` only after it is renamed: a feed's own slugs are already unique.
    for (const group of renamed) {
      taken.add(group.slug);
      merged.push(group);
    }
  });
  return merged;
}

/** Waits for a shared load, but lets this caller stop waiting; the load stops only when every caller has. */
function waitFor(load: Load, signal?: AbortSignal): Promise<Loaded> {
  if (signal?.aborted) return Promise.reject(new AbortedError());
  load.waiting++;
  return new Promise<Loaded>((resolve, reject) => {
    const onAbort = () => {
      load.waiting--;
      if (load.waiting === 0) load.controller.abort();
      reject(new AbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    load.promise.then(
      (loaded) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(loaded);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function createMeetingGuideSource(options: MeetingGuideSourceOptions): MeetingGuideSource {
  const { timeoutMs = 15_000 } = options;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeZone = options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : pageTimeZone();
  const addresses: FeedAddress[] = [];
  for (const address of splitFeeds(options.feeds).map(resolveFeed)) {
    if (!address.url || !addresses.some((known) => known.url === address.url)) addresses.push(address);
  }

  let kept: Loaded | undefined;
  let current: Load | undefined;
  let lastProblems: string[] = [];

  function readFeed(url: string, signal: AbortSignal): Promise<PeerGroup[]> {
    const init: RequestInit = { headers: { Accept: 'application/json' }, credentials: 'omit' };
    return timedFetch(doFetch, url, init, { timeoutMs, signal }, async (response) => {
      if (!response.ok) {
        throw new HttpError(response.status, `http_${response.status}`, `The feed answered ${response.status}.`);
      }
      let feed: unknown;
      try {
        feed = await response.json();
      } catch (cause) {
        throw new MalformedResponseError('The feed is not JSON.', cause);
      }
      if (!Array.isArray(feed)) throw new MalformedResponseError('The feed is not a list of meetings.');
      return normaliseMeetingGuide(feed, timeZone).groups;
    });
  }

  function problemLine(address: FeedAddress, error: BackendError): string {
    const where = address.url ?? address.given;
    // A browser reports a refused cross-origin read as a network failure; say what is more likely.
    const hint =
      error instanceof OfflineError && address.url && isCrossOrigin(address.url)
        ? ' (the network failed, or the feed’s site does not allow other sites to read it)'
        : '';
    return `${where}: ${error.message}${hint}`;
  }

  async function loadAll(signal: AbortSignal): Promise<Loaded> {
    if (!addresses.length) throw new FeedAddressError('No Meeting Guide feed address was given.');
    const settled = await Promise.allSettled(
      addresses.map((address) =>
        address.url
          ? readFeed(address.url, signal)
          : Promise.reject(
              new FeedAddressError(`Only http and https feed addresses are read; "${address.given}" was refused.`),
            ),
      ),
    );
    if (signal.aborted) throw new AbortedError();
    const errors = settled.map((result) => {
      if (result.status === 'fulfilled') return undefined;
      const reason: unknown = result.reason;
      return reason instanceof BackendError ? reason : new MalformedResponseError(undefined, reason);
    });
    const problems = errors.flatMap((error, index) => (error ? [problemLine(addresses[index], error)] : []));
    // A load that a refresh replaced must not report over the newer one.
    if (current?.controller.signal === signal) lastProblems = problems;
    const firstError = errors.find((error) => error !== undefined);
    if (firstError && problems.length === addresses.length) throw firstError;
    const perFeed = settled.map((result) => (result.status === 'fulfilled' ? result.value : []));
    return { groups: mergeFeeds(perFeed), problems };
  }

  function startLoad(): Load {
    const controller = new AbortController();
    const load: Load = { controller, waiting: 0, promise: loadAll(controller.signal) };
    current = load;
    load.promise.then(
      (loaded) => {
        if (current === load) {
          kept = loaded;
          current = undefined;
        }
      },
      () => {
        // A failed or abandoned load is not kept: the next call tries again.
        if (current === load) current = undefined;
      },
    );
    return load;
  }

  async function answer(load: Load, signal?: AbortSignal): Promise<PeerGroup[]> {
    const loaded = await waitFor(load, signal);
    // A fresh array each time: a caller that sorts its copy does not reorder the kept one.
    return loaded.groups.slice();
  }

  const source: MeetingGuideSource = {
    get feeds() {
      return addresses.flatMap((address) => (address.url ? [address.url] : []));
    },
    get lastProblems() {
      return lastProblems;
    },
    getGroups(requestOptions: RequestOptions = {}) {
      if (requestOptions.signal?.aborted) return Promise.reject(new AbortedError());
      if (kept) return Promise.resolve(kept.groups.slice());
      const load = current && !current.controller.signal.aborted ? current : startLoad();
      return answer(load, requestOptions.signal);
    },
    refresh(requestOptions: RequestOptions = {}) {
      if (requestOptions.signal?.aborted) return Promise.reject(new AbortedError());
      kept = undefined;
      return answer(startLoad(), requestOptions.signal);
    },
  };
  if (options.geocode) source.geocode = options.geocode;
  return source;
}
