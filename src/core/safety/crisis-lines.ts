import { msg } from '@lit/localize';
import { html } from 'lit';

/**
 * The crisis banner's lines, inline, for a widget that learned someone may be at risk. Until the banner's code
 * has arrived (widgets fetch it ahead of need), plain words still say what to do.
 */
export function crisisLines(bannerReady = !!customElements.get('peer-crisis-banner')) {
  return bannerReady
    ? html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`
    : html`<p>${msg('Call or text a crisis line, or call your local emergency number if you are in danger now.')}</p>`;
}
