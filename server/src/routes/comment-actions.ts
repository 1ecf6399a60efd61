import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { AppEnv } from '../app.js';
import { ApiError } from '../http/errors.js';
import { bearer, matchesHash } from '../http/tokens.js';
import { LIMITS, consume } from '../http/rate-limit.js';
import { reactorHash, visitorHash } from '../http/visitor.js';
import { countLinks, decide } from '../moderation.js';
import { MAX_COMMENT_LENGTH, MAX_LINKS, comment, present, reactionCounts } from './comments.js';
import { errorSchema, storable, writeErrorResponses } from './schemas.js';

const commentId = z.uuid().openapi({ param: { name: 'id', in: 'path' } });
const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  403: {
    description: 'Not allowed (wrong edit token, or its window has closed)',
    content: { 'application/json': { schema: errorSchema } },
  },
  404: { description: 'No such comment', content: { 'application/json': { schema: errorSchema } } },
};
const auth = z.object({ authorization: z.string().optional() });

const editComment = createRoute({
  method: 'patch',
  path: '/v1/comments/{id}',
  summary: "Edit one's own comment within the edit window",
  description: 'Needs `Authorization: Bearer <edit token>` from the create answer. The edited text is moderated again.',
  request: {
    params: z.object({ id: commentId }),
    headers: auth,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ body: storable(z.string().trim().min(1).max(MAX_COMMENT_LENGTH)) }).strict(),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Edited',
      content: {
        'application/json': {
          schema: z.object({ comment, held: z.boolean(), reason: z.string().optional() }),
        },
      },
    },
    ...errorResponses,
    409: {
      description: 'The clinic did not publish this comment',
      content: { 'application/json': { schema: errorSchema } },
    },
    422: { description: 'Too many links', content: { 'application/json': { schema: errorSchema } } },
    ...writeErrorResponses,
  },
});

const deleteComment = createRoute({
  method: 'delete',
  path: '/v1/comments/{id}',
  summary: "Delete one's own comment within the edit window",
  request: { params: z.object({ id: commentId }), headers: auth },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

const react = createRoute({
  method: 'post',
  path: '/v1/comments/{id}/reactions',
  summary: 'Send support, or say it helped (one of each per visitor per comment)',
  request: {
    params: z.object({ id: commentId }),
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ kind: z.enum(['support', 'helped']) }).strict() } },
    },
  },
  responses: {
    200: {
      description: 'The counts now',
      content: {
        'application/json': { schema: z.object({ reactions: z.object({ support: z.number(), helped: z.number() }) }) },
      },
    },
    ...errorResponses,
    ...writeErrorResponses,
  },
});

