import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { ApiError, handleError } from '../src/http/errors.js';

/** What the server answers when a handler throws `error`. */
async function answerTo(error: Error): Promise<{ status: number; code: string; retryAfter: string | null }> {
  const app = new Hono();
  app.onError(handleError);
  app.get('/', () => {
    throw error;
  });
  const response = await app.request('/');
  const body = (await response.json()) as { error: { code: string } };
  return { status: response.status, code: body.error.code, retryAfter: response.headers.get('Retry-After') };
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('errors the database throws', () => {
  it('answers 503 JSON with Retry-After when the database is out of reach, restarting or too busy', async () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
      withCode('database is locked', 'SQLITE_BUSY'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Query read timeout'),
    ]) {
      const answer = await answerTo(error);
      assert.deepEqual(answer, { status: 503, code: 'database_unavailable', retryAfter: '5' }, error.message);
    }
  });

  it('keeps a bug a 500, and an error the server meant as it is', async () => {
    assert.equal((await answerTo(withCode('protocol violation', '08P01'))).status, 500);
    assert.equal((await answerTo(withCode('syntax error at or near', '42601'))).status, 500);
    assert.equal((await answerTo(new TypeError('x is undefined'))).status, 500);
    const meant = Object.assign(new ApiError(409, 'conflict', 'Already there.'), { code: 'ECONNRESET' });
    assert.equal((await answerTo(meant)).status, 409);
  });
});
