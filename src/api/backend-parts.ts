import type { RestRequest } from './rest-comments.js';

/**
 * One part of the API (check-ins, moderation) from a backend: the backend itself when it has every method of
 * that part, else the part made once from its REST `request` helper. The provider's REST client leaves those
 * parts out, so that pages without the widget that needs them never download their methods.
 */
export function backendPart<Part extends object>(
  backend: object | undefined,
  names: readonly (keyof Part)[],
  make: (request: RestRequest) => Part,
  made: WeakMap<object, Part>,
): Part | undefined {
  if (!backend) return undefined;
  const methods = backend as Record<keyof Part, unknown> & { request?: RestRequest };
  if (names.every((name) => typeof methods[name] === 'function')) return backend as Part;
  if (typeof methods.request !== 'function') return undefined;
  let part = made.get(backend);
  if (!part) made.set(backend, (part = make(methods.request.bind(backend))));
  return part;
}
