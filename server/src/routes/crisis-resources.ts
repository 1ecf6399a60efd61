import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app.js';
import { errorSchema } from './schemas.js';

const channel = z.object({
  kind: z.enum(['call', 'text', 'chat', 'video', 'relay']),
  value: z.string(),
  body: z.string().optional(),
  note: z.string().optional(),
});

export const crisisResourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    region: z.string().optional(),
    channels: z.array(channel),
    hours: z
      .object({
        timeZone: z.string().optional(),
        weekly: z.array(z.object({ days: z.array(z.number().int()), opens: z.string(), closes: z.string() })),
      })
      .optional(),
    emergency: z.boolean().optional(),
    languages: z.array(z.string()).optional(),
    options: z.array(z.object({ id: z.string(), label: z.string(), channels: z.array(channel) })).optional(),
    source: z.object({ url: z.string(), verified: z.string() }).optional(),
  })
  .openapi('CrisisResource');

const route = createRoute({
  method: 'get',
  path: '/v1/crisis-resources',
  summary: "The clinic's own crisis lines",
  description:
    'Lines configured by the clinic (with opening hours in its time zone). Widgets show them beside the crisis lines they ship for the region.',
  request: {
    query: z.object({
      region: z
        .string()
        .regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'an ISO 3166 region such as US or US-WA')
        .optional(),
      locale: z.string().max(35).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The lines',
      content: { 'application/json': { schema: z.object({ resources: z.array(crisisResourceSchema) }) } },
    },
    400: { description: 'Bad query', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function crisisResourceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, (c) => {
    const { region } = c.req.valid('query');
    const country = region?.slice(0, 2).toUpperCase();
    const { config } = c.var;
    const resources = config.crisisResources
      .filter((line) => !line.region || !country || line.region === country)
      .map((line) =>
        line.hours && !line.hours.timeZone ? { ...line, hours: { ...line.hours, timeZone: config.timeZone } } : line,
      );
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ resources }, 200);
  });
}
