/**
 * Compile-time checks that the browser library's types are the server's contract: `npm run typecheck`
 * fails here when the OpenAPI document (src/api/openapi.d.ts, generated from it) and these types drift.
 * Types only; nothing here reaches a bundle.
 */
import type { components, paths } from './openapi.js';
import type { CrisisResource } from './types.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type CrisisResourceMatchesContract = Expect<Equal<CrisisResource, components['schemas']['CrisisResource']>>;
export type CrisisAnswerMatchesContract = Expect<
  Equal<
    { resources: CrisisResource[] },
    paths['/v1/crisis-resources']['get']['responses'][200]['content']['application/json']
  >
>;
export type ErrorShapeMatchesContract = Expect<
  Equal<{ error: { code: string; message: string; fields?: Record<string, string> } }, components['schemas']['Error']>
>;
