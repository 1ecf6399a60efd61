import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app.js';
import { geocode } from '../geocode.js';
import { errorSchema } from './schemas.js';

const place = z
  .object({
    label: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    country: z.enum(['US', 'CA']),
    kind: z.enum(['postal-code', 'city']),
  })
  .openapi('Place');

const route = createRoute({
  method: 'get',
  path: '/v1/geocode',
  summary: 'Places for a postal code or city name (United States and Canada), from data shipped with the server',
  request: { query: z.object({ q: z.string().trim().min(2, 'type a postal code or a city').max(100) }) },
  responses: {
    200: {
      description: 'Up to five places, best first',
      content: { 'application/json': { schema: z.object({ results: z.array(place) }) } },
    },
    400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function geocodeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json({ results: geocode(c.req.valid('query').q) }, 200);
  });
}
