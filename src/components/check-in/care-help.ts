import { msg } from '@lit/localize';
import { html } from 'lit';

/**
 * Crisis help beside the answer that called for it: the crisis banner's lines, inline. Until the banner's code
 * has arrived (it is fetched when the check-in first renders), plain words still say what to do.
 */
export function careHelp(bannerReady: boolean) {
  return html`<section class="care" role="alert" aria-labelledby="care-heading">
    <h3 id="care-heading">${msg('You do not have to go through this alone')}</h3>
    <p>${msg('Thank you for telling us. You can talk with someone right now, free and confidential:')}</p>
    ${
      bannerReady
        ? html`<peer-crisis-banner variant="inline"></peer-crisis-banner>`
        : html`<p>
            ${msg('Call or text a crisis line, or call your local emergency number if you are in danger now.')}
          </p>`
    }
  </section>`;
}
