import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { PeerSupportBackend, PeerSupportConfig } from '../src/api/types.js';
import { PeerElement } from '../src/core/base-element.js';
import { configurePeerSupport } from '../src/core/configure.js';
import { defineElement } from '../src/core/define.js';
import '../src/core/provider/define.js';
import type { PeerSupportProvider } from '../src/core/provider/support-provider.js';

/** A bare widget that shows what it receives. */
class ProbeElement extends PeerElement {
  get receivedBackend(): PeerSupportBackend | undefined {
    return this.backend;
  }
  get receivedConfig(): PeerSupportConfig {
    return this.config;
  }
}
defineElement('test-probe', ProbeElement);

describe('<peer-support-provider>', () => {
  it('configures from attributes alone, creating a REST backend for the api URL', async () => {
    const calls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ resources: [] }), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    try {
      const provider = await fixture<PeerSupportProvider>(
        html`<peer-support-provider
          api="https://support.example.org"
          clinic="riverside"
          locale="en"
          region="US-WA"
          timezone="America/Los_Angeles"
          ><test-probe></test-probe
        ></peer-support-provider>`,
      );
      const probe = provider.querySelector<ProbeElement>('test-probe')!;
      expect(probe.receivedConfig).to.deep.equal({
        clinic: 'riverside',
        locale: 'en',
        region: 'US-WA',
        timezone: 'America/Los_Angeles',
      });
      await probe.receivedBackend!.getCrisisResources({ region: 'US-WA' });
      expect(calls).to.deep.equal(['https://support.example.org/v1/crisis-resources?region=US-WA']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('passes a backend object set from script, and updates widgets when it changes', async () => {
    const first = createMemoryBackend();
    const second = createMemoryBackend();
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider .backend=${first}><test-probe></test-probe></peer-support-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('test-probe')!;
    expect(probe.receivedBackend).to.equal(first);
    provider.backend = second;
    await provider.updateComplete;
    expect(probe.receivedBackend).to.equal(second);
    provider.region = 'CA';
    await provider.updateComplete;
    expect(probe.receivedConfig.region).to.equal('CA');
  });

  it('renders nothing of its own and keeps its children in the page layout', async () => {
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider><p>content</p></peer-support-provider>`,
    );
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('reaches widgets that upgraded before the provider did', async () => {
    const wrapper = await fixture(
      html`<div>
        <late-provider><test-probe></test-probe></late-provider>
      </div>`,
    );
    const probe = wrapper.querySelector<ProbeElement>('test-probe')!;
    expect(probe.receivedBackend).to.equal(undefined);
    // Upgrade a provider-like element now, after the probe already asked for its context.
    const backend = createMemoryBackend();
    class LateProvider extends (customElements.get('peer-support-provider') as typeof LitElement) {}
    customElements.define('late-provider', LateProvider);
    const late = wrapper.querySelector('late-provider') as PeerSupportProvider;
    late.backend = backend;
    await waitUntil(() => probe.receivedBackend === backend, 'the late provider answered');
  });

  it('lets the nearest provider win', async () => {
    const outerBackend = createMemoryBackend();
    const innerBackend = createMemoryBackend();
    const outer = await fixture(
      html`<peer-support-provider .backend=${outerBackend} locale="en"
        ><peer-support-provider .backend=${innerBackend} region="GB"><test-probe></test-probe></peer-support-provider
      ></peer-support-provider>`,
    );
    const probe = outer.querySelector<ProbeElement>('test-probe')!;
    expect(probe.receivedBackend).to.equal(innerBackend);
    expect(probe.receivedConfig.region).to.equal('GB');
  });

  it('takes what it leaves unset from the provider around it, and follows the outer one’s changes', async () => {
    const outerBackend = createMemoryBackend();
    // A page-wide provider, and a pasted snippet's own provider inside it that says only where it is.
    const outer = await fixture<PeerSupportProvider>(
      html`<peer-support-provider .backend=${outerBackend} clinic="Riverside" locale="es" region="CA"
        ><peer-support-provider region="US-WA" locale=""><test-probe></test-probe></peer-support-provider
      ></peer-support-provider>`,
    );
    const inner = outer.querySelector<PeerSupportProvider>('peer-support-provider')!;
    const probe = outer.querySelector<ProbeElement>('test-probe')!;
    expect(probe.receivedBackend, 'the outer backend').to.equal(outerBackend);
    expect(probe.receivedConfig, 'its own region, the rest from outside (an empty locale says nothing)').to.deep.equal({
      clinic: 'Riverside',
      locale: 'es',
      region: 'US-WA',
    });

    outer.locale = 'fr';
    await waitUntil(() => probe.receivedConfig.locale === 'fr', 'the outer locale changed');
    inner.locale = 'en';
    await inner.updateComplete;
    expect(probe.receivedConfig.locale, 'its own, once it has one').to.equal('en');
    inner.removeAttribute('region');
    await inner.updateComplete;
    expect(probe.receivedConfig.region, 'the outer one again').to.equal('CA');

    const ownBackend = createMemoryBackend();
    inner.backend = ownBackend;
    await inner.updateComplete;
    expect(probe.receivedBackend, 'its own backend wins').to.equal(ownBackend);
    inner.backend = undefined;
    await inner.updateComplete;
    expect(probe.receivedBackend, 'the outer backend again').to.equal(outerBackend);
  });

  it('with a server of its own, takes the page’s language and region but not another clinic’s name or time zone', async () => {
    const outer = await fixture<PeerSupportProvider>(
      html`<peer-support-provider
        .backend=${createMemoryBackend()}
        clinic="Riverside"
        timezone="America/Los_Angeles"
        locale="es"
        region="US-WA"
        ><peer-support-provider api="https://other-clinic.example"><test-probe></test-probe></peer-support-provider
      ></peer-support-provider>`,
    );
    const probe = outer.querySelector<ProbeElement>('test-probe')!;
    // The check-in says whom check-ins go to: never a clinic whose server does not receive them.
    expect(probe.receivedConfig).to.deep.equal({ locale: 'es', region: 'US-WA' });
  });

  it('forgets what a provider around it said once moved out of it', async () => {
    const outerBackend = createMemoryBackend();
    const page = await fixture(
      html`<div>
        <peer-support-provider .backend=${outerBackend} region="CA" id="outer"
          ><peer-support-provider locale="fr"><test-probe></test-probe></peer-support-provider
        ></peer-support-provider>
        <section></section>
      </div>`,
    );
    const inner = page.querySelector<PeerSupportProvider>('#outer peer-support-provider')!;
    const probe = page.querySelector<ProbeElement>('test-probe')!;
    expect(probe.receivedBackend).to.equal(outerBackend);
    page.querySelector('section')!.append(inner);
    await waitUntil(() => probe.receivedBackend === undefined, 'the outer backend was kept');
    expect(probe.receivedConfig).to.deep.equal({ locale: 'fr' });
    page.querySelector('#outer')!.append(inner);
    await waitUntil(() => probe.receivedBackend === outerBackend, 'put back, it hears the outer one again');
    expect(probe.receivedConfig).to.deep.equal({ locale: 'fr', region: 'CA' });
  });

  it('keeps one REST client while its address stays the same', async () => {
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider api="https://support.example.org"><test-probe></test-probe></peer-support-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('test-probe')!;
    const first = probe.receivedBackend;
    provider.region = 'CA';
    await provider.updateComplete;
    expect(probe.receivedBackend, 'an unrelated change').to.equal(first);
    provider.api = 'https://other.example.org';
    await provider.updateComplete;
    expect(probe.receivedBackend, 'a new address').to.not.equal(first);
  });
});

describe('configurePeerSupport (a page with no provider)', () => {
  it('configures every widget on the page in one call, including widgets already there', async () => {
    const probe = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
    const backend = createMemoryBackend();
    configurePeerSupport({ backend, region: 'NZ', locale: 'en' });
    await waitUntil(() => probe.receivedBackend === backend, 'configured');
    expect(probe.receivedConfig).to.deep.equal({ region: 'NZ', locale: 'en' });
    const later = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
    expect(later.receivedBackend).to.equal(backend);
    configurePeerSupport({ api: 'https://support.example.org', region: 'CA' });
    await waitUntil(() => probe.receivedConfig.region === 'CA');
    expect(probe.receivedBackend).to.not.equal(backend);
    expect(probe.receivedBackend).to.have.property('getCrisisResources');
  });

  it('fills in what a provider element leaves unset', async () => {
    const backend = createMemoryBackend();
    configurePeerSupport({ backend, region: 'NZ', timezone: 'Pacific/Auckland' });
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider region="AU"><test-probe></test-probe></peer-support-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('test-probe')!;
    await waitUntil(() => probe.receivedConfig.timezone === 'Pacific/Auckland', 'the page’s time zone');
    expect(probe.receivedConfig.region, 'the element’s own').to.equal('AU');
    expect(probe.receivedBackend, 'the page’s').to.equal(backend);
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when a tag is defined twice by a different class', () => {
    const warnings: unknown[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      defineElement('test-twice', First);
      expect(() => defineElement('test-twice', Second)).not.to.throw();
      defineElement('test-twice', First);
      expect(customElements.get('test-twice')).to.equal(First);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.include('<test-twice>');
    } finally {
      console.warn = realWarn;
    }
  });
});
