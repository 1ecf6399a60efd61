import { AbortedError, OfflineError, TimeoutError } from './errors.js';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/**
 * One request with a time limit that also covers reading the body, and the caller's AbortSignal. A network
 * failure becomes OfflineError; once the time is up or the caller has given up, that is what is reported,
 * whatever error the interrupted read threw. `read` turns the response into the answer (or a typed error).
 */
export async function timedFetch<T>(
  doFetch: FetchFunction,
  url: string,
  init: RequestInit,
  limits: { timeoutMs: number; signal?: AbortSignal },
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const { timeoutMs, signal } = limits;
  if (signal?.aborted) throw new AbortedError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const explain = (error: unknown) =>
    timedOut ? new TimeoutError(timeoutMs) : signal?.aborted ? new AbortedError() : error;
  try {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: controller.signal });
    } catch (cause) {
      throw explain(new OfflineError(cause));
    }
    try {
      return await read(response);
    } catch (error) {
      throw explain(error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
