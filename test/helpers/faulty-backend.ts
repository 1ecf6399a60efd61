import { expect, waitUntil } from '@open-wc/testing';
import { createRestBackend, type RestBackend } from '../../src/api/rest-backend.js';

/**
 * A clinic's server behind the real REST client, failing on demand the ways a real one does. Widgets get
 * the client the library ships (`createRestBackend`), with a short time limit so that "slower than the time
 * limit" takes a fraction of a second.
 */

export const FAULTS = ['unreachable', 'slow', 'server-error', 'bad-gateway', 'malformed', 'wrong-shape'] as const;
export type Fault = (typeof FAULTS)[number];

/** Test titles: what a person at the clinic would call each failure. */
export const FAULT_TITLES: Record<Fault, string> = {
  unreachable: 'the backend is unreachable',
  slow: 'the backend answers after the time limit',
  'server-error': 'the backend answers 500 with a JSON error',
  'bad-gateway': 'a proxy answers 502 with an HTML page',
  malformed: 'the backend answers 200 with broken JSON',
  'wrong-shape': 'the backend answers 200 with JSON of the wrong shape',
};

/** The four things a visitor can be told happened. */
export type Happened = 'offline' | 'timeout' | 'server' | 'unreadable';

export const HAPPENED: Record<Fault, Happened> = {
  unreachable: 'offline',
  slow: 'timeout',
  'server-error': 'server',
  'bad-gateway': 'server',
  malformed: 'unreadable',
  'wrong-shape': 'unreadable',
};

export const TIMEOUT_MS = 300;

/** Words from inside the failure that must never reach a visitor. */
export const SERVER_INTERNALS = 'SQLITE_BUSY: database is locked (pool.ts:42)';
const PROXY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>';
const BROKEN_JSON = '{"comments": [';
const WRONG_SHAPE = { ok: true, data: { items: 'none yet' } };

/** Technical words that mean a raw error (or the proxy's page, or the server's internals) reached the screen. */
const TECHNICAL =
  /unexpected token|unexpected end|syntaxerror|typeerror|json|sqlite|nginx|bad gateway|<\/?[a-z]|\b(?:200|500|502)\b|undefined|\bnull\b|\bNaN\b|\[object|failed to fetch|abort|http_/i;

export interface ServerRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  /** The failure in force when it arrived (undefined: healthy). */
  fault?: Fault;
}

/** A healthy server's answer: a status and a JSON body (none for 204). */
export interface Reply {
  status?: number;
  body?: unknown;
}

export type Route = (request: ServerRequest) => Reply;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * The server. Healthy, it answers from `route`; a write with an Idempotency-Key it has already handled gets
 * the first answer again, as the reference server does. Failing, a request
 * - `unreachable`: never leaves the browser (fetch rejects the way Chromium's does);
 * - `server-error`, `bad-gateway`: is refused before anything is stored;
 * - `slow`: is handled, but its answer comes long after the client's time limit (unless the client gives up
 *   first, which it does: the signal is honoured);
 * - `malformed`, `wrong-shape`: is handled, and the answer is garbled on the way back.
 */
export class FakeServer {
  fault?: Fault;
  readonly requests: ServerRequest[] = [];
  private readonly replies = new Map<string, Reply>();

  constructor(private readonly route: Route) {}

  readonly fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => this.receive(input, init);

  /** Requests that match, e.g. `sent('POST', /\/comments$/)`. */
  sent(method: string, path: RegExp): ServerRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  private async receive(input: RequestInfo | URL, init: RequestInit): Promise<Response> {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const request: ServerRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      fault: this.fault,
    };
    this.requests.push(request);
    const fault = this.fault;
    if (fault === 'unreachable') throw new TypeError('Failed to fetch');
    if (fault === 'server-error') return json(500, { error: { code: 'internal', message: SERVER_INTERNALS } });
    if (fault === 'bad-gateway') {
      return new Response(PROXY_PAGE, {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      });
    }
    const reply = this.handle(request);
    if (fault === 'slow') return this.late(reply, init.signal);
    if (fault === 'malformed') return new Response(BROKEN_JSON, { headers: { 'Content-Type': 'application/json' } });
    if (fault === 'wrong-shape') return json(200, WRONG_SHAPE);
    return this.respond(reply);
  }

  private handle(request: ServerRequest): Reply {
    const key = request.method === 'GET' ? null : request.headers.get('Idempotency-Key');
    const replayed = key ? this.replies.get(key) : undefined;
    if (replayed) return replayed;
    const reply = this.route(request);
    if (key) this.replies.set(key, reply);
    return reply;
  }

  private respond({ status = 200, body }: Reply): Response {
    return status === 204 ? new Response(null, { status }) : json(status, body ?? {});
  }

  private late(reply: Reply, signal?: AbortSignal | null): Promise<Response> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(this.respond(reply)), TIMEOUT_MS * 10);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
  }
}

