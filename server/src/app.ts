import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { errorBody, handleError, notFound } from './http/errors.js';
import { checkInRoutes } from './routes/check-ins.js';
import { commentActionRoutes } from './routes/comment-actions.js';
import { commentRoutes } from './routes/comments.js';
import { crisisResourceRoutes } from './routes/crisis-resources.js';
import { geocodeRoutes } from './routes/geocode.js';
import { groupRoutes } from './routes/groups.js';
import { moderationRoutes } from './routes/moderation.js';
import { healthRoutes } from './routes/health.js';

export interface AppEnv {
  Variables: { config: ServerConfig; database: DatabaseHandle };
}

/** Request bodies beyond this are refused before they are read (the largest legitimate one is a comment). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  /** A folder of static files to serve outside /v1 (the demo clinic site). */
  staticDir?: string;
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
  // The group list is large and repetitive; gzip takes it to a fraction.
  app.use('*', compress());
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    '*',
    cors({
      // Only the clinic's configured sites may call the API from a browser.
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'Accept-Language', 'X-Visitor-Id'],
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('body_too_large', 'The request body is too large.'), 413),
    }),
  );

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
  if (options.staticDir) app.use('/*', serveStatic({ root: options.staticDir }));
  app.notFound(notFound);
  app.onError(handleError);
  return app;
}
