import { AbortedError, type BackendError } from './errors.js';
import type { PeerGroup } from './meeting-guide.js';
import type { CommentSource, ModerationSource } from './comment-types.js';
import { createMemoryComments, type MemoryCommentOptions } from './memory-comments.js';
import { createMemoryCheckIns } from './memory-check-ins.js';
import type { CheckInSource } from './check-in-types.js';
import type { CrisisResource, CrisisResourceQuery, PeerSupportBackend, Place, RequestOptions } from './types.js';

export interface MemoryBackendSeed extends MemoryCommentOptions {
  /** Resources the backend adds to (or overrides in) the shipped defaults. */
  crisisResources?: CrisisResource[];
  /** The groups `getGroups` answers with. */
  groups?: PeerGroup[];
  /** The places `geocode` searches, standing in for the server's postal-code and city data. */
  places?: Place[];
  /** Simulated network delay in milliseconds, for stories of slow networks. */
  latencyMs?: number;
  /** Every call fails with this error, for stories and tests of a backend that is down. */
  failWith?: BackendError;
}

/** Like the REST backend, the memory backend always offers groups and geocoding (empty when not seeded). */
export interface MemoryBackend
  extends
    Omit<PeerSupportBackend, keyof CommentSource | keyof ModerationSource | keyof CheckInSource>,
    CommentSource,
    ModerationSource,
    CheckInSource {
  getGroups(options?: RequestOptions): Promise<PeerGroup[]>;
  geocode(query: string, options?: RequestOptions): Promise<Place[]>;
}

/** The server answers at most this many places; the memory backend does the same so stories look alike. */
const MAX_PLACES = 5;

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

/** Case and accents do not matter to a visitor typing "Montreal" for "Montréal". */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A US ZIP or a Canadian postal code, without spaces, upper case: "v6b 1a1" and "V6B1A1" are the same code. */
function postalCodes(value: string): string[] {
  const found = value.toUpperCase().match(/\b(?:\d{5}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g) ?? [];
  return found.map((code) => code.replace(' ', ''));
}

function findPlaces(places: Place[], query: string): Place[] {
  const folded = fold(query);
  if (folded.length < 2) return [];
  const typedCode = query.toUpperCase().replace(/\s+/g, '');
  const exact = places.filter((place) => postalCodes(place.label).includes(typedCode));
  const containing = places.filter((place) => !exact.includes(place) && fold(place.label).includes(folded));
  return [...exact, ...containing].slice(0, MAX_PLACES);
}

/** An in-memory backend for prototypes, stories, demos and tests. Data lives as long as the page. */
export function createMemoryBackend(seed: MemoryBackendSeed = {}): MemoryBackend {
  const crisisResources = structuredClone(seed.crisisResources ?? []);
  const groups = structuredClone(seed.groups ?? []);
  const places = structuredClone(seed.places ?? []);

  async function respond<T>(value: () => T, options?: RequestOptions): Promise<T> {
    await wait(seed.latencyMs ?? 0, options?.signal);
    if (options?.signal?.aborted) throw new AbortedError();
    if (seed.failWith) throw seed.failWith;
    return structuredClone(value());
  }

  return {
    ...createMemoryComments(seed, (value, signal) => respond(value, { signal })),
    ...createMemoryCheckIns((value, signal) => respond(value, { signal })),
    getCrisisResources(query: CrisisResourceQuery, options?: RequestOptions) {
      const country = query.region?.slice(0, 2).toUpperCase();
      return respond(
        () => crisisResources.filter((resource) => !resource.region || !country || resource.region === country),
        options,
      );
    },
    getGroups(options?: RequestOptions) {
      return respond(() => groups, options);
    },
    geocode(query: string, options?: RequestOptions) {
      return respond(() => findPlaces(places, query), options);
    },
  };
}
