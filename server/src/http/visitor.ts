import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { sha256 } from './idempotency.js';

const salts = new WeakMap<Kysely<Schema>, Promise<string>>();

/** A random salt kept in the database (shared by every instance), made on first use. */
function visitorSalt(db: Kysely<Schema>): Promise<string> {
  let salt = salts.get(db);
  if (!salt) {
    salt = (async () => {
      await db
        .insertInto('server_meta')
        .values({ name: 'visitor-salt', value: randomBytes(32).toString('hex') })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('server_meta')
        .select('value')
        .where('name', '=', 'visitor-salt')
        .executeTakeFirstOrThrow();
      return row.value;
    })();
    salts.set(db, salt);
  }
  return salt;
}

function address(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'unknown';
  }
}

const DEVICE_ID = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * A salted hash that tells visitors apart without storing who they are: of the random device id the widget
 * sends (`X-Visitor-Id`), else of the network address (many people can share one address, so the widget's
 * id is preferred for "one reaction per visitor").
 */
export async function visitorHash(c: Context, db: Kysely<Schema>): Promise<string> {
  const device = c.req.header('x-visitor-id');
  const identity = device && DEVICE_ID.test(device) ? `device:${device}` : `address:${address(c)}`;
  return sha256(`${await visitorSalt(db)}:${identity}`);
}
