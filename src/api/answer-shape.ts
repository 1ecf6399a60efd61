import { MalformedResponseError } from './errors.js';

/** The list an answer keeps under `key`. An answer without one cannot be read, whatever else it holds. */
export function listIn(answer: unknown, key: string): unknown[] {
  const list = (answer as Record<string, unknown> | null | undefined)?.[key];
  if (!Array.isArray(list)) throw new MalformedResponseError(`The answer had no list of ${key}.`);
  return list;
}
