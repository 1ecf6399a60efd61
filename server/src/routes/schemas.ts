import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi('Error');

/**
 * Free text a visitor sends. PostgreSQL cannot store the NUL character (SQLite can), so it is refused here,
 * as bad input with a field message, before it could reach either database. A lone UTF-16 surrogate half
 * (an emoji cut in two) is not text either: it becomes U+FFFD here, as PostgreSQL would store it, where
 * SQLite would keep invalid UTF-8 and give back three U+FFFD.
 */
export const storable = <T extends z.ZodString>(schema: T) =>
  schema
    .overwrite((value) => value.replace(/\p{Cs}/gu, '\ufffd') as typeof value)
    .refine((value) => !value.includes('\0'), 'contains a character that cannot be stored (NUL)');

const errorContent = { 'application/json': { schema: errorSchema } };

/** Answers every write can give besides its own: too large, too fast. */
export const writeErrorResponses = {
  413: { description: 'The body is larger than the server accepts', content: errorContent },
  429: {
    description: 'Too many requests from this visitor; `Retry-After` says when to try again',
    headers: z.object({ 'Retry-After': z.string().openapi({ description: 'Seconds to wait' }) }),
    content: errorContent,
  },
};
