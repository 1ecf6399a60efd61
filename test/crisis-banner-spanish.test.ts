import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/crisis-banner/define.js';
import '../src/core/provider/define.js';
import type { PeerSupportProvider } from '../src/core/provider/support-provider.js';
import { hrefs, shadow, text } from './helpers/banner.js';

// lit-localize's runtime locale is page-wide, so Spanish has a test file (and page) of its own.
describe('<peer-crisis-banner> in Spanish', () => {
  it('renders in Spanish from the provider locale, with the Spanish option first and the same links', async () => {
    const provider = await fixture<PeerSupportProvider>(
      html`<peer-support-provider locale="es"
        ><peer-crisis-banner variant="inline"></peer-crisis-banner
      ></peer-support-provider>`,
    );
    const el = provider.querySelector('peer-crisis-banner')!;
    await waitUntil(() => text(el).includes('Obtener ayuda ahora'), 'Spanish loaded', { timeout: 4000 });
    const names = [...shadow(el).querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(names).to.include.members([
      'Llamar al 988',
      'Enviar un mensaje al 988',
      'Chatear en línea',
      'Enviar AYUDA al 988',
      'Llamar al 911',
    ]);
    expect(text(el)).to.include('988 Línea de Prevención del Suicidio y Crisis').and.include('y luego marque 2');
    const firstOption = shadow(el).querySelector('.options li')!;
    expect(firstOption.textContent).to.include('En español');
    expect(hrefs(el)).to.include.members(['tel:988', 'sms:988?&body=AYUDA', 'tel:911']);
    const call = shadow(el).querySelector('a[href="tel:988"]')!;
    expect(call.getAttribute('aria-label')).to.equal('Llamar al 988, 988 Línea de Prevención del Suicidio y Crisis');
    await expect(el).to.be.accessible();
  });

  it('follows <html lang> when no provider sets a locale', async () => {
    document.documentElement.lang = 'es-MX';
    const el = await fixture(html`<peer-crisis-banner></peer-crisis-banner>`);
    await waitUntil(() => text(el).includes('¿Necesita hablar con alguien ahora?'), 'Spanish bar', { timeout: 4000 });
    // es-MX names no region we ship, so the United States lines stay.
    expect(hrefs(el)[0]).to.equal('tel:988');
    document.documentElement.lang = '';
  });
});
