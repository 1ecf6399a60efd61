import { AbortedError, BackendError, HttpError, MalformedResponseError } from './errors.js';
import { listIn } from './answer-shape.js';
import { timedFetch } from './timed-fetch.js';
import { restCommentMethods } from './rest-comments.js';
import { restModerationMethods } from './rest-moderation.js';
import { restCheckInMethods } from './rest-check-ins.js';
import type { CheckInSource } from './check-in-types.js';
import type { CommentSource, ModerationSource } from './comment-types.js';
import type { PeerGroup } from './meeting-guide.js';
import type {
  CrisisResource,
  CrisisResourceQuery,
  PeerSupportBackend,
  Place,
  RequestOptions,
  WriteOptions,
} from './types.js';

export interface RestBackendOptions {
  /** Where the API lives, e.g. "https://support.example.org" (the client adds "/v1/…"). */
  baseUrl: string;
  /** Injected for tests and for hosts that wrap fetch; defaults to the global one. */
  fetch?: typeof fetch;
  /** Extra headers on every request (for example a clinic's API key for a proxy). */
  headers?: Record<string, string>;
  /** Per attempt, in milliseconds. Default 8000. */
  timeoutMs?: number;
  /** How many times a failed request that is safe to repeat is tried again. Default 2. */
  retries?: number;
  /** First back-off delay in milliseconds; it doubles each attempt, with jitter. Default 400. */
  backoffMs?: number;
  /** The visitor's language for Accept-Language; defaults to `<html lang>`, then the browser's. */
  locale?: () => string | undefined;
}

type Query = Record<string, string | number | undefined>;

interface RequestSpec extends WriteOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What every widget's bundle carries: crisis lines, groups, comments, and the request helper. */
export interface RestClient
  extends Omit<PeerSupportBackend, keyof CommentSource | keyof ModerationSource | keyof CheckInSource>, CommentSource {
  request<T>(spec: RequestSpec): Promise<T>;
  getGroups(options?: RequestOptions): Promise<PeerGroup[]>;
  geocode(query: string, options?: RequestOptions): Promise<Place[]>;
}

/** A REST client for the whole `/v1` API, and the raw request helper other backends can reuse. */
export interface RestBackend extends RestClient, ModerationSource, CheckInSource {}

const MAX_RETRY_AFTER_MS = 10_000;

export function createIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

