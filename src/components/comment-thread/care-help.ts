import { msg } from '@lit/localize';
import { html } from 'lit';
import { lazy } from '../../core/lazy.js';
import { crisisLines } from '../../core/safety/crisis-lines.js';

/** Fetches the crisis-help chunk once; a failed fetch (offline) may be tried again later. */
export const loadCare = lazy(() => import('../crisis-banner/care.js'));

/**
 * Help shown to the author of words that suggest they may be at risk, and only to them: the same lines as
 * the crisis banner. If the banner's code could not be fetched, plain words still say what to do.
 */
export function careHelp(headingId: string, reporter = false) {
  return html`<section class="care" aria-labelledby=${headingId}>
    <h4 id=${headingId}>
      ${reporter ? msg('Thank you for looking out for them') : msg('You do not have to go through this alone')}
    </h4>
    <p>
      ${
        reporter
          ? msg(
              'A person at the clinic will read it soon. If someone is in danger right now, these lines can help, and you can call them for someone else:',
            )
          : msg(
              'Thank you for sharing how you feel. A person at the clinic will read your comment before it appears. You can also talk with someone right now, free and confidential:',
            )
      }
    </p>
    ${crisisLines()}
  </section>`;
}