const report = createRoute({
  method: 'post',
  path: '/v1/comments/{id}/reports',
  summary: 'Report a comment to the clinic',
  description:
    'A reported comment is held until staff look at it; a report that someone may be at risk is flagged for care.',
  request: {
    params: z.object({ id: commentId }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              reason: z.enum(['harmful', 'spam', 'crisis', 'other']),
              note: storable(z.string().trim().max(500)).optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    202: {
      description: 'Received',
      content: { 'application/json': { schema: z.object({ received: z.literal(true) }) } },
    },
    ...errorResponses,
    ...writeErrorResponses,
  },
});

export function commentActionRoutes(app: OpenAPIHono<AppEnv>): void {
  async function ownComment(id: string, token: string | undefined, db: AppEnv['Variables']['database']['db']) {
    const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'not_found', 'There is no such comment (it may have been deleted).');
    if (!token || !matchesHash(token, row.edit_token_hash, 'edit')) {
      throw new ApiError(403, 'not_your_comment', 'This device cannot change that comment.');
    }
    if (!row.editable_until || Date.parse(row.editable_until) < Date.now()) {
      throw new ApiError(
        403,
        'edit_window_closed',
        'The time to change this comment has passed. You can report it to the clinic instead.',
      );
    }
    return row;
  }

  app.openapi(editComment, async (c) => {
    const { id } = c.req.valid('param');
    const { body } = c.req.valid('json');
    const { config, database } = c.var;
    const row = await ownComment(id, bearer(c), database.db);
    if (countLinks(body) > MAX_LINKS)
      throw new ApiError(422, 'too_many_links', `Please include at most ${MAX_LINKS} links.`, {
        body: 'too many links',
      });
    if (row.status === 'rejected')
      throw new ApiError(
        409,
        'comment_rejected',
        'The clinic did not publish this comment, so it cannot be changed. You can delete it.',
      );
    // A published comment is judged again on its new words. A held one stays held until a person has read
    // it (an edit must never be a way around review); new crisis language still marks it for care.
    const fresh = decide(body, config.moderation, false);
    const decision =
      row.status === 'held'
        ? { status: 'held' as const, reason: fresh.care ? 'care' : row.held_reason, care: fresh.care }
        : fresh;
    const updated = {
      ...row,
      body,
      status: decision.status,
      held_reason: decision.reason,
      care: decision.care ? 1 : row.care,
      updated_at: new Date().toISOString(),
    };
    await database.db
      .updateTable('comments')
      .set({
        body,
        status: updated.status,
        held_reason: updated.held_reason,
        care: updated.care,
        updated_at: updated.updated_at,
      })
      .where('id', '=', id)
      .execute();
    const held = decision.status === 'held';
    const counts = await reactionCounts(database.db, [id]);
    return c.json(
      { comment: present(updated, counts.get(id)), held, ...(held ? { reason: decision.reason ?? undefined } : {}) },
      200,
    );
  });

  app.openapi(deleteComment, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.database;
    await ownComment(id, bearer(c), db);
    await db.deleteFrom('comments').where('id', '=', id).execute();
    return c.body(null, 204);
  });

  app.openapi(react, async (c) => {
    const { id } = c.req.valid('param');
    const { kind } = c.req.valid('json');
    const { db } = c.var.database;
    const row = await db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirst();
    if (!row || row.status !== 'published')
      throw new ApiError(404, 'not_found', 'There is no such comment to react to.');
    await consume(db, await visitorHash(c, db), LIMITS.reaction);
    await db
      .insertInto('reactions')
      .values({ comment_id: id, kind, visitor_hash: await reactorHash(c, db), created_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['comment_id', 'kind', 'visitor_hash']).doNothing())
      .execute();
    const counts = await reactionCounts(db, [id]);
    return c.json({ reactions: counts.get(id)! }, 200);
  });

  app.openapi(report, async (c) => {
    const { id } = c.req.valid('param');
    const { reason, note } = c.req.valid('json');
    const { db } = c.var.database;
    const row = await db
      .selectFrom('comments')
      .select(['status', 'held_reason'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'not_found', 'There is no such comment to report.');
    const visitor = await visitorHash(c, db);
    const already = await db
      .selectFrom('reports')
      .select('id')
      .where('comment_id', '=', id)
      .where('visitor_hash', '=', visitor)
      .executeTakeFirst();
    // A retried or repeated report from the same visitor is received once: the queue shows one.
    if (already) return c.json({ received: true as const }, 202);
    await consume(db, visitor, LIMITS.report);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reports')
        .values({
          id: randomUUID(),
          comment_id: id,
          reason,
          note: note ?? null,
          visitor_hash: visitor,
          created_at: new Date().toISOString(),
        })
        .execute();
      // Reported comments wait for a person; a report of risk is flagged for care.
      await trx
        .updateTable('comments')
        .set({
          status: row.status === 'published' ? 'held' : row.status,
          held_reason: row.held_reason === 'care' || reason === 'crisis' ? 'care' : 'reported',
          ...(reason === 'crisis' ? { care: 1 } : {}),
        })
        .where('id', '=', id)
        .execute();
    });
    return c.json({ received: true as const }, 202);
  });
}
