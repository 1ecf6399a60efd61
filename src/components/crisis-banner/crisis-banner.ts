import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { channelHref } from '../../api/channel-links.js';
import type { CrisisChannel, CrisisResource, CrisisResourceOption } from '../../api/types.js';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import { DEFAULT_EXIT_URL } from '../quick-exit/exit-url.js';
import { crisisBannerStyles } from './crisis-banner.styles.js';
import { chooseRegion, defaultCrisisResources } from './default-resources.js';
import { channelLabel } from './channel-label.js';
import type { ArrangedResource, BackendLines } from './custom-lines.js';
import { PeerCrisisContactEvent } from './events.js';

type CustomLines = typeof import('./custom-lines.js');

const DISMISSED_KEY = 'peer-support:crisis-banner-dismissed';

function dismissedStorage(value?: boolean): boolean {
  try {
    if (value) sessionStorage.setItem(DISMISSED_KEY, '1');
    else if (value === false) sessionStorage.removeItem(DISMISSED_KEY);
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    // Storage blocked: the choice lasts until the page is reloaded, which is still this visit.
    return !!value;
  }
}

/**
 * How to reach help now, by call, text or chat, on every page. The lines for the visitor's region ship in
 * the bundle and render with no network; a backend, a property or a JSON attribute can add or override them.
 *
 * @tagname peer-crisis-banner
 * @summary Crisis help on every page, with an optional quick exit.
 * @csspart base - The banner's outer region.
 * @csspart reopen - The small "Get help now" button left after dismissing.
 * @cssprop --peer-crisis-banner-background - Banner background (from `--peer-color-crisis-surface`).
 * @cssprop --peer-crisis-banner-color - Banner text colour.
 * @cssprop --peer-crisis-banner-action-background - Call, text and chat buttons (from `--peer-color-primary`).
 * @cssprop --peer-crisis-banner-action-color - Text on those buttons.
 * @cssprop --peer-crisis-banner-border - Border colour.
 * @cssprop --peer-crisis-banner-emergency - The emergency number's button.
 * @event peer-crisis-contact - A visitor followed a line's link; detail `{ channel, resourceId, optionId? }`.
 * @event peer-quick-exit - The visitor used quick exit; detail `{ trigger, destination }`.
 */
export class PeerCrisisBanner extends PeerElement {
  static override styles = [themeTokens, crisisBannerStyles];

  static override properties = {
    variant: { type: String, reflect: true },
    position: { type: String, reflect: true },
    dismissible: { type: Boolean },
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    exitUrl: { type: String, attribute: 'exit-url' },
    region: { type: String },
    resources: {},
    expanded: { type: Boolean, reflect: true },
    navigate: { attribute: false },
    now: { attribute: false },
    dismissed: { state: true },
    custom: { state: true },
  };

  /** "bar": a slim bar that expands to every channel; "inline": a panel in the page's flow. */
  declare variant: 'bar' | 'inline';
  /** For the bar: "top" or "bottom" (sticky), or "static" to stay where it is placed. */
  declare position: 'top' | 'bottom' | 'static';
  /** Lets the visitor hide the banner for this visit; a small "Get help now" button always stays. */
  declare dismissible: boolean;
  /** Shows an "Exit this page" button and turns on the Shift-three-times shortcut. */
  declare quickExit: boolean;
  /** Where quick exit goes (http/https). */
  declare exitUrl?: string;
  /** Overrides the provider's region, e.g. "CA". */
  declare region?: string;
  /** Lines to add, or to replace shipped ones by id: an array (property) or JSON (attribute). */
  declare resources: unknown;
  /** Whether the bar shows every channel. */
  declare expanded: boolean;
  /** Passed to the quick exit; replaceable for tests. */
  declare navigate?: (url: string) => void;
  /** The clock used for opening hours; set it only to preview a time. */
  declare now?: Date;
  declare private dismissed: boolean;
  /** Loaded only when a clinic adds lines of its own. */
  declare private custom?: CustomLines;
  private customRequested = false;