function pageLocale(): string | undefined {
  if (typeof document !== 'undefined' && document.documentElement.lang) {
    return document.documentElement.lang;
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path, globalThis.location?.href);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function errorFromResponse(response: Response): Promise<HttpError> {
  let code = `http_${response.status}`;
  let message = response.statusText || `The server answered ${response.status}.`;
  let fields: Record<string, string> | undefined;
  try {
    const payload = (await response.json()) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    const error = payload?.error;
    if (error && typeof error === 'object') {
      if (typeof error.code === 'string') code = error.code;
      if (typeof error.message === 'string') message = error.message;
      if (error.fields && typeof error.fields === 'object') fields = error.fields as Record<string, string>;
    }
  } catch {
    // A proxy's HTML error page: keep the status-derived code.
  }
  const retryAfterHeader = response.headers.get('retry-after');
  const seconds = retryAfterHeader === null ? NaN : Number(retryAfterHeader);
  const retryAfter = Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  return new HttpError(response.status, code, message, { fields, retryAfter });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields the finder cannot work without. A record missing one is dropped rather than failing the whole
 * list: one bad row in a clinic's database should not leave visitors with no groups at all.
 */
function isUsableGroup(value: unknown): value is PeerGroup {
  return (
    isObject(value) &&
    typeof value.slug === 'string' &&
    typeof value.name === 'string' &&
    typeof value.time === 'string' &&
    typeof value.timeZone === 'string' &&
    typeof value.day === 'number' &&
    Number.isInteger(value.day) &&
    value.day >= 0 &&
    value.day <= 6
  );
}

/** The finder filters on these lists; an older server that left one out should not make it throw. */
function withLists(group: PeerGroup): PeerGroup {
  if (Array.isArray(group.types) && Array.isArray(group.regions)) return group;
  return {
    ...group,
    types: Array.isArray(group.types) ? group.types : [],
    regions: Array.isArray(group.regions) ? group.regions : [],
  };
}

/** A place without usable coordinates would give every distance as NaN. */
function isUsablePlace(value: unknown): value is Place {
  return (
    isObject(value) &&
    typeof value.label === 'string' &&
    typeof value.latitude === 'number' &&
    typeof value.longitude === 'number' &&
    Number.isFinite(value.latitude) &&
    Number.isFinite(value.longitude)
  );
}

/** The whole API, check-ins and moderation included. */
export function createRestBackend(options: RestBackendOptions): RestBackend {
  const client = createRestClient(options);
  return { ...client, ...restModerationMethods(client.request), ...restCheckInMethods(client.request) };
}

/**
 * What the provider makes from its `api` attribute: everything but check-ins and moderation, whose methods
 * their elements add from `request` themselves (api/backend-parts.ts), so that other pages never download them.
 */
export function createRestClient(options: RestBackendOptions): RestClient {
  const {
    baseUrl,
    headers: extraHeaders = {},
    timeoutMs = 8000,
    retries = 2,
    backoffMs = 400,
    locale = pageLocale,
  } = options;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  function attempt<T>(spec: RequestSpec, url: string, headers: Headers): Promise<T> {
    const init: RequestInit = {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      credentials: 'omit',
    };
    return timedFetch(doFetch, url, init, { timeoutMs, signal: spec.signal }, async (response) => {
      if (!response.ok) throw await errorFromResponse(response);
      if (response.status === 204) return undefined as T;
      try {
        return (await response.json()) as T;
      } catch (cause) {
        throw new MalformedResponseError(undefined, cause);
      }
    });
  }

  async function request<T>(spec: RequestSpec): Promise<T> {
    const url = buildUrl(baseUrl, spec.path, spec.query);
    const headers = new Headers({ Accept: 'application/json', ...extraHeaders, ...spec.headers });
    const language = locale();
    if (language) headers.set('Accept-Language', language);
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    // One key for every attempt of this write: the server applies it at most once.
    if (spec.method !== 'GET') headers.set('Idempotency-Key', spec.idempotencyKey ?? createIdempotencyKey());

    for (let tries = 0; ; tries++) {
      try {
        return await attempt<T>(spec, url, headers);
      } catch (error) {
        if (!(error instanceof BackendError) || !error.retryable || tries >= retries) throw error;
        const backoff = backoffMs * 2 ** tries * (0.5 + Math.random() / 2);
        const asked = error instanceof HttpError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
        if (asked > MAX_RETRY_AFTER_MS) throw error;
        await sleep(Math.max(backoff, asked), spec.signal);
      }
    }
  }

  return {
    request,
    ...restCommentMethods(request),
    async getCrisisResources(query: CrisisResourceQuery, requestOptions: RequestOptions = {}) {
      const payload = await request<unknown>({
        method: 'GET',
        path: '/v1/crisis-resources',
        query: { region: query.region, locale: query.locale },
        signal: requestOptions.signal,
      });
      return listIn(payload, 'resources') as CrisisResource[];
    },
    async getGroups(requestOptions: RequestOptions = {}) {
      const payload = await request<unknown>({ method: 'GET', path: '/v1/groups', signal: requestOptions.signal });
      return listIn(payload, 'groups').filter(isUsableGroup).map(withLists);
    },
    async geocode(query: string, requestOptions: RequestOptions = {}) {
      const payload = await request<unknown>({
        method: 'GET',
        path: '/v1/geocode',
        query: { q: query.trim() },
        signal: requestOptions.signal,
      });
      return listIn(payload, 'results').filter(isUsablePlace);
    },
  };
}
