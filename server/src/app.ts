import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { ServerConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { errorBody, handleError, notFound } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { checkInRoutes } from './routes/check-ins.js';
import { commentActionRoutes } from './routes/comment-actions.js';
import { commentRoutes } from './routes/comments.js';
import { crisisResourceRoutes } from './routes/crisis-resources.js';
import { geocodeRoutes } from './routes/geocode.js';
import { groupRoutes } from './routes/groups.js';
import { moderationRoutes } from './routes/moderation.js';
import { healthRoutes } from './routes/health.js';

/**
 * The widgets' files. Chunks carry a hash of their content in their name, so a browser may keep one for good;
 * the entry files keep their names from release to release, so a browser asks each time whether its copy is
 * still current, and gets a 304 without the file when it is (the ETag).
 */
const cdnCaching: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  const hashed = c.req.path.startsWith('/cdn/chunks/');
  c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
};

export interface AppEnv {
  Variables: { config: ServerConfig; database: DatabaseHandle };
}

/** Request bodies beyond this are refused before they are read (the largest legitimate one is a comment). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  /** A folder of static files to serve outside /v1 (the demo clinic site). */
  staticDir?: string;
  /** A Content-Security-Policy for those files' pages (`STATIC_CSP`): the demo runs under a strict one. */
  contentSecurityPolicy?: string;
}

export function createApp(
  config: ServerConfig,
  database: DatabaseHandle,
  options: AppOptions = {},
): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Schema failures answer 400 with one message per field, in the API's error shape.
    defaultHook: (result, c) => {
      if (result.success) return;
      const fields: Record<string, string> = {};
      for (const issue of result.error.issues) fields[issue.path.join('.') || 'body'] ??= issue.message;
      return c.json(errorBody('invalid_request', 'Some of what was sent is not valid.', fields), 400);
    },
  });

  app.use('*', async (c, next) => {
    c.set('config', config);
    c.set('database', database);
    await next();
  });
  app.use('*', securityHeaders);
  // The group list, the API document and the demo's files are large and repetitive: gzip takes them to a
  // fraction. Comment pages stay uncompressed (cached, revalidated with ETags, and small on the wire).
  const gzip = compress();
  for (const path of ['/v1/groups', '/v1/groups/*', '/v1/meeting-guide.json', '/v1/openapi.json']) app.use(path, gzip);
  const allowCors = cors({
    // Only the clinic's configured sites may call the API from a browser.
    origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'Accept-Language', 'X-Visitor-Id'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    // The widget reads these: how long to wait after a 429, the page validator, and whether a write replayed.
    exposeHeaders: ['Retry-After', 'ETag', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  // Same-origin reads and servers send no Origin: they need no CORS headers, only the cache hint. (The CORS
  // middleware edits the finished response, which makes the Node adapter build a full Response object.)
  app.use('*', (c, next) => {
    if (c.req.header('origin')) return allowCors(c, next);
    c.header('Vary', 'Origin', { append: true });
    return next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('body_too_large', 'The request body is too large.'), 413),
  });
  // Only writes carry bodies. Asking a read for its body makes the Node adapter build a full Request
  // (streams, an AbortSignal), which costs more than answering a cached page.
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));

  healthRoutes(app);
  crisisResourceRoutes(app);
  checkInRoutes(app);
  commentRoutes(app);
  commentActionRoutes(app);
  moderationRoutes(app);
  groupRoutes(app);
  geocodeRoutes(app);

  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Peer Support Widgets API',
      version: '1.0.0',
      description:
        'The backend contract the widgets speak. Errors are always JSON: { "error": { "code", "message", "fields"? } }.',
    },
  });
  if (options.staticDir) {
    const policy = options.contentSecurityPolicy;
    // Set before the file is read, as the other protective headers are (see security-headers.ts).
    const withPolicy: MiddlewareHandler = async (c, next) => {
      if (policy) c.header('Content-Security-Policy', policy);
      await next();
    };
    app.use('/cdn/*', cdnCaching, etag());
    app.use('/*', withPolicy, gzip, serveStatic({ root: options.staticDir }));
  }
  app.notFound(notFound);
  app.onError(handleError);
  return app;
}
