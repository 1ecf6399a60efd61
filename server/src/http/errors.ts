import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape the API answers with: `{ "error": { "code", "message", "fields"? } }`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds until trying again makes sense (sent as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/**
 * Error codes that mean "not now" rather than "wrong": the SQLSTATEs of connection failures (not 08P01, a
 * protocol bug), too many connections and a server shutting down or starting up; network failures of the
 * database connection (the server makes no other outbound calls); and SQLite locked past its busy timeout.
 */
const UNAVAILABLE_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'SQLITE_BUSY',
]);
/** What node-postgres and its pool say, without a code, when a connection drops, cannot be had in time, or a
 * query gets no answer. */
const DROPPED =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout)/;

/**
 * True when the database is out of reach or too busy (down, restarting, every connection taken, SQLite locked
 * past its busy timeout): worth trying again in a moment, so 503 rather than 500.
 */
export function isDatabaseUnavailable(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || DROPPED.test(error.message);
}

/** Every failure becomes JSON with the right status; never HTML, never a stack trace. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
    return c.json(errorBody(error.code, error.message, error.fields), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code =
      status === 413
        ? 'body_too_large'
        : status === 401
          ? 'unauthorized'
          : status === 400
            ? 'invalid_request'
            : `http_${status}`;
    // Hono says "Malformed JSON in request body" for a body that does not parse: a fine message as it is.
    const message = status === 413 ? 'The request body is too large.' : error.message || 'The request was refused.';
    return c.json(errorBody(code, message), status);
  }
  // Only errors the routes did not make themselves: an ApiError may carry a database code it has dealt with.
  if (isDatabaseUnavailable(error)) {
    const code = (error as { code?: unknown }).code;
    console.error(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'error',
        event: 'database-unavailable',
        ...(typeof code === 'string' ? { code } : {}),
        path: c.req.routePath,
      }),
    );
    c.header('Retry-After', '5');
    return c.json(
      errorBody(
        'database_unavailable',
        'The server cannot reach its database, or it is too busy, just now. Please try again in a moment.',
      ),
      503,
    );
  }
  // Unknown failures are logged without request data (no text, answers, IPs or tokens) and answered plainly.
  // A database's message can quote the values it refused, so only the error's kind and code are logged.
  const code = (error as { code?: unknown }).code;
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'error',
      event: 'unhandled',
      name: error.name,
      ...(typeof code === 'string' ? { code } : {}),
      path: c.req.routePath,
    }),
  );
  return c.json(errorBody('internal', 'Something went wrong on the server. Please try again.'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not_found', 'There is nothing at this address.'), 404);
}