/** The REST client a page would make, talking to `server`: one retry, a short back-off, a short time limit. */
export function restBackendFor(server: FakeServer): RestBackend {
  return createRestBackend({
    baseUrl: 'https://clinic.example/api',
    fetch: server.fetch,
    timeoutMs: TIMEOUT_MS,
    retries: 1,
    backoffMs: 10,
  });
}

export function faultyBackend(route: Route, fault?: Fault) {
  const server = new FakeServer(route);
  server.fault = fault;
  return { server, backend: restBackendFor(server) };
}

/** An error message a person can read: not empty, and no raw technical text from the failure. */
export function expectPlainWords(text: string, what: string): void {
  expect(text.trim().length > 0, `${what} says nothing`).to.equal(true);
  const technical = TECHNICAL.exec(text);
  expect(technical === null, `${what} shows "${technical?.[0]}": "${text}"`).to.equal(true);
}

/** `waitUntil` that says what the page showed when it gave up. */
export async function until(predicate: () => unknown, what: string, shown?: () => string, timeout = 4000) {
  try {
    await waitUntil(predicate, what, { timeout });
  } catch {
    throw new Error(`Timeout: ${what}${shown ? ` (the page showed: ${shown()})` : ''}`);
  }
}

/** What became of each call a widget made: `error` is set when it failed. */
export interface Outcome {
  method: string;
  error?: unknown;
}

/** The backend, with every call's outcome written to `outcomes` once it has settled. */
export function watched<T extends object>(backend: T): { backend: T; outcomes: Outcome[] } {
  const outcomes: Outcome[] = [];
  const entries = Object.entries(backend).map(([method, value]) => {
    if (typeof value !== 'function') return [method, value];
    const call = (...args: unknown[]) => {
      const result: unknown = value(...args);
      if (result instanceof Promise) {
        result.then(
          () => outcomes.push({ method }),
          (error: unknown) => outcomes.push({ method, error }),
        );
      }
      return result;
    };
    return [method, call];
  });
  return { backend: Object.fromEntries(entries) as T, outcomes };
}

/** Text of a node with its whitespace collapsed. */
export const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function crisisAnchors(root: Element | ShadowRoot): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLAnchorElement && /^(tel|sms):/.test(element.getAttribute('href') ?? ''))
      found.push(element);
    if (element.shadowRoot) found.push(...crisisAnchors(element.shadowRoot));
  }
  return found;
}

/** The `tel:` and `sms:` links inside an element and every shadow root below it, seen or not. */
export function crisisLinks(root: Element | ShadowRoot): string[] {
  return crisisAnchors(root).map((anchor) => anchor.getAttribute('href')!);
}

/** Whether a person can see the element: laid out with a size, and not hidden by CSS, opacity or `<details>`. */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/**
 * The crisis links a person can see (and so call): in the DOM is not enough, help that is hidden, collapsed or
 * without a size is no help. Use `crisisLinks` to say a link is not there at all.
 */
export function visibleCrisisLinks(root: Element | ShadowRoot): string[] {
  return crisisAnchors(root)
    .filter(isShown)
    .map((anchor) => anchor.getAttribute('href')!);
}

/**
 * Waits until a widget's crisis help is on screen in `root` (its shadow root): the `.care` section with its
 * words of support, then the crisis lines themselves, visible. `what` starts each message when it times out.
 */
export async function untilCrisisHelpShown(root: ShadowRoot, what?: string): Promise<void> {
  const care = () => root.querySelector('.care');
  const named = (thing: string) => (what ? `${what}: ${thing}` : thing);
  await until(care, named('crisis help'), () => words(root));
  expect(words(care())).to.contain('You do not have to go through this alone');
  await until(
    () => visibleCrisisLinks(care()!).includes('tel:988'),
    named('the crisis lines'),
    () => words(care()),
  );
}
