import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app.js';
import { ApiError } from '../http/errors.js';
import { bearer, matchesHash } from '../http/tokens.js';
import { requireStaff } from '../staff.js';
import { comment, present, reactionCounts } from './comments.js';
import { errorSchema, storable } from './schemas.js';

const commentId = z.uuid().openapi({ param: { name: 'id', in: 'path' } });
const staffHeaders = z.object({ authorization: z.string().optional() });
const errors = {
  401: { description: 'No or wrong staff token', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'No such comment', content: { 'application/json': { schema: errorSchema } } },
};

const queueItem = z.object({
  comment,
  reason: z.string().nullable(),
  care: z.boolean(),
  reports: z.array(z.object({ reason: z.string(), note: z.string().nullable(), createdAt: z.string() })),
});

const queue = createRoute({
  method: 'get',
  path: '/v1/moderation/queue',
  summary: 'Held and reported comments, care-flagged first, then oldest',
  request: { headers: staffHeaders, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) }) },
  responses: {
    200: {
      description: 'What waits',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(queueItem), counts: z.object({ waiting: z.number(), care: z.number() }) }),
        },
      },
    },
    401: errors[401],
  },
});

const approve = createRoute({
  method: 'post',
  path: '/v1/moderation/comments/{id}/approve',
  summary: 'Publish a held comment',
  request: { params: z.object({ id: commentId }), headers: staffHeaders },
  responses: {
    200: { description: 'Published', content: { 'application/json': { schema: z.object({ comment }) } } },
    ...errors,
  },
});

const reject = createRoute({
  method: 'post',
  path: '/v1/moderation/comments/{id}/reject',
  summary: "Reject a comment, with a reason its author's device shows",
  request: {
    params: z.object({ id: commentId }),
    headers: staffHeaders,
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ reason: storable(z.string().trim().max(300)).optional() }).strict() },
      },
    },
  },
  responses: {
    200: { description: 'Rejected', content: { 'application/json': { schema: z.object({ comment }) } } },
    ...errors,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/moderation/comments/{id}',
  summary: 'Delete a comment',
  request: { params: z.object({ id: commentId }), headers: staffHeaders },
  responses: { 204: { description: 'Deleted' }, ...errors },
});

const authorStatus = createRoute({
  method: 'get',
  path: '/v1/comments/{id}',
  summary: "A comment's state, for its author's device (edit token; works after the edit window too)",
  request: { params: z.object({ id: commentId }), headers: staffHeaders },
  responses: {
    200: {
      description: 'The state',
      content: {
        'application/json': {
          schema: z.object({
            comment,
            status: z.enum(['published', 'held', 'rejected']),
            reason: z.string().nullable(),
            rejectReason: z.string().nullable(),
          }),
        },
      },
    },
    403: { description: 'Not this device', content: { 'application/json': { schema: errorSchema } } },
    404: errors[404],
  },
});

export function moderationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(queue, async (c) => {
    const { db } = c.var.database;
    await requireStaff(c, db);
    const { limit } = c.req.valid('query');
    const rows = await db
      .selectFrom('comments')
      .selectAll()
      .where('status', '=', 'held')
      .orderBy('care', 'desc')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    const ids = rows.map((row) => row.id);
    const reports = ids.length
      ? await db.selectFrom('reports').selectAll().where('comment_id', 'in', ids).orderBy('created_at', 'asc').execute()
      : [];
    const counts = await reactionCounts(db, ids);
    const totals = await db
      .selectFrom('comments')
      .select([(eb) => eb.fn.countAll<number>().as('waiting'), (eb) => eb.fn.sum<number>('care').as('care')])
      .where('status', '=', 'held')
      .executeTakeFirstOrThrow();
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        items: rows.map((row) => ({
          comment: present(row, counts.get(row.id)),
          reason: row.held_reason,
          care: row.care === 1,
          reports: reports
            .filter((r) => r.comment_id === row.id)
            .map((r) => ({ reason: r.reason, note: r.note, createdAt: r.created_at })),
        })),
        counts: { waiting: Number(totals.waiting), care: Number(totals.care ?? 0) },
      },
      200,
    );
  });

  async function settle(c: Context<AppEnv>, id: string, status: 'published' | 'rejected', rejectReason: string | null) {
    const { db } = c.var.database;
    await requireStaff(c, db);
    const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'not_found', 'There is no such comment.');
    // A person has now read it: its reports are settled and its care flag answered, so a later ordinary
    // report starts afresh instead of putting it back at the top as care.
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('comments')
        .set({ status, held_reason: null, reject_reason: rejectReason, care: 0 })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('reports').where('comment_id', '=', id).execute();
    });
    const counts = await reactionCounts(db, [id]);
    return present(row, counts.get(id));
  }

  app.openapi(approve, async (c) =>
    c.json({ comment: await settle(c, c.req.valid('param').id, 'published', null) }, 200),
  );
  app.openapi(reject, async (c) => {
    const { reason } = c.req.valid('json');
    return c.json({ comment: await settle(c, c.req.valid('param').id, 'rejected', reason || null) }, 200);
  });

  app.openapi(remove, async (c) => {
    const { db } = c.var.database;
    await requireStaff(c, db);
    const { id } = c.req.valid('param');
    const deleted = await db.deleteFrom('comments').where('id', '=', id).executeTakeFirst();
    if (!Number(deleted.numDeletedRows)) throw new ApiError(404, 'not_found', 'There is no such comment.');
    return c.body(null, 204);
  });

  app.openapi(authorStatus, async (c) => {
    const { db } = c.var.database;
    const { id } = c.req.valid('param');
    const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'not_found', 'There is no such comment (it may have been deleted).');
    const token = bearer(c);
    if (!token || !matchesHash(token, row.edit_token_hash, 'edit'))
      throw new ApiError(403, 'not_your_comment', 'This device cannot see that comment.');
    const counts = await reactionCounts(db, [id]);
    return c.json(
      {
        comment: present(row, counts.get(id)),
        status: row.status,
        reason: row.held_reason,
        rejectReason: row.reject_reason ?? null,
      },
      200,
    );
  });
}
