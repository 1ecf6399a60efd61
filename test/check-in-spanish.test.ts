import { expect, waitUntil } from '@open-wc/testing';
import { OfflineError } from '../src/api/errors.js';
import type { PeerCheckIn } from '../src/components/check-in/check-in.js';
import { choose, clearDevice, html, memoryBackend, renderCheckIn, root, statusText } from './helpers/check-in.js';

// lit-localize's runtime locale is page-wide, so Spanish has a test file (and page) of its own.
function spanish(backend: object) {
  return renderCheckIn(
    backend,
    html`<peer-support-provider locale="es" .backend=${backend}
      ><peer-check-in scales="phq-9" screeners></peer-check-in
    ></peer-support-provider>`,
  );
}

const text = (checkIn: PeerCheckIn) => root(checkIn).textContent!.replace(/\s+/g, ' ');

function buttonNamed(checkIn: PeerCheckIn, name: string): HTMLButtonElement {
  const found = [...root(checkIn).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('<peer-check-in> in Spanish', () => {
  beforeEach(clearDevice);

  it('asks in Spanish, with the published Spanish PHQ-9, and shows crisis help in Spanish', async () => {
    const checkIn = await spanish(memoryBackend());
    await waitUntil(() => text(checkIn).includes('¿Cómo está su estado de ánimo hoy?'), 'Spanish questions', {
      timeout: 3000,
    });
    const moodWords = [...root(checkIn).querySelectorAll('#q-mood label')].map((label) => label.textContent!.trim());
    expect(moodWords[0]).to.equal('Muy bajo');
    await waitUntil(() => root(checkIn).querySelector('.scales button'), 'the scales');
    buttonNamed(checkIn, 'Responderlas ahora').click();
    await checkIn.updateComplete;
    expect(text(checkIn)).to.contain('Poco interés o placer en hacer cosas');
    await choose(checkIn, 'safe', 0);
    const care = root(checkIn).querySelector('.care')!;
    expect(care.textContent).to.contain('No tiene que pasar por esto a solas');
    await waitUntil(() => care.querySelector('peer-crisis-banner')?.shadowRoot?.textContent?.includes('988'), 'lines');
    await expect(checkIn).to.be.accessible();
  });

  it('says in Spanish that a check-in waits on the device, and gives its scores with the same care', async () => {
    const backend = { ...memoryBackend(), submitCheckIn: () => Promise.reject(new OfflineError()) };
    const checkIn = await spanish(backend);
    await waitUntil(() => root(checkIn).querySelector('.scales button'), 'the scales');
    buttonNamed(checkIn, 'Responderlas ahora').click();
    await checkIn.updateComplete;
    await choose(checkIn, 'phq9-1', 0);
    await choose(checkIn, 'phq9-2', 1);
    buttonNamed(checkIn, 'Guardar registro').click();
    await checkIn.updateComplete;
    expect(root(checkIn).querySelector('#check-in-error')!.textContent).to.contain('«Acepto»');
    root(checkIn).querySelector<HTMLInputElement>('#consent-agree')!.click();
    buttonNamed(checkIn, 'Guardar registro').click();
    await waitUntil(() => statusText(checkIn).includes('Se enviarán cuando vuelva la conexión'), statusText(checkIn));
    expect(text(checkIn)).to.contain('Gracias por registrar cómo se siente');
    expect(text(checkIn)).to.contain('PHQ-2: 1');
    expect(text(checkIn)).to.contain('Una puntuación no es un diagnóstico');
    await expect(checkIn).to.be.accessible();
  });
});
