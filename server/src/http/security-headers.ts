import type { MiddlewareHandler } from 'hono';

/**
 * The usual protective headers (as Hono's secureHeaders sends them, with cross-origin reads allowed so
 * clinics' sites can use the API). They are set before the handler runs rather than after: changing a
 * finished response's headers makes the Node adapter build a full Response object, and on the hottest
 * read (a cached page of comments) that cost more than the rest of the answer.
 */
const HEADERS: readonly [string, string][] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of HEADERS) c.header(name, value);
  await next();
};
