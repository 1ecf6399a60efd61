import type { Context } from 'hono';
import { ApiError } from './errors.js';
import { sha256 } from './idempotency.js';

const TOKEN = /^[A-Za-z0-9_-]{32,200}$/;

/**
 * The participant a request speaks for: `Authorization: Bearer <token>`, where the token is either a random
 * id the widget made on the visitor's device or one the clinic issued. Only its SHA-256 is stored (tokens are
 * long and random, so no salt is needed to keep them from being guessed back).
 */
export function participantId(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token)
    throw new ApiError(
      401,
      'participant_token_required',
      'Send the participant token as "Authorization: Bearer <token>".',
    );
  if (!TOKEN.test(token))
    throw new ApiError(
      401,
      'invalid_participant_token',
      'The participant token must be 32 to 200 letters, digits, - or _.',
    );
  return sha256(`participant:${token}`);
}
