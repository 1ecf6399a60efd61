import { createHash } from 'node:crypto';

export interface CachedPage {
  version: number;
  /** The serialised JSON answer. */
  body: string;
  /** A strong validator for If-None-Match. */
  etag: string;
}

/**
 * Serialised answers kept against a version the database moves on (see `thread_versions`), so that the
 * common read (the same thread's first page, again and again) costs one primary-key lookup instead of a query
 * and a serialisation. Nothing here is authoritative: every use checks the version in the database first, so
 * several instances sharing one database never serve each other's stale pages. Least recently used out first.
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  #bytes = 0;

  constructor(readonly maxBytes = 16 * 1024 * 1024) {}

  get(key: string, version: number): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page || page.version !== version) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  set(key: string, version: number, body: string): CachedPage {
    this.#forget(key);
    const page = { version, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    if (body.length > this.maxBytes / 4) return page;
    this.#pages.set(key, page);
    this.#bytes += body.length;
    while (this.#bytes > this.maxBytes) this.#forget(this.#pages.keys().next().value!);
    return page;
  }

  #forget(key: string) {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= page.body.length;
  }
}

/** True when an If-None-Match header names this validator (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
