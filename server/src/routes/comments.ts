import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppEnv } from '../app.js';
import type { Kysely } from 'kysely';
import type { CommentTable, Schema } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { ApiError } from '../http/errors.js';
import { idempotent, requireIdempotencyKey, sha256 } from '../http/idempotency.js';
import { PageCache, matchesEtag } from '../http/page-cache.js';
import { LIMITS, consume } from '../http/rate-limit.js';
import { visitorHash } from '../http/visitor.js';
import { countLinks, decide } from '../moderation.js';
import { errorSchema, storable, writeErrorResponses } from './schemas.js';

export const MAX_COMMENT_LENGTH = 5000;
export const MAX_LINKS = 2;
/** A person reads the guidelines and types: anything quicker than this is a script. */
export const MIN_MILLISECONDS_TO_SUBMIT = 2000;

const threadIdPattern = /^[A-Za-z0-9/_.:~-]+$/;

const threadId = z
  .string()
  .min(1)
  .max(200)
  .regex(threadIdPattern, 'letters, digits and / _ . : ~ - only')
  .openapi({ param: { name: 'thread', in: 'path' }, example: 'articles/what-is-peer-support' });

const commentInput = z
  .object({
    body: storable(z.string().trim().min(1, 'write something first').max(MAX_COMMENT_LENGTH)),
    name: storable(z.string().trim().max(60)).optional(),
    parentId: z.uuid().optional(),
    /** Left empty by people; bots fill every field. */
    website: storable(z.string().max(200)).optional(),
    /** When the form was shown (ms since the epoch), for the minimum time to submit. */
    startedAt: z.number().int().positive().optional(),
  })
  .strict()
  .openapi('CommentInput');

export const comment = z
  .object({
    id: z.string(),
    thread: z.string(),
    parentId: z.string().nullable(),
    name: z.string(),
    body: z.string(),
    createdAt: z.string(),
    updatedAt: z.string().nullable(),
    reactions: z.object({ support: z.number(), helped: z.number() }),
  })
  .openapi('Comment');

const commentPage = z.object({ comments: z.array(comment), nextCursor: z.string().nullable() });

const created = z.object({
  comment,
  held: z.boolean(),
  reason: z.enum(['care', 'links', 'review', 'first-time']).optional(),
  editToken: z.string(),
  editableUntil: z.string(),
});

const createComment = createRoute({
  method: 'post',
  path: '/v1/threads/{thread}/comments',
  summary: 'Post a comment',
  description:
    'Needs an `Idempotency-Key`. 201 when published, 202 when held for review; `reason: "care"` means crisis language was recognised, so the widget shows its author help at once.',
  request: {
    params: z.object({ thread: threadId }),
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: commentInput } } },
  },
  responses: {
    201: { description: 'Published', content: { 'application/json': { schema: created } } },
    202: { description: 'Held for review', content: { 'application/json': { schema: created } } },
    400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
    409: {
      description: 'The same words from the same visitor in this thread a moment ago',
      content: { 'application/json': { schema: errorSchema } },
    },
    422: {
      description: 'Refused (spam signs, too many links, an Idempotency-Key reused for another request)',
      content: { 'application/json': { schema: errorSchema } },
    },
    ...writeErrorResponses,
  },
});

const listComments = createRoute({
  method: 'get',
  path: '/v1/threads/{thread}/comments',
  summary: 'Published comments of a thread',
  description: 'Answers carry an ETag; `If-None-Match` with it answers 304 while the thread is unchanged.',
  request: {
    params: z.object({ thread: threadId }),
    headers: z.object({ 'if-none-match': z.string().optional() }),
    query: z.object({
      sort: z.enum(['oldest', 'newest', 'supported']).default('oldest'),
      cursor: z.string().max(300).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    }),
  },
  responses: {
    200: {
      description: 'A page',
      content: {
        'application/json': { schema: commentPage },
      },
    },
    304: { description: 'Unchanged since the ETag given in If-None-Match' },
    400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  },
});

