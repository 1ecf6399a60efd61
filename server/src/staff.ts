import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Schema } from './db/schema.js';
import { ApiError } from './http/errors.js';
import { sha256 } from './http/idempotency.js';
import { bearer, matchesHash } from './http/tokens.js';

const hashOf = (token: string) => sha256(`staff:${token}`);

/** Stores a staff token's hash (idempotent), e.g. the one given in STAFF_TOKEN at start-up. */
export async function registerStaffToken(db: Kysely<Schema>, token: string, label: string): Promise<void> {
  await db
    .insertInto('staff_tokens')
    .values({ id: randomUUID(), token_hash: hashOf(token), label, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
}

const ENVIRONMENT_TOKEN_ID = 'staff-token-from-environment';

/**
 * Accepts the STAFF_TOKEN setting: it has one fixed row, so changing the setting and restarting replaces the
 * old token (which then stops working) instead of adding to it; unsetting it removes it.
 */
export async function syncEnvironmentStaffToken(db: Kysely<Schema>, token: string | undefined): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('staff_tokens').where('id', '=', ENVIRONMENT_TOKEN_ID).execute();
    if (!token) return;
    await trx.deleteFrom('staff_tokens').where('token_hash', '=', hashOf(token)).execute();
    await trx
      .insertInto('staff_tokens')
      .values({
        id: ENVIRONMENT_TOKEN_ID,
        token_hash: hashOf(token),
        label: 'STAFF_TOKEN',
        created_at: new Date().toISOString(),
      })
      .execute();
  });
}

/** Removes every staff token with this label (as given to create-staff-token); answers how many. */
export async function revokeStaffTokens(db: Kysely<Schema>, label: string): Promise<number> {
  const result = await db.deleteFrom('staff_tokens').where('label', '=', label).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Makes a new random staff token, stores its hash, and returns the token (shown once). */
export async function createStaffToken(db: Kysely<Schema>, label: string): Promise<string> {
  const token = `pst_${randomBytes(32).toString('base64url')}`;
  await registerStaffToken(db, token, label);
  return token;
}

/**
 * Refuses the request unless it carries a valid staff token. Every stored hash is compared in constant
 * time (the list is short), so neither a lookup nor a comparison leaks how close a guess was.
 */
export async function requireStaff(c: Context, db: Kysely<Schema>): Promise<void> {
  const token = bearer(c);
  if (!token) throw new ApiError(401, 'staff_token_required', 'Sign in with a staff token.');
  const rows = await db.selectFrom('staff_tokens').select('token_hash').execute();
  let valid = false;
  for (const row of rows) valid = matchesHash(token, row.token_hash, 'staff') || valid;
  if (!valid)
    throw new ApiError(401, 'invalid_staff_token', 'That staff token is not valid (it may have been revoked).');
}
