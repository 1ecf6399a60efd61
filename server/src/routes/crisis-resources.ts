import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { mergeCrisisResources } from '../../../src/api/crisis-resources.js';
import type { AppEnv } from '../app.js';
import { shippedCrisisLines, shippedLinesFor } from '../crisis-defaults.js';
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
  summary: "Crisis lines for a region: the shipped ones with the clinic's own merged in",
  description:
    "The crisis lines the widgets ship for the region (in the requested language where shipped, each with its source), with the clinic's configured lines merged in: a clinic line with a shipped line's id replaces it. Opening hours are in the clinic's time zone unless a line names its own.",
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
  app.openapi(route, async (c) => {
    const { region, locale } = c.req.valid('query');
    const { config } = c.var;
    const country = region?.slice(0, 2).toUpperCase() ?? config.region;
    const clinicLines = config.crisisResources
      .filter((line) => !line.region || line.region === country)
      .map((line) =>
        line.hours && !line.hours.timeZone ? { ...line, hours: { ...line.hours, timeZone: config.timeZone } } : line,
      );
    const resources = mergeCrisisResources(shippedLinesFor(await shippedCrisisLines(), country, locale), clinicLines);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ resources }, 200);
  });
}
