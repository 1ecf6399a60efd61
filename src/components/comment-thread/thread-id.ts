/** What the reference server accepts as a thread id (and what any backend can safely key on). */
const THREAD_ID = /^[A-Za-z0-9/_.:~-]{1,200}$/;

export function validThreadId(id: string): boolean {
  // "." and ".." would be read as path steps in /v1/threads/{thread}/comments, whatever the encoding.
  return THREAD_ID.test(id) && id !== '.' && id !== '..';
}

/**
 * The page's own thread id: the path of its canonical URL (so "?utm=…" and "#comments" variants share one
 * thread), else of its address.
 */
export function pageThreadId(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return threadIdOf(canonical ?? location.pathname);
}

/**
 * The thread id of an address (absolute or relative to this page): its path, decoded, with characters a
 * thread id cannot hold written as "-" and a trailing slash dropped. A malformed address gives this page's.
 */
export function threadIdOf(address: string): string {
  let path = location.pathname;
  try {
    path = new URL(address, location.href).pathname;
  } catch {
    // A malformed address: this page's own path still names a thread.
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%": keep the path as it is.
  }
  const id = path
    .replace(/[^A-Za-z0-9/_.:~-]/g, '-')
    .replace(/(.)\/+$/, '$1')
    .slice(0, 200);
  return id || '/';
}
