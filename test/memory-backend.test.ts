import { expect } from '@open-wc/testing';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import { AbortedError, OfflineError } from '../src/api/errors.js';

const line = (id: string, region?: string) => ({
  id,
  name: id,
  region,
  channels: [{ kind: 'call' as const, value: '988' }],
});

describe('createMemoryBackend', () => {
  it('answers the seeded lines for the region asked (and lines with no region)', async () => {
    const backend = createMemoryBackend({ crisisResources: [line('us', 'US'), line('gb', 'GB'), line('anywhere')] });
    const answer = await backend.getCrisisResources({ region: 'US-WA' });
    expect(answer.map((r) => r.id)).to.deep.equal(['us', 'anywhere']);
  });

  it('returns copies, so a widget cannot change the stored data', async () => {
    const backend = createMemoryBackend({ crisisResources: [line('a')] });
    (await backend.getCrisisResources({}))[0].name = 'changed';
    expect((await backend.getCrisisResources({}))[0].name).to.equal('a');
  });

  it('can simulate a backend that is down, or slow and then cancelled', async () => {
    const down = createMemoryBackend({ failWith: new OfflineError() });
    expect(await down.getCrisisResources({}).catch((e) => e)).to.be.instanceOf(OfflineError);
    const slow = createMemoryBackend({ latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = slow.getCrisisResources({}, { signal: controller.signal });
    controller.abort();
    expect(await pending.catch((e) => e)).to.be.instanceOf(AbortedError);
  });
});
