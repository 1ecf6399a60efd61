import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../app.js';
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
    // A database that was briefly away must not leave every later request failing: try again next time.
    salt.catch(() => salts.delete(db));
    salts.set(db, salt);
  }
  return salt;
}

/**
 * The visitor's network address: the socket's, or, behind `trustProxy` reverse proxies, the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For, since a client can write the left).
 */
export function clientAddress(c: Context<AppEnv>): string {
  const hops = c.var.config.trustProxy;
  if (hops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const address = forwarded.at(-hops);
    if (address) return address;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'unknown';
  }
}

/**
 * A salted hash of the visitor's address: what rate limits, duplicate checks and "first-time" moderation
 * count by. It tells visitors apart without storing who they are.
 */
export async function visitorHash(c: Context<AppEnv>, db: Kysely<Schema>): Promise<string> {
  return sha256(`${await visitorSalt(db)}:address:${clientAddress(c)}`);
}

const DEVICE_ID = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * Who is reacting: the random device id the widget sends (`X-Visitor-Id`), salted and hashed, so that
 * people sharing one address (a clinic's waiting room, a mobile network) can each send support once. A
 * client can make up ids, so this is only used where the address's rate limit still bounds the effect.
 */
export async function reactorHash(c: Context<AppEnv>, db: Kysely<Schema>): Promise<string> {
  const device = c.req.header('x-visitor-id');
  if (!device || !DEVICE_ID.test(device)) return visitorHash(c, db);
  return sha256(`${await visitorSalt(db)}:device:${device}`);
}
