import { msg } from '@lit/localize';
import { html } from 'lit';
import { crisisLines } from '../../core/safety/crisis-lines.js';

/** Crisis help beside the answer that called for it (the banner's code is fetched at first render). */
export function careHelp(bannerReady: boolean) {
  return html`<section class="care" role="alert" aria-labelledby="care-heading">
    <h3 id="care-heading">${msg('You do not have to go through this alone')}</h3>
    <p>${msg('Thank you for telling us. You can talk with someone right now, free and confidential:')}</p>
    ${crisisLines(bannerReady)}
  </section>`;
}
