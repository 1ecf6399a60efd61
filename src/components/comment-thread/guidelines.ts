import { msg } from '@lit/localize';
import { html } from 'lit';

/**
 * The community guidelines: shown open before a visitor's first post, folded away after it. A clinic can
 * put its own in the `guidelines` slot.
 */
export function guidelines(folded: boolean) {
  const content = html`<slot name="guidelines">
    <ul>
      <li>${msg('Be kind. Share your own experience, and do not give medical advice.')}</li>
      <li>${msg('Keep it anonymous: do not post your full name, phone number or address, or anyone else’s.')}</li>
      <li>
        ${msg(
          'A person at the clinic reads comments with links, and comments that suggest someone may be at risk, before they appear. A comment someone reports is hidden until a person has read it.',
        )}
      </li>
      <li>${msg('If a comment worries you, use “Report” under it. Every report is read.')}</li>
      <li>
        ${msg(
          'If your words suggest you may be at risk, you will see crisis lines at once, and the clinic’s team will read your comment. The team does not watch comments around the clock: if you are in danger now, call your local emergency number.',
        )}
      </li>
    </ul>
  </slot>`;
  return folded
    ? html`<details class="guidelines">
        <summary>${msg('Community guidelines')}</summary>
        ${content}
      </details>`
    : html`<div class="guidelines" role="group" aria-label=${msg('Community guidelines')}>
        <p><strong>${msg('Before you post')}</strong></p>
        ${content}
      </div>`;
}
