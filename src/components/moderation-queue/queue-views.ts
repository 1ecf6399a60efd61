import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { loadErrorText } from './queue-text.js';

/** The views around the list: no backend, signing in, and a list that could not load. */

export function renderNoBackend() {
  return html`<h2 id="title">${msg('Moderation queue')}</h2>
    <p class="problem">
      ${msg('No backend is configured for this page, so there is nothing to moderate yet. Whoever set up the page needs to give the support provider the address of the clinic’s server.')}
    </p>`;
}

export interface SignInView {
  /** What is in the field (kept after a refused token, so a typo can be fixed). */
  draft: string;
  error: string;
  signingIn: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onInput: (value: string) => void;
}

export function renderSignIn({ draft, error, signingIn, onSubmit, onInput }: SignInView) {
  return html`<h2 id="title">${msg('Staff sign-in')}</h2>
    <p>
      ${msg('Enter the staff token from your clinic to review comments. It is kept only in this browser tab, until you sign out or close the tab.')}
    </p>
    <form part="sign-in" class="sign-in" novalidate @submit=${onSubmit}>
      <label for="staff-token">${msg('Staff token')}</label>
      <!-- No name: a form submitted without script would otherwise put the token in the address. -->
      <input
        id="staff-token"
        type="password"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        .value=${draft}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'token-error' : nothing}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
      ${error ? html`<p id="token-error" class="problem" role="alert">${error}</p>` : nothing}
      <div class="buttons">
        <button class="primary" type="submit" aria-disabled=${signingIn ? 'true' : 'false'}>
          ${signingIn ? msg('Signing in…') : msg('Sign in')}
        </button>
      </div>
    </form>`;
}

/** `stale`: a list is still shown (a refresh failed), so it is said to be possibly out of date. */
export function renderLoadError(error: unknown, stale: boolean, onRetry: () => void) {
  return html`<div class="problem message" role="alert">
    <p>${loadErrorText(error)}${stale ? ' ' + msg('The list below may be out of date.') : ''}</p>
    ${stale ? nothing : html`<button type="button" @click=${onRetry}>${msg('Try again')}</button>`}
  </div>`;
}
