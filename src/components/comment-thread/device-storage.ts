/**
 * Storage that degrades to memory for this page when blocked (private modes, strict settings), and what
 * the thread keeps for reactions: which comments this device reacted to, and a random device id sent with
 * reactions so people on one address can each react once (made the first time the visitor reacts).
 */

export const REACTED_KEY = 'peer-support:reacted';
export const DEVICE_KEY = 'peer-support:device-id';
const MAX_REACTED = 2000;

const fallback = new Map<string, string>();

export function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return fallback.get(key) ?? null;
  }
}

export function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    if (value === null) fallback.delete(key);
    else fallback.set(key, value);
  }
}

export function readJson<T>(storage: () => Storage, key: string, valid: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = JSON.parse(read(storage, key) ?? 'null');
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const local = () => localStorage;
export const session = () => sessionStorage;
export const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

export function reactedTo(): Set<string> {
  return new Set((readJson(local, REACTED_KEY, isArray) ?? []).filter((item) => typeof item === 'string'));
}

export function rememberReaction(commentId: string, kind: string): void {
  const reacted = [...reactedTo(), `${commentId}:${kind}`].slice(-MAX_REACTED);
  write(local, REACTED_KEY, JSON.stringify(reacted));
}

/** A random id for this device, made the first time the visitor reacts (never before). */
export function deviceId(): string {
  let id = read(local, DEVICE_KEY);
  if (!id || !/^[\w-]{8,64}$/.test(id)) {
    id = crypto.randomUUID();
    write(local, DEVICE_KEY, id);
  }
  return id;
}