  /** The backend's lines, asked for once the custom-lines module is here. */
  private remote?: BackendLines;
  private clock?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.variant = 'bar';
    this.position = 'top';
    this.dismissible = false;
    this.quickExit = false;
    this.resources = [];
    this.expanded = false;
    this.dismissed = dismissedStorage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.clock = undefined;
    this.remote?.cancel();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Quick exit is opt-in, so pages that do not ask for it do not download it.
    if (this.quickExit && !customElements.get('peer-quick-exit')) void import('../quick-exit/define.js');
    // So are a clinic's own lines (from a backend or `resources`): the shipped ones need none of it.
    if ((this.backend || (this.resources as unknown[] | string)?.length) && !this.customRequested) {
      this.customRequested = true;
      import('./custom-lines.js').then(
        (module) => (this.custom = module),
        () => {
          // Could not load (offline after the page loaded): the shipped lines stay on screen.
          this.customRequested = false;
        },
      );
    }
    // The configured region as given ("US-WA" lets a backend add state lines), else the one we chose.
    this.remote ??= this.custom && new this.custom.BackendLines(() => this.requestUpdate());
    this.remote?.sync(this.backend, this.region ?? this.config.region ?? this.regionCode(), this.locale);
  }

  protected override updated(): void {
    // Opening hours (which only custom lines have) change with the clock; a minute is fine-grained enough.
    if (this.custom && this.isConnected) this.clock ??= setInterval(() => this.requestUpdate(), 60_000);
  }

  private regionCode(): string {
    return chooseRegion(this.region ?? this.config.region, [
      this.config.locale,
      document.documentElement.lang,
      ...navigator.languages,
    ]);
  }

  private arranged(): ArrangedResource[] {
    const regionCode = this.regionCode();
    const defaults = defaultCrisisResources(regionCode);
    const custom = this.custom;
    // The shipped lines are already in order (emergency last) and have no opening hours.
    if (!custom) return defaults.map((resource) => ({ resource }));
    return custom.withCustomLines(
      defaults,
      [regionCode, (this.region ?? this.config.region)?.slice(0, 2).toUpperCase()],
      [this.remote?.answer, this.resources],
      this.now ?? new Date(),
      this.config.timezone,
    );
  }

  private setDismissed(dismissed: boolean): void {
    this.dismissed = dismissed;
    dismissedStorage(dismissed);
  }

  private async reopen(): Promise<void> {
    this.setDismissed(false);
    this.expanded = true;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.channel')?.focus();
  }

  private async dismiss(): Promise<void> {
    this.setDismissed(true);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part="reopen"]')?.focus();
  }

  private contact(resource: CrisisResource, channel: CrisisChannel, option?: CrisisResourceOption): void {
    this.emit(new PeerCrisisContactEvent({ channel: channel.kind, resourceId: resource.id, optionId: option?.id }));
  }

  private renderChannel(resource: CrisisResource, channel: CrisisChannel, option?: CrisisResourceOption) {
    const href = channelHref(channel);
    if (!href) return nothing;
    const label = channelLabel(channel);
    const external = channel.kind === 'chat' || channel.kind === 'video';
    const name = [label, channel.note, option?.label, resource.name, external ? msg('opens in a new tab') : '']
      .filter(Boolean)
      .join(', ');
    return html`<a
        class=${option ? 'option-link' : 'channel'}
        href=${href}
        aria-label=${name}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'nofollow ugc noopener noreferrer' : nothing}
        @click=${() => this.contact(resource, channel, option)}
        >${label}</a
      >${channel.note ? html` <span class="note">${channel.note}</span>` : nothing}`;
  }

  private renderResource({ resource, state }: ArrangedResource) {
    return html`<li class=${resource.emergency ? 'emergency' : ''}>
      <h3>${resource.name}</h3>
      ${
        state && this.custom
          ? html`<p class="status">
              ${this.custom.statusText(state, this.now ?? new Date(), this.locale, resource.hours?.timeZone ?? this.config.timezone)}
            </p>`
          : nothing
      }
      ${resource.description ? html`<p class="description">${resource.description}</p>` : nothing}
      <div class="channels">${resource.channels.map((channel) => this.renderChannel(resource, channel))}</div>
      ${
        resource.options?.length
          ? html`<ul class="options">
              ${resource.options.map(
                (option) =>
                  html`<li>
                    <span class="option-label">${option.label}${msg(':', { id: 'label-colon' })}</span>
                    ${option.channels.map((channel, i) => html`${i ? ' · ' : ''}${this.renderChannel(resource, channel, option)}`)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderList(arranged: ArrangedResource[]) {
    return html`<ul class="resources">
      ${arranged.map((entry) => this.renderResource(entry))}
    </ul>`;
  }

  private renderQuickExit() {
    return this.quickExit
      ? html`<peer-quick-exit
          class="quick-exit"
          .exitUrl=${this.exitUrl ?? DEFAULT_EXIT_URL}
          .navigate=${this.navigate}
        ></peer-quick-exit>`
      : nothing;
  }

  protected override render() {
    const label = msg('Crisis help');
    if (this.dismissible && this.dismissed) {
      return html`<section part="base" class="row" aria-label=${label}>
        <button part="reopen" type="button" @click=${this.reopen}>${msg('Get help now')}</button>
        ${this.renderQuickExit()}
      </section>`;
    }
    const arranged = this.arranged();
    if (this.variant === 'inline') {
      return html`<section part="base" class="inline" aria-labelledby="heading">
        <div class="row">
          <h2 id="heading">${msg('Get help now')}</h2>
          ${this.renderQuickExit()}
        </div>
        <p>${msg('You do not have to face this alone. Free, confidential help is here.')}</p>
        ${this.renderList(arranged)}
        ${this.dismissible ? html`<button type="button" @click=${this.dismiss}>${msg('Hide for this visit')}</button>` : nothing}
      </section>`;
    }
    // The bar's buttons: call and text for the first line that has them (never left without any).
    const isQuick = (channel: CrisisChannel) => channel.kind === 'call' || channel.kind === 'text';
    const primary = arranged.find(
      (entry) => !entry.resource.emergency && entry.resource.channels.some(isQuick),
    )?.resource;
    const quickChannels = primary?.channels.filter(isQuick).slice(0, 2) ?? [];
    return html`<section part="base" aria-label=${label}>
      <div class="row">
        ${
          // First in the tab order, as GOV.UK's "Exit this page" is: the fastest way out for a keyboard user.
          this.renderQuickExit()
        }
        <p class="lead"><strong>${msg('Need to talk to someone now?')}</strong> ${msg('Free, confidential help.')}</p>
        <div class="actions">
          ${primary ? quickChannels.map((channel) => this.renderChannel(primary, channel)) : nothing}
          <button
            type="button"
            class="toggle"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="panel"
            @click=${() => (this.expanded = !this.expanded)}
          >
            ${this.expanded ? msg('Fewer options') : msg('More ways to get help')}
          </button>
          ${
            this.dismissible
              ? html`<button
                  type="button"
                  class="dismiss"
                  aria-label=${msg('Hide crisis help for this visit')}
                  @click=${this.dismiss}
                >
                  ×
                </button>`
              : nothing
          }
        </div>
      </div>
      <div id="panel" ?hidden=${!this.expanded}>
        <h2 class="sr">${msg('Ways to get help now')}</h2>
        ${this.renderList(arranged)}
      </div>
    </section>`;
  }
}
