/**
 * Where the staff token lives between reloads: sessionStorage only (gone when the tab closes), never
 * localStorage, cookies or the address. When a browser blocks storage it lasts as long as the page.
 */
export const STAFF_TOKEN_KEY = 'peer-support:staff-token';

let inMemory = '';

export function readStaffToken(): string {
  try {
    return sessionStorage.getItem(STAFF_TOKEN_KEY) ?? '';
  } catch {
    return inMemory;
  }
}

/** Keeps the token for this browser session; an empty token forgets it. */
export function keepStaffToken(token: string): void {
  inMemory = token;
  try {
    if (token) sessionStorage.setItem(STAFF_TOKEN_KEY, token);
    else sessionStorage.removeItem(STAFF_TOKEN_KEY);
  } catch {
    // Storage blocked (a privacy setting, a sandboxed frame): the copy in memory is all there is.
  }
}
