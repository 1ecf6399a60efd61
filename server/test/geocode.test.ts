import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, startTestServer, testDialect, type TestServer } from './helpers.js';

describe(`geocode (${testDialect})`, () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());
  const find = async (q: string) =>
    (await json(await server.app.request(`/v1/geocode?q=${encodeURIComponent(q)}`))).results;

  it('finds a US ZIP code and a Canadian postal code', async () => {
    const [spokane] = await find('99201');
    assert.equal(spokane.label, 'Spokane, WA 99201');
    assert.equal(spokane.country, 'US');
    assert.ok(Math.abs(spokane.latitude - 47.66) < 0.1 && Math.abs(spokane.longitude + 117.43) < 0.1);
    const [edmonton] = await find('T6E 4E8');
    assert.equal(edmonton.country, 'CA');
    assert.match(edmonton.label, /^Edmonton, AB T6E$/);
  });

  it('finds cities by name, with or without a state or province', async () => {
    const spokane = await find('Spokane, WA');
    assert.equal(spokane.length, 1);
    assert.equal(spokane[0].label, 'Spokane, WA');
    assert.equal(spokane[0].kind, 'city');
    assert.ok((await find('Springfield')).length > 1);
    const edmonton = await find('edmonton, alberta');
    assert.equal(edmonton[0].label, 'Edmonton, AB');
  });

  it('answers nothing for places it does not know, and 400 for an empty query', async () => {
    assert.deepEqual(await find('Atlantis'), []);
    assert.deepEqual(await find('00000'), []);
    const empty = await server.app.request('/v1/geocode?q=');
    assert.equal(empty.status, 400);
    assert.ok((await json(empty)).error.fields.q);
  });
});
