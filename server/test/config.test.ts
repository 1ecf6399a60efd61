import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.databaseUrl, 'sqlite:./data/peer-support.sqlite');
    assert.equal(config.moderation, 'risk');
    assert.equal(config.editWindowMinutes, 15);
    assert.deepEqual(config.allowedOrigins, []);
  });

  it('reads a JSON file and lets the environment override it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'peer-config-'));
    const file = join(directory, 'config.json');
    writeFileSync(file, JSON.stringify({ clinicName: 'Riverside', port: 9000, moderation: 'all' }));
    const config = loadConfig({ PEER_SUPPORT_CONFIG: file, PORT: '9100' });
    assert.equal(config.clinicName, 'Riverside');
    assert.equal(config.port, 9100);
    assert.equal(config.moderation, 'all');
  });

  it('stops with a message naming the setting when something is wrong', () => {
    assert.throws(
      () => loadConfig({ CLINIC_TIMEZONE: 'Pacific Time' }),
      (e: Error) => e instanceof ConfigError && /timeZone/.test(e.message),
    );
    assert.throws(
      () => loadConfig({ PORT: 'eighty' }),
      (e: Error) => e instanceof ConfigError && /port/.test(e.message),
    );
    assert.throws(() => loadConfig({ CRISIS_RESOURCES: '[{oops' }), /CRISIS_RESOURCES is not valid JSON/);
    assert.throws(
      () =>
        loadConfig({
          CRISIS_RESOURCES: JSON.stringify([
            { id: 'x', name: 'x', channels: [{ kind: 'chat', value: 'javascript:alert(1)' }] },
          ]),
        }),
      /crisisResources/,
    );
    assert.throws(() => loadConfig({ MODERATION_MODE: 'never' }), /moderation/);
    assert.throws(() => loadConfig({ STAFF_TOKEN: 'short' }), /staffToken/);
  });
});
