import { ApiError } from './errors.js';

/** Opaque page cursors: a row's sort position (timestamp and id), base64url-encoded JSON. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string'))
      return value as [string, string];
  } catch {
    // fall through
  }
  throw new ApiError(400, 'invalid_request', 'The cursor is not one this server gave out.', {
    cursor: 'unknown cursor',
  });
}
