import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { PeerGroup } from '../../../src/api/meeting-guide.js';
import { matchesEtag } from '../http/page-cache.js';
import type { AppEnv } from '../app.js';
import { ApiError } from '../http/errors.js';
import { groupsVersion, toMeetingGuide } from '../groups.js';
import { errorSchema, storable } from './schemas.js';

const group = z
  .object({
    slug: z.string(),
    name: z.string(),
    day: z.number().int(),
    time: z.string(),
    endTime: z.string(),
    timeZone: z.string(),
    attendance: z.enum(['in-person', 'online', 'hybrid', 'inactive']),
    types: z.array(z.string()),
    location: z.string().optional(),
    address: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    regions: z.array(z.string()),
    group: z.string().optional(),
    notes: z.string().optional(),
    conferenceUrl: z.string().optional(),
    conferencePhone: z.string().optional(),
    conferenceNotes: z.string().optional(),
    url: z.string().optional(),
    updated: z.string().optional(),
  })
  .openapi('Group');

const list = createRoute({
  method: 'get',
  path: '/v1/groups',
  summary: "The clinic's whole list of groups",
  description: 'Filtering and sorting happen in the widget. Supports ETag / If-None-Match and gzip.',
  responses: {
    200: {
      description: 'Every group',
      content: { 'application/json': { schema: z.object({ groups: z.array(group) }) } },
    },
    304: { description: 'Not modified since the ETag given' },
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/groups/{slug}',
  summary: 'One group',
  request: {
    params: z.object({
      slug: storable(z.string().max(200)).openapi({ param: { name: 'slug', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The group', content: { 'application/json': { schema: z.object({ group }) } } },
    404: { description: 'No such group', content: { 'application/json': { schema: errorSchema } } },
  },
});

const exportFeed = createRoute({
  method: 'get',
  path: '/v1/meeting-guide.json',
  summary: 'The list in Meeting Guide format, for other meeting finders and apps',
  responses: {
    200: {
      description: 'A Meeting Guide feed',
      content: { 'application/json': { schema: z.array(z.record(z.string(), z.unknown())) } },
    },
    304: { description: 'Not modified since the ETag given' },
  },
});

async function allGroups(c: Context<AppEnv>): Promise<PeerGroup[]> {
  const rows = await c.var.database.db
    .selectFrom('groups')
    .select('data')
    .orderBy('day')
    .orderBy('time')
    .orderBy('name')
    .execute();
  return rows.map((row) => JSON.parse(row.data) as PeerGroup);
}

/** Answers 304 when the client already has this version; otherwise sets the caching headers. */
async function cached(c: Context<AppEnv>, suffix: string): Promise<boolean> {
  const etag = `"${await groupsVersion(c.var.database.db)}-${suffix}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=3600');
  // compress() turns the validator weak (W/"…") when it gzips, and browsers send that back.
  return matchesEtag(c.req.header('if-none-match'), etag);
}

export function groupRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    if (await cached(c, 'v1')) return c.body(null, 304);
    return c.json({ groups: await allGroups(c) }, 200);
  });

  app.openapi(one, async (c) => {
    const row = await c.var.database.db
      .selectFrom('groups')
      .select('data')
      .where('slug', '=', c.req.valid('param').slug)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'not_found', 'There is no such group (it may have ended or moved).');
    return c.json({ group: JSON.parse(row.data) as PeerGroup }, 200);
  });

  app.openapi(exportFeed, async (c) => {
    if (await cached(c, 'mg')) return c.body(null, 304);
    return c.json((await allGroups(c)).map(toMeetingGuide), 200);
  });
}
