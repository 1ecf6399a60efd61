/** Typed failures a backend can report, so a widget can say plainly what went wrong. */

export type BackendErrorKind = 'offline' | 'timeout' | 'http' | 'malformed' | 'aborted';

export class BackendError extends Error {
  readonly kind: BackendErrorKind;
  constructor(kind: BackendErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackendError';
    this.kind = kind;
  }
  /** True when trying the same request again may succeed. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout';
  }
}

export class OfflineError extends BackendError {
  constructor(cause?: unknown) {
    super('offline', 'The network could not be reached.', { cause });
    this.name = 'OfflineError';
  }
}

export class TimeoutError extends BackendError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super('timeout', `The server did not answer within ${timeoutMs} ms.`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

export class HttpError extends BackendError {
  readonly status: number;
  /** The server's machine-readable error code, e.g. "rate_limited". */
  readonly code: string;
  readonly fields?: Record<string, string>;
  /** Seconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfter?: number;
  constructor(
    status: number,
    code: string,
    message: string,
    extra: { fields?: Record<string, string>; retryAfter?: number } = {},
  ) {
    super('http', message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.fields = extra.fields;
    this.retryAfter = extra.retryAfter;
  }
  override get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export class MalformedResponseError extends BackendError {
  constructor(message = 'The server sent an answer that could not be read.', cause?: unknown) {
    super('malformed', message, { cause });
    this.name = 'MalformedResponseError';
  }
}

export class AbortedError extends BackendError {
  constructor() {
    super('aborted', 'The request was cancelled.');
    this.name = 'AbortedError';
  }
}
