import { ApiError } from './errors.js';

/** Opaque page cursors: a row's sort position (timestamp and id), base64url-encoded JSON. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only what this server writes: an ISO timestamp and an id of letters, digits and dashes.
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value[0]) &&
      /^[A-Za-z0-9-]{1,64}$/.test(value[1])
    )
      return value as [string, string];
  } catch {
    // fall through
  }
  throw new ApiError(400, 'invalid_request', 'The cursor is not one this server gave out.', {
    cursor: 'unknown cursor',
  });
}