const counts = createRoute({
  method: 'get',
  path: '/v1/threads/counts',
  summary: 'Published comment counts for many threads in one call',
  request: { query: z.object({ ids: z.string().min(1).max(4000) }) },
  responses: {
    200: {
      description: 'Counts by thread',
      content: { 'application/json': { schema: z.object({ counts: z.record(z.string(), z.number()) }) } },
    },
    400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function present(
  row: Pick<CommentTable, 'id' | 'thread' | 'parent_id' | 'author_name' | 'body' | 'created_at' | 'updated_at'>,
  reactions = { support: 0, helped: 0 },
) {
  return {
    id: row.id,
    thread: row.thread,
    parentId: row.parent_id,
    name: row.author_name,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reactions,
  };
}

/** Reaction counts for some comments, in one query. */
export async function reactionCounts(
  db: Kysely<Schema>,
  ids: string[],
): Promise<Map<string, { support: number; helped: number }>> {
  const counts = new Map(ids.map((id) => [id, { support: 0, helped: 0 }]));
  if (!ids.length) return counts;
  const rows = await db
    .selectFrom('reactions')
    .select(['comment_id', 'kind', (eb) => eb.fn.countAll<number>().as('count')])
    .where('comment_id', 'in', ids)
    .groupBy(['comment_id', 'kind'])
    .execute();
  for (const row of rows) counts.get(row.comment_id)![row.kind] = Number(row.count);
  return counts;
}

function readOffset(cursor: string): number {
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8').slice(1));
  if (!Number.isInteger(offset) || offset < 0 || offset > 100_000) {
    throw new ApiError(400, 'invalid_request', 'The cursor is not one this server gave out.', {
      cursor: 'unknown cursor',
    });
  }
  return offset;
}

/** The thread's version: moved on by database triggers at every change to its comments or reactions. */
async function threadVersion(db: Kysely<Schema>, thread: string): Promise<number> {
  const row = await db.selectFrom('thread_versions').select('version').where('thread', '=', thread).executeTakeFirst();
  return Number(row?.version ?? 0);
}

export function commentRoutes(app: OpenAPIHono<AppEnv>): void {
  const pages = new PageCache();
  // Registered before the thread routes so "counts" is never read as a thread id.
  app.openapi(counts, async (c) => {
    const ids = [
      ...new Set(
        c.req
          .valid('query')
          .ids.split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ].slice(0, 100);
    // Ids that could never name a thread count 0 and never reach the database.
    const possible = ids.filter((id) => threadIdPattern.test(id) && id.length <= 200);
    const rows = possible.length
      ? await c.var.database.db
          .selectFrom('comments')
          .select(['thread', (eb) => eb.fn.countAll<number>().as('count')])
          .where('thread', 'in', possible)
          .where('status', '=', 'published')
          .groupBy('thread')
          .execute()
      : [];
    const result: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const row of rows) result[row.thread] = Number(row.count);
    c.header('Cache-Control', 'public, max-age=30');
    return c.json({ counts: result }, 200);
  });

  app.openapi(createComment, async (c) => {
    const { thread } = c.req.valid('param');
    const key = requireIdempotencyKey(c.req.header('idempotency-key'));
    const input = c.req.valid('json');
    if (input.website)
      throw new ApiError(422, 'spam_suspected', 'This looks automated. If you are a person, please try again.');
    if (input.startedAt && Date.now() - input.startedAt < MIN_MILLISECONDS_TO_SUBMIT) {
      throw new ApiError(422, 'too_fast', 'That was very quick. Please take a moment and send it again.');
    }
    if (countLinks(input.body) > MAX_LINKS) {
      throw new ApiError(422, 'too_many_links', `Please include at most ${MAX_LINKS} links.`, {
        body: 'too many links',
      });
    }
    const { config, database } = c.var;
    const db = database.db;
    const visitor = await visitorHash(c, db);
    const result = await idempotent(db, `comment:${thread}`, key, input, async (trx) => {
      // Inside the idempotent write: a retry of the same post replays its answer and is not counted again.
      await consume(trx, visitor, LIMITS.commentPerMinute, LIMITS.commentPerHour);
      const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
      const duplicate = await trx
        .selectFrom('comments')
        .select('id')
        .where('visitor_hash', '=', visitor)
        .where('thread', '=', thread)
        .where('body', '=', input.body)
        .where('created_at', '>', tenMinutesAgo)
        .executeTakeFirst();
      if (duplicate) throw new ApiError(409, 'duplicate', 'You already posted this here a moment ago.');
      if (input.parentId) {
        const parent = await trx
          .selectFrom('comments')
          .select('id')
          .where('id', '=', input.parentId)
          .where('thread', '=', thread)
          .executeTakeFirst();
        if (!parent)
          throw new ApiError(400, 'invalid_request', 'The comment this replies to is not in this thread.', {
            parentId: 'not found',
          });
      }
      const earlier = await trx
        .selectFrom('comments')
        .select('id')
        .where('visitor_hash', '=', visitor)
        .where('status', '=', 'published')
        .executeTakeFirst();
      const decision = decide(input.body, config.moderation, !earlier);
      const editToken = randomBytes(32).toString('base64url');
      const now = new Date();
      const editableUntil = new Date(now.getTime() + config.editWindowMinutes * 60_000).toISOString();
      const row: CommentTable = {
        id: randomUUID(),
        thread,
        parent_id: input.parentId ?? null,
        author_name: input.name || 'Anonymous',
        body: input.body,
        status: decision.status,
        held_reason: decision.reason,
        care: decision.care ? 1 : 0,
        visitor_hash: visitor,
        edit_token_hash: sha256(`edit:${editToken}`),
        editable_until: editableUntil,
        created_at: now.toISOString(),
        updated_at: null,
      };
      await trx.insertInto('comments').values(row).execute();
      const held = decision.status === 'held';
      return {
        status: held ? 202 : 201,
        body: { comment: present(row), held, ...(held ? { reason: decision.reason } : {}), editToken, editableUntil },
      };
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    const body = result.body as z.infer<typeof created>;
    if (!result.replayed && body.reason === 'care') {
      console.log(JSON.stringify({ time: new Date().toISOString(), level: 'warn', event: 'comment-held-for-care' }));
    }
    return result.status === 202 ? c.json(body, 202) : c.json(body, 201);
  });

  app.openapi(listComments, async (c) => {
    const { thread } = c.req.valid('param');
    const { sort, cursor, limit } = c.req.valid('query');
    const db = c.var.database.db;
    // The version is read before the rows: a write in between leaves the page cached under the older version.
    const version = await threadVersion(db, thread);
    const key = `${thread}\n${sort}\n${cursor ?? ''}\n${limit}`;
    const page =
      pages.get(key, version) ??
      pages.set(key, version, JSON.stringify(await readPage(db, thread, sort, limit, cursor)));
    c.header('ETag', page.etag);
    // Revalidate every time (cheap: 304 while nothing changed), so a moderator's decision shows at once.
    c.header('Cache-Control', 'no-cache');
    if (matchesEtag(c.req.valid('header')['if-none-match'], page.etag)) return c.body(null, 304);
    return c.body(page.body, 200, { 'Content-Type': 'application/json' });
  });
}

async function readPage(
  db: Kysely<Schema>,
  thread: string,
  sort: 'oldest' | 'newest' | 'supported',
  limit: number,
  cursor: string | undefined,
): Promise<z.infer<typeof commentPage>> {
  let query = db
    .selectFrom('comments')
    .select(['id', 'thread', 'parent_id', 'author_name', 'body', 'created_at', 'updated_at'])
    .where('thread', '=', thread)
    .where('status', '=', 'published')
    .limit(limit + 1);
  let offset = 0;
  if (sort === 'supported') {
    // Most supported first; ties oldest first. Counts change, so this order pages by position.
    offset = cursor ? readOffset(cursor) : 0;
    query = query
      .orderBy(
        (eb) =>
          eb
            .selectFrom('reactions')
            .select(eb.fn.countAll().as('n'))
            .whereRef('reactions.comment_id', '=', 'comments.id'),
        'desc',
      )
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .offset(offset);
  } else {
    const direction = sort === 'newest' ? 'desc' : 'asc';
    query = query.orderBy('created_at', direction).orderBy('id', direction);
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor);
      const beyond = sort === 'newest' ? '<' : '>';
      query = query.where((eb) =>
        eb.or([eb('created_at', beyond, createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', beyond, id)])]),
      );
    }
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const counts = await reactionCounts(
    db,
    page.map((row) => row.id),
  );
  const more = rows.length > limit && last;
  const nextCursor = !more
    ? null
    : sort === 'supported'
      ? Buffer.from(`@${offset + limit}`).toString('base64url')
      : encodeCursor(last.created_at, last.id);
  return { comments: page.map((row) => present(row, counts.get(row.id))), nextCursor };
}
