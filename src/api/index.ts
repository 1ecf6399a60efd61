export * from './types.js';
export * from './errors.js';
export { createRestBackend, createIdempotencyKey } from './rest-backend.js';
export type { RestBackend, RestBackendOptions } from './rest-backend.js';
export { createMemoryBackend } from './memory-backend.js';
export type { MemoryBackendSeed } from './memory-backend.js';
