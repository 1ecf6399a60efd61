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

  describe('groups and places', () => {
    const group = (slug: string) => ({
      slug,
      name: slug,
      day: 1,
      time: '19:00',
      endTime: '20:00',
      timeZone: 'America/Los_Angeles',
      attendance: 'in-person' as const,
      types: ['O'],
      regions: [],
    });
    const place = (label: string, kind: 'postal-code' | 'city' = 'city') => ({
      label,
      latitude: 47.6,
      longitude: -117.4,
      country: label.includes('BC') ? 'CA' : 'US',
      kind,
    });
    const places = [
      place('Spokane, WA'),
      place('Spokane Valley, WA'),
      place('Spokane, WA 99201', 'postal-code'),
      place('Montréal, QC'),
      place('Vancouver, BC V6B 1A1', 'postal-code'),
    ];

    it('answers the seeded groups as copies, and none when not seeded', async () => {
      const backend = createMemoryBackend({ groups: [group('a'), group('b')] });
      const groups = await backend.getGroups();
      expect(groups.map((g) => g.slug)).to.deep.equal(['a', 'b']);
      groups[0].name = 'changed';
      expect((await backend.getGroups())[0].name).to.equal('a');
      expect(await createMemoryBackend().getGroups()).to.deep.equal([]);
    });

    it('finds places whose label contains the query, ignoring case and accents', async () => {
      const backend = createMemoryBackend({ places });
      expect((await backend.geocode('spokane')).map((p) => p.label)).to.deep.equal([
        'Spokane, WA',
        'Spokane Valley, WA',
        'Spokane, WA 99201',
      ]);
      expect((await backend.geocode('MONTREAL')).map((p) => p.label)).to.deep.equal(['Montréal, QC']);
      expect(await backend.geocode('Boise')).to.deep.equal([]);
      expect(await backend.geocode(' s ')).to.deep.equal([]);
    });

    it('finds a postal code typed exactly, with or without its space', async () => {
      const backend = createMemoryBackend({ places });
      expect((await backend.geocode('99201')).map((p) => p.label)).to.deep.equal(['Spokane, WA 99201']);
      expect((await backend.geocode('v6b1a1')).map((p) => p.label)).to.deep.equal(['Vancouver, BC V6B 1A1']);
    });

    it('fails, waits and cancels like every other call', async () => {
      const down = createMemoryBackend({ groups: [group('a')], places, failWith: new OfflineError() });
      expect(await down.getGroups().catch((e) => e)).to.be.instanceOf(OfflineError);
      expect(await down.geocode('Spokane').catch((e) => e)).to.be.instanceOf(OfflineError);
      const slow = createMemoryBackend({ groups: [group('a')], places, latencyMs: 10_000 });
      const controller = new AbortController();
      const groups = slow.getGroups({ signal: controller.signal });
      const found = slow.geocode('Spokane', { signal: controller.signal });
      controller.abort();
      expect(await groups.catch((e) => e)).to.be.instanceOf(AbortedError);
      expect(await found.catch((e) => e)).to.be.instanceOf(AbortedError);
      const quick = createMemoryBackend({ groups: [group('a')], latencyMs: 5 });
      expect(await quick.getGroups()).to.have.length(1);
    });
  });
});
