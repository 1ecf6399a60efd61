import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { StoredCheckIn } from './check-in-model.js';
import type { Goal } from './daily-items.js';
import type { Participant } from './participant.js';
import { lazy } from '../../core/lazy.js';

const loadExport = lazy(() => import('./export-part.js'));

export interface PrivacyHost extends HTMLElement {
  readonly keptOnDevice: boolean;
  participant?: Participant;
  history: StoredCheckIn[];
  goalList: Goal[];
  items?: string;
  erase(serverToo: boolean): Promise<void>;
  focusLater(selector: string): void;
  requestUpdate(): void;
}

type EraseState = 'idle' | 'confirming' | 'erasing' | 'failed' | 'done';

const state = new WeakMap<PrivacyHost, { erase: EraseState; message: string }>();

function stateOf(host: PrivacyHost) {
  let current = state.get(host);
  if (!current) state.set(host, (current = { erase: 'idle', message: '' }));
  return current;
}

function set(host: PrivacyHost, erase: EraseState, message = '', focus?: string) {
  state.set(host, { erase, message });
  if (focus) host.focusLater(focus);
  host.requestUpdate();
}

async function erase(host: PrivacyHost, serverToo: boolean) {
  set(host, 'erasing');
  try {
    await host.erase(serverToo);
    set(
      host,
      'done',
      serverToo
        ? msg('Your check-ins are erased from this device and from the clinic’s server.')
        : msg('Your check-ins are erased from this device.'),
      '#erase-message',
    );
  } catch {
    set(
      host,
      'failed',
      msg('The clinic’s server did not erase your check-ins, so nothing was erased. Please try again later.'),
      '#erase-message',
    );
  }
}

async function download(host: PrivacyHost, kind: 'csv' | 'fhir') {
  try {
    const part = await loadExport();
    part.downloadExport(kind, host.history, { items: host.items, goals: host.goalList });
  } catch {
    set(host, stateOf(host).erase, msg('The download could not be prepared. Please try again.'), '#erase-message');
  }
}

/** "What is stored and where", downloads, and erasing: always one step away, never hidden in settings. */
export function privacySection(host: PrivacyHost) {
  const { erase: eraseState, message } = stateOf(host);
  const anonymous = host.participant?.source !== 'clinic';
  const count = host.history.length;
  return html`${
      host.keptOnDevice
        ? nothing
        : html`<p class="error">
            ${msg(
              'This browser is not keeping your check-ins after this page closes (it may be in a private mode). Keep this page open until they are sent.',
            )}
          </p>`
    }
    <details class="privacy">
      <summary>${msg('Your data: what is kept, and where')}</summary>
      <h3>${msg('On this device')}</h3>
      <p>
        ${msg(
          'Your check-ins (and any still waiting to be sent), answers you have not saved yet, goals you added yourself and a random code that links your check-ins. The words of your own goals stay here only.',
        )}
      </p>
      <h3>${msg('At the clinic')}</h3>
      <p>
        ${
          anonymous
            ? msg(
                'Your answers as numbers, your notes, the time, and whether an answer suggested you might need support. They are linked to a random code, not to your name.',
              )
            : msg(
                'Your answers as numbers, your notes, the time, and whether an answer suggested you might need support. They are linked to the code your clinic gave you.',
              )
        }
        ${msg('Nothing is sent anywhere else.')}
      </p>
      <div class="buttons">
        <button type="button" ?disabled=${!count} @click=${() => download(host, 'csv')}>
          ${msg('Download as a spreadsheet (CSV)')}
        </button>
        <button type="button" ?disabled=${!count} @click=${() => download(host, 'fhir')}>
          ${msg('Download for health records (FHIR)')}
        </button>
        ${
          eraseState === 'idle' || eraseState === 'done'
            ? html`<button type="button" class="danger" @click=${() => set(host, 'confirming', '', '#erase-question')}>
                ${msg('Erase my data')}
              </button>`
            : nothing
        }
      </div>
      ${
        eraseState === 'confirming' || eraseState === 'erasing' || eraseState === 'failed'
          ? html`<div class="erase" role="group" aria-labelledby="erase-question">
              <p id="erase-question" tabindex="-1">
                ${msg('Erase all your check-ins from this device and from the clinic’s server? This cannot be undone.')}
              </p>
              <div class="buttons">
                <button
                  type="button"
                  class="danger"
                  aria-disabled=${eraseState === 'erasing' ? 'true' : 'false'}
                  @click=${() => eraseState !== 'erasing' && erase(host, true)}
                >
                  ${eraseState === 'erasing' ? msg('Erasing…') : msg('Erase everything')}
                </button>
                ${
                  eraseState === 'failed'
                    ? html`<button type="button" class="danger" @click=${() => erase(host, false)}>
                        ${msg('Erase from this device only')}
                      </button>`
                    : nothing
                }
                <button type="button" @click=${() => set(host, 'idle')}>${msg('Keep my data')}</button>
              </div>
            </div>`
          : nothing
      }
      <p id="erase-message" class=${eraseState === 'failed' ? 'error' : ''} role="status" tabindex="-1">${message}</p>
    </details>`;
}
