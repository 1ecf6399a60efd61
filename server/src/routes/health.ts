import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app.js';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Is the server up and its database reachable?',
  responses: {
    200: {
      description: 'Healthy',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.literal('ok') }) } },
    },
    503: {
      description: 'The database cannot be reached',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('unavailable'), database: z.literal('unreachable') }),
        },
      },
    },
  },
});

export function healthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    c.header('Cache-Control', 'no-store');
    return (await c.var.database.ping())
      ? c.json({ status: 'ok' as const, database: 'ok' as const }, 200)
      : c.json({ status: 'unavailable' as const, database: 'unreachable' as const }, 503);
  });
}
