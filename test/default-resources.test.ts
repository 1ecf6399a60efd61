import { expect } from '@open-wc/testing';
import { channelHref } from '../src/api/channel-links.js';
import {
  chooseRegion,
  defaultCrisisResources,
  shippedRegions,
} from '../src/components/crisis-banner/default-resources.js';
import { defaultResourceSources } from '../src/components/crisis-banner/default-resource-sources.js';

describe('shipped crisis lines', () => {
  it('covers the United States, Canada, the UK, Ireland, Australia and New Zealand', () => {
    expect([...shippedRegions].sort()).to.deep.equal(['AU', 'CA', 'GB', 'IE', 'NZ', 'US']);
  });

  it('gives every line (but the national emergency numbers) a source and the date it was checked', () => {
    for (const region of shippedRegions) {
      for (const line of defaultCrisisResources(region)) {
        if (line.emergency) continue;
        const source = defaultResourceSources[line.id];
        expect(source, line.id).to.exist;
        expect(source.url, line.id).to.match(/^https:\/\//);
        expect(source.verified, line.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('has an emergency number last in every region, and a usable link on every channel', () => {
    for (const region of shippedRegions) {
      const lines = defaultCrisisResources(region);
      expect(lines.at(-1)?.emergency, region).to.be.true;
      for (const line of lines) {
        for (const channel of [...line.channels, ...(line.options ?? []).flatMap((o) => o.channels)]) {
          expect(channelHref(channel), `${line.id} ${channel.value}`).to.be.a('string');
        }
      }
    }
  });

  it('in the United States: 988 by call, text and chat, with Spanish, Veterans and Deaf/hard-of-hearing options', () => {
    const [lifeline, textLine, emergency] = defaultCrisisResources('US');
    expect(lifeline.channels.map(channelHref)).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org/chat/']);
    const options = Object.fromEntries(lifeline.options!.map((o) => [o.id, o]));
    expect(options.spanish.channels.map(channelHref)).to.deep.equal(['tel:988', 'sms:988?&body=AYUDA']);
    expect(options.spanish.channels[0].note).to.equal('then press 2');
    expect(options.veterans.channels.map(channelHref).slice(0, 2)).to.deep.equal(['tel:988', 'sms:838255']);
    expect(options.veterans.channels[0].note).to.equal('then press 1');
    expect(options['deaf-hard-of-hearing'].channels.map((c) => c.kind)).to.deep.equal(['video', 'relay']);
    expect(textLine.channels.map(channelHref)).to.deep.equal(['sms:741741?&body=HOME']);
    expect(emergency.channels.map(channelHref)).to.deep.equal(['tel:911']);
  });

  it("uses each country's emergency number", () => {
    const emergencyHref = (region: string) => channelHref(defaultCrisisResources(region).at(-1)!.channels[0]);
    expect(['US', 'CA', 'GB', 'IE', 'AU', 'NZ'].map(emergencyHref)).to.deep.equal([
      'tel:911',
      'tel:911',
      'tel:999',
      'tel:112',
      'tel:000',
      'tel:111',
    ]);
  });

  it('falls back to the United States for a region it does not ship', () => {
    expect(defaultCrisisResources('FR')[0].id).to.equal('us-988');
  });
});

describe('chooseRegion', () => {
  it('prefers the configured region, with or without a subdivision', () => {
    expect(chooseRegion('US-WA', ['en-GB'])).to.equal('US');
    expect(chooseRegion('ca', ['en-GB'])).to.equal('CA');
  });

  it('then the region of a locale', () => {
    expect(chooseRegion(undefined, ['en-GB'])).to.equal('GB');
    expect(chooseRegion(undefined, [undefined, 'es', 'en-AU'])).to.equal('AU');
    expect(chooseRegion('MX', ['en-NZ'])).to.equal('NZ');
  });

  it('else the United States', () => {
    expect(chooseRegion(undefined, ['es', 'fr-FR', 'not a tag!'])).to.equal('US');
    expect(chooseRegion(undefined, [])).to.equal('US');
  });
});
