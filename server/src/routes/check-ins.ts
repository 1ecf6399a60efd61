import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { detectCrisisLanguage } from '../../../src/core/safety/crisis-language.js';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppEnv } from '../app.js';
import type { CheckInTable } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { idempotent, requireIdempotencyKey, sha256 } from '../http/idempotency.js';
import { participantId } from '../http/participant.js';
import { LIMITS, consume } from '../http/rate-limit.js';
import { visitorHash } from '../http/visitor.js';
import { errorSchema, storable, writeErrorResponses } from './schemas.js';

const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'item ids are lower-case letters, digits and -');

const checkInInput = z
  .object({
    // Years 0000–9999 once in UTC: beyond them an ISO string changes shape, and history pages could not
    // continue past such a check-in (the cursor would not read back).
    recordedAt: z.iso
      .datetime({ offset: true })
      .refine((value) => {
        const time = Date.parse(value);
        // Not a date at all is the format check's to say.
        return Number.isNaN(time) || /^\d{4}-/.test(new Date(time).toISOString());
      }, 'a date between the years 0000 and 9999')
      .optional(),
    /** Stable item id → number (mood 1–5, cravings 0–10, scale items…); never labels. */
    answers: z
      .record(itemId, z.number().finite().min(-1000).max(1000))
      .refine((answers) => Object.keys(answers).length > 0, 'at least one answer')
      .refine((answers) => Object.keys(answers).length <= 100, 'at most 100 answers'),
    note: storable(z.string().max(2000)).optional(),
    /** The widget saw a risk answer (e.g. PHQ-9 item 9 above 0): the clinic is told. */
    risk: z.boolean().optional(),
  })
  .strict()
  .openapi('CheckInInput');

const checkIn = z
  .object({
    id: z.string(),
    recordedAt: z.string(),
    answers: z.record(z.string(), z.number()),
    note: z.string().optional(),
    risk: z.boolean(),
  })
  .openapi('CheckIn');

const auth = z.object({ authorization: z.string().optional(), 'idempotency-key': z.string().optional() });
const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'No or bad participant token', content: { 'application/json': { schema: errorSchema } } },
};

const createCheckIn = createRoute({
  method: 'post',
  path: '/v1/check-ins',
  summary: 'Record a check-in',
  description:
    'Needs `Authorization: Bearer <participant token>` and an `Idempotency-Key`; a retry with the same key returns the first result.',
  request: { headers: auth, body: { required: true, content: { 'application/json': { schema: checkInInput } } } },
  responses: {
    ...writeErrorResponses,
    201: { description: 'Stored', content: { 'application/json': { schema: z.object({ checkIn }) } } },
    ...errors,
    422: {
      description: 'Idempotency key reused for another request',
      content: { 'application/json': { schema: errorSchema } },
    },
  },
});

const listCheckIns = createRoute({
  method: 'get',
  path: '/v1/check-ins',
  summary: "The participant's check-ins, newest first",
  request: {
    headers: auth,
    query: z.object({
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'A page of check-ins',
      content: {
        'application/json': { schema: z.object({ checkIns: z.array(checkIn), nextCursor: z.string().nullable() }) },
      },
    },
    ...errors,
  },
});

const eraseParticipant = createRoute({
  method: 'delete',
  path: '/v1/participants/me',
  summary: 'Erase everything stored for this participant',
  request: { headers: auth },
  responses: { 204: { description: 'Erased (or there was nothing)' }, ...errors },
});

function fromRow(row: Selectable<CheckInTable>): z.infer<typeof checkIn> {
  return {
    id: row.id,
    recordedAt: row.recorded_at,
    answers: JSON.parse(row.answers) as Record<string, number>,
    ...(row.note ? { note: row.note } : {}),
    risk: row.risk === 1,
  };
}

export function checkInRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(createCheckIn, async (c) => {
    const participant = participantId(c);
    const key = requireIdempotencyKey(c.req.header('idempotency-key'));
    const input = c.req.valid('json');
    const { db } = c.var.database;
    const address = await visitorHash(c, db);
    const clientKey = sha256(`check-in-key:${key}`);
    const result = await idempotent(db, `check-in:${participant}`, key, input, async (trx) => {
      const earlier = await trx
        .selectFrom('check_ins')
        .selectAll()
        .where('participant_id', '=', participant)
        .where('client_key', '=', clientKey)
        .executeTakeFirst();
      if (earlier) return { status: 201, body: { checkIn: fromRow(earlier) } };
      // Per participant, and per address too: participant tokens can be made up, addresses less easily.
      await consume(trx, participant, LIMITS.checkIn);
      await consume(trx, address, LIMITS.checkInPerAddress);
      const now = new Date().toISOString();
      // created_at moves on with every check-in: the retention purge deletes only participants idle past the
      // period, and this row lock makes a purge running now wait for this check-in instead of deleting its owner.
      await trx
        .insertInto('participants')
        .values({ id: participant, created_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ created_at: now }))
        .execute();
      const stored = {
        id: randomUUID(),
        recordedAt: input.recordedAt ? new Date(input.recordedAt).toISOString() : now,
        answers: input.answers,
        ...(input.note ? { note: input.note } : {}),
        // The widget decides on the device; the note is read here too, in case its detector could not load.
        risk: (input.risk ?? false) || (input.note ? detectCrisisLanguage(input.note).risk : false),
      };
      await trx
        .insertInto('check_ins')
        .values({
          id: stored.id,
          participant_id: participant,
          recorded_at: stored.recordedAt,
          answers: JSON.stringify(stored.answers),
          note: stored.note ?? null,
          risk: stored.risk ? 1 : 0,
          created_at: now,
          client_key: clientKey,
        })
        .execute();
      return { status: 201, body: { checkIn: stored } };
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    if (!result.replayed && (result.body as { checkIn: { risk: boolean } }).checkIn.risk) {
      // The clinic learns that someone may be at risk; the log carries no answers and no identity.
      console.log(JSON.stringify({ time: new Date().toISOString(), level: 'warn', event: 'check-in-risk' }));
    }
    return c.json(result.body as { checkIn: z.infer<typeof checkIn> }, 201);
  });

  app.openapi(listCheckIns, async (c) => {
    const participant = participantId(c);
    const { cursor, limit } = c.req.valid('query');
    let query = c.var.database.db
      .selectFrom('check_ins')
      .selectAll()
      .where('participant_id', '=', participant)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (cursor) {
      const [recordedAt, id] = decodeCursor(cursor);
      query = query.where((eb) =>
        eb.or([eb('recorded_at', '<', recordedAt), eb.and([eb('recorded_at', '=', recordedAt), eb('id', '<', id)])]),
      );
    }
    const rows = await query.execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        checkIns: page.map(fromRow),
        nextCursor: rows.length > limit && last ? encodeCursor(last.recorded_at, last.id) : null,
      },
      200,
    );
  });

  app.openapi(eraseParticipant, async (c) => {
    const participant = participantId(c);
    const { db } = c.var.database;
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('check_ins').where('participant_id', '=', participant).execute();
      await trx.deleteFrom('idempotency_records').where('scope', '=', `check-in:${participant}`).execute();
      await trx.deleteFrom('participants').where('id', '=', participant).execute();
    });
    return c.body(null, 204);
  });
}
