import { expect } from '@open-wc/testing';
import { channelHref, dialString, safeWebUrl } from '../src/api/channel-links.js';
import { mergeCrisisResources, parseCrisisResources } from '../src/api/crisis-resources.js';
import type { CrisisResource } from '../src/api/types.js';

const clinicLine = {
  id: 'clinic',
  name: 'Riverside Clinic warm line',
  channels: [{ kind: 'call', value: '(206) 555-0100' }],
  hours: { timeZone: 'America/Los_Angeles', weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] },
};

describe('crisis resources from outside', () => {
  it('keeps a well-formed entry as given', () => {
    const [line] = parseCrisisResources([clinicLine]);
    expect(line).to.deep.equal(clinicLine);
  });

  it('returns nothing for garbage instead of throwing', () => {
    for (const garbage of [null, undefined, 42, 'text', {}, { resources: [] }, [null, 1, 'x', []]]) {
      expect(parseCrisisResources(garbage)).to.deep.equal([]);
    }
  });

  it('drops entries without an id, a name or a usable channel', () => {
    const parsed = parseCrisisResources([
      { name: 'no id', channels: [{ kind: 'call', value: '1' }] },
      { id: 'no-name', channels: [{ kind: 'call', value: '988' }] },
      { id: 'no-channels', name: 'x', channels: [] },
      { id: 'bad-kind', name: 'x', channels: [{ kind: 'fax', value: '988' }] },
      { id: 'ok', name: 'ok', channels: [{ kind: 'call', value: '988' }] },
    ]);
    expect(parsed.map((r) => r.id)).to.deep.equal(['ok']);
  });

  it('never keeps a javascript: or data: chat link', () => {
    const parsed = parseCrisisResources([
      {
        id: 'x',
        name: 'x',
        channels: [
          { kind: 'chat', value: 'javascript:alert(1)' },
          { kind: 'chat', value: 'data:text/html,<script>alert(1)</script>' },
          { kind: 'chat', value: 'https://example.org/chat' },
        ],
      },
    ]);
    expect(parsed[0].channels).to.deep.equal([{ kind: 'chat', value: 'https://example.org/chat' }]);
  });

  it('drops an entry whose hours are malformed rather than showing it as always closed', () => {
    const broken = [
      { ...clinicLine, hours: { timeZone: 'Mars/Olympus', weekly: clinicLine.hours.weekly } },
      { ...clinicLine, hours: { weekly: [{ days: [9], opens: '09:00', closes: '17:00' }] } },
      { ...clinicLine, hours: { weekly: [{ days: [1], opens: '9am', closes: '17:00' }] } },
    ];
    expect(parseCrisisResources(broken)).to.deep.equal([]);
  });

  it('keeps only an http(s) source', () => {
    const [line] = parseCrisisResources([{ ...clinicLine, source: { url: 'javascript:x', verified: '2026-01-01' } }]);
    expect(line.source).to.equal(undefined);
  });

  it('limits very long text', () => {
    const [line] = parseCrisisResources([{ ...clinicLine, name: 'x'.repeat(5000) }]);
    expect(line.name.length).to.equal(120);
  });
});

describe('channel links', () => {
  it('builds exact tel: and sms: links', () => {
    expect(channelHref({ kind: 'call', value: '988' })).to.equal('tel:988');
    expect(channelHref({ kind: 'call', value: '1-800-668-6868' })).to.equal('tel:18006686868');
    expect(channelHref({ kind: 'call', value: '+44 116 123' })).to.equal('tel:+44116123');
    expect(channelHref({ kind: 'text', value: '988' })).to.equal('sms:988');
    expect(channelHref({ kind: 'text', value: '741741', body: 'HOME' })).to.equal('sms:741741?&body=HOME');
    expect(channelHref({ kind: 'text', value: '1', body: 'A&B' })).to.equal(undefined);
    expect(channelHref({ kind: 'text', value: '741741', body: 'A&B=C' })).to.equal('sms:741741?&body=A%26B%3DC');
    expect(channelHref({ kind: 'relay', value: '711' })).to.equal('tel:711');
  });

  it('refuses numbers too short to dial and non-web chat links', () => {
    expect(channelHref({ kind: 'call', value: 'call us' })).to.equal(undefined);
    expect(channelHref({ kind: 'chat', value: 'javascript:alert(1)' })).to.equal(undefined);
    expect(channelHref({ kind: 'video', value: 'ftp://example.org' })).to.equal(undefined);
  });

  it('normalises numbers and URLs', () => {
    expect(dialString(' +1 (206) 555-0100 ')).to.equal('+12065550100');
    expect(dialString('123"><script>alert(1)</script>')).to.equal('');
    expect(dialString('1-800-FLOWERS')).to.equal('');
    expect(safeWebUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeWebUrl('not a url')).to.equal(undefined);
  });
});

describe('mergeCrisisResources', () => {
  const defaults: CrisisResource[] = [
    { id: 'a', name: 'A', channels: [{ kind: 'call', value: '111' }] },
    { id: 'b', name: 'B', channels: [{ kind: 'call', value: '222' }] },
  ];

  it('replaces a default with the same id in place and appends new lines', () => {
    const merged = mergeCrisisResources(
      defaults,
      [{ id: 'b', name: 'B from the backend', channels: [{ kind: 'call', value: '333' }] }],
      [{ id: 'c', name: 'C', channels: [{ kind: 'call', value: '444' }] }],
    );
    expect(merged.map((r) => r.name)).to.deep.equal(['A', 'B from the backend', 'C']);
  });

  it('lets a later layer win over an earlier one', () => {
    const merged = mergeCrisisResources(
      defaults,
      [{ id: 'a', name: 'backend', channels: [{ kind: 'call', value: '1' }] }],
      [{ id: 'a', name: 'attribute', channels: [{ kind: 'call', value: '1' }] }],
    );
    expect(merged[0].name).to.equal('attribute');
  });
});
