import { AbortedError, type BackendError } from './errors.js';
import type { CrisisResource, CrisisResourceQuery, PeerSupportBackend, RequestOptions } from './types.js';

export interface MemoryBackendSeed {
  /** Resources the backend adds to (or overrides in) the shipped defaults. */
  crisisResources?: CrisisResource[];
  /** Simulated network delay in milliseconds, for stories of slow networks. */
  latencyMs?: number;
  /** Every call fails with this error, for stories and tests of a backend that is down. */
  failWith?: BackendError;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** An in-memory backend for prototypes, stories, demos and tests. Data lives as long as the page. */
export function createMemoryBackend(seed: MemoryBackendSeed = {}): PeerSupportBackend {
  const crisisResources = structuredClone(seed.crisisResources ?? []);

  async function respond<T>(value: () => T, options?: RequestOptions): Promise<T> {
    await wait(seed.latencyMs ?? 0, options?.signal);
    if (options?.signal?.aborted) throw new AbortedError();
    if (seed.failWith) throw seed.failWith;
    return structuredClone(value());
  }

  return {
    getCrisisResources(query: CrisisResourceQuery, options?: RequestOptions) {
      const country = query.region?.slice(0, 2).toUpperCase();
      return respond(
        () => crisisResources.filter((resource) => !resource.region || !country || resource.region === country),
        options,
      );
    },
  };
}
