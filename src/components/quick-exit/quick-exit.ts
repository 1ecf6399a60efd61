import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { safeWebUrl } from '../../api/channel-links.js';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import { PeerQuickExitEvent } from './events.js';
import { DEFAULT_EXIT_URL } from './exit-url.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ShiftSequence, type ShiftProgress } from './shift-sequence.js';

const shortcutOwnerKey = Symbol.for('peer-support/quick-exit-shortcut@1');
type OwnerHolder = Record<symbol, PeerQuickExit | undefined>;

/**
 * A button, and the Shift-three-times shortcut, that hide the page at once and replace it with a neutral
 * site, for a visitor who needs to leave quickly. It cannot clear browser history or close other tabs.
 *
 * @tagname peer-quick-exit
 * @summary Leaves the page quickly for a neutral site.
 * @csspart button - The exit button.
 * @csspart overlay - The blank screen shown while leaving.
 * @cssprop --peer-quick-exit-background - Button background (defaults to the emergency colour).
 * @cssprop --peer-quick-exit-color - Button text colour.
 * @event peer-quick-exit - Just before leaving; detail `{ trigger: 'button' | 'shortcut', destination }`.
 */
export class PeerQuickExit extends PeerElement {
  static override styles = [themeTokens, quickExitStyles];

  static override properties = {
    exitUrl: { type: String, attribute: 'exit-url' },
    noShortcut: { type: Boolean, attribute: 'no-shortcut' },
    navigate: { attribute: false },
    announcement: { state: true },
    leaving: { state: true },
  };

  /** Where to go: an http(s) URL. Defaults to a weather site. */
  declare exitUrl: string;
  /** Turns the Shift-three-times shortcut off (the button stays). */
  declare noShortcut: boolean;
  /** How to leave; replaceable for tests and for hosts with their own router. Unset, `location.replace`. */
  declare navigate?: (url: string) => void;
  declare private announcement: string;
  declare private leaving: boolean;

  private readonly sequence = new ShiftSequence();
  private expiryTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.exitUrl = DEFAULT_EXIT_URL;
    this.noShortcut = false;
    this.announcement = '';
    this.leaving = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    const holder = globalThis as unknown as OwnerHolder;
    if (holder[shortcutOwnerKey] === this) holder[shortcutOwnerKey] = undefined;
    clearTimeout(this.expiryTimer);
  }

  /** Hides the page at once and leaves for the exit URL. */
  exit(trigger: 'button' | 'shortcut' = 'button'): void {
    const destination = safeWebUrl(this.exitUrl, document.baseURI) ?? DEFAULT_EXIT_URL;
    this.leaving = true;
    this.announcement = msg('Leaving this page.');
    // Cover the page synchronously, before the next frame, so nothing is visible while the next site loads.
    this.showOverlay();
    this.emit(new PeerQuickExitEvent({ trigger, destination }));
    // replace(), not assign(): the page is not left behind as the current history entry.
    if (this.navigate) this.navigate(destination);
    else window.location.replace(destination);
  }

  /** Only one quick exit on a page answers the shortcut, so two on a page do not both fire. */
  private ownsShortcut(): boolean {
    if (this.noShortcut) return false;
    const holder = globalThis as unknown as OwnerHolder;
    const owner = holder[shortcutOwnerKey];
    if (!owner || !owner.isConnected || owner.noShortcut) holder[shortcutOwnerKey] = this;
    return holder[shortcutOwnerKey] === this;
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!this.ownsShortcut()) return;
    this.report(this.sequence.keydown(event.key));
  };

  private readonly onKeyUp = (event: KeyboardEvent) => {
    if (!this.ownsShortcut()) return;
    this.report(this.sequence.keyup(event.key, event.timeStamp || performance.now()));
  };

  private report(progress: ShiftProgress | undefined): void {
    if (!progress) return;
    clearTimeout(this.expiryTimer);
    if (progress.complete) {
      this.exit('shortcut');
      return;
    }
    if (progress.presses === 0) {
      this.announcement = '';
      return;
    }
    this.announcement =
      progress.remaining === 1
        ? msg('Shift pressed. Press Shift 1 more time to exit this page.')
        : msg(str`Shift pressed. Press Shift ${progress.remaining} more times to exit this page.`);
    this.scheduleExpiry();
  }

  /** When the oldest press falls out of the five-second window, forget it (and only it). */
  private scheduleExpiry(): void {
    const expiresAt = this.sequence.expiresAt();
    if (expiresAt === undefined) return;
    this.expiryTimer = setTimeout(() => {
      const progress = this.sequence.expire(performance.now());
      if (progress.presses === 0) this.announcement = '';
      this.scheduleExpiry();
    }, expiresAt - performance.now());
  }

  private readonly onPageShow = (event: PageTransitionEvent) => {
    // Back from the back/forward cache: the visitor returned on purpose, so give them the page again.
    if (!event.persisted) return;
    this.leaving = false;
    this.announcement = '';
    this.sequence.reset();
    this.shadowRoot?.querySelector('dialog')?.close();
  };

  private showOverlay(): void {
    const dialog = this.shadowRoot?.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  protected override render() {
    return html`
      <button part="button" type="button" @click=${() => this.exit('button')}>
        ${msg('Exit this page')}<span class="sr">${msg(', or press Shift 3 times')}</span>
      </button>
      <span class="sr" role="status">${this.announcement}</span>
      <dialog part="overlay" aria-label=${msg('Leaving this page')} @cancel=${(event: Event) => event.preventDefault()}>
        ${this.leaving ? msg('Loading…') : ''}
      </dialog>
    `;
  }
}
