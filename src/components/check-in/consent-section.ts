import { msg, str } from '@lit/localize';
import { html } from 'lit';

/** Before the first check-in: what happens to it, in the clinic's words (slot or attribute) or ours, and "I agree". */
export function consentSection(options: {
  clinic?: string;
  /** Whether this page's backend takes check-ins; without one they never leave the device. */
  sent: boolean;
  words?: string;
  checked: boolean;
  change(checked: boolean): void;
}) {
  const clinic = options.clinic ?? msg('your clinic');
  return html`<div class="consent">
    <slot name="consent"
      ><p id="consent-words">
        ${
          options.words ??
          (options.sent
            ? msg(
                str`Your check-ins are kept on this device and sent to ${clinic}, so that the people supporting you can see how you are doing. You can download them or erase them at any time.`,
              )
            : msg(
                'Your check-ins are kept on this device only: this page does not send them to the clinic. You can download them or erase them at any time.',
              ))
        }
      </p></slot
    >
    <label class="agree"
      ><input
        id="consent-agree"
        type="checkbox"
        aria-describedby="consent-words"
        .checked=${options.checked}
        @change=${(event: Event) => options.change((event.target as HTMLInputElement).checked)}
      />${msg('I agree')}</label
    >
  </div>`;
}
