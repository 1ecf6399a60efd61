import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { createRestClient } from '../../api/rest-backend.js';
import type { PeerSupportBackend, PeerSupportConfig } from '../../api/types.js';
import { backendContext, configContext } from '../contexts.js';

const CONFIG_KEYS = ['clinic', 'locale', 'region', 'timezone'] as const;

/**
 * Says where the backend is and which clinic, locale, region and time zone apply, for every widget inside it.
 * Renders nothing of its own. What it leaves unset comes from a provider around it (or from
 * `configurePeerSupport`), so a snippet with its own provider can sit inside a page-wide one.
 *
 * @tagname peer-support-provider
 * @summary Configuration and backend for the peer-support widgets inside it.
 * @slot - The widgets (and any other page content).
 */
export class PeerSupportProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    api: { type: String },
    clinic: { type: String },
    locale: { type: String },
    region: { type: String },
    timezone: { type: String },
    backend: { attribute: false },
  };

  /** Base URL of a backend that speaks the REST API, e.g. "https://support.example.org". */
  declare api?: string;
  /** The clinic's name, as visitors know it ("Riverside Community Recovery"): the check-in says who receives it. */
  declare clinic?: string;
  /** BCP 47 language for every widget inside, e.g. "es". Unset: a provider around it, else `<html lang>`, else the browser's. */
  declare locale?: string;
  /** ISO 3166 region, e.g. "US" or "US-WA"; picks crisis lines and units. */
  declare region?: string;
  /** The clinic's IANA time zone, e.g. "America/Los_Angeles". */
  declare timezone?: string;
  /** A backend object (any `PeerSupportBackend`); takes precedence over `api`. */
  declare backend?: PeerSupportBackend;

  private readonly backendProvider = new ContextProvider(this, { context: backendContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private restBackend?: PeerSupportBackend;
  /** The backend and configuration of the provider around this one (or of the page's configuration). */
  private outer: [PeerSupportBackend?, PeerSupportConfig?] = [];

  constructor() {
    super();
    // A provider never answers its own request, so these reach the provider around it.
    [backendContext, configContext].forEach((context, index) => {
      new ContextConsumer(this, {
        context,
        subscribe: true,
        callback: (value) => {
          this.outer[index] = value;
          this.requestUpdate();
        },
      });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved out of a provider, it must not keep what that one said; put back in one, it hears it again.
    this.outer = [];
    this.requestUpdate();
  }

  /** Tells the widgets inside this provider's values, and the outer one's where this one has none. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // One client per address, so that widgets keep their state across unrelated updates.
    if (changed.has('api')) this.restBackend = this.api ? createRestClient({ baseUrl: this.api }) : undefined;
    const [outerBackend, outerConfig = {}] = this.outer;
    const ownBackend = this.backend ?? this.restBackend;
    this.backendProvider.setValue(ownBackend ?? outerBackend);
    // A clinic's name and time zone go with its server: a provider with a server of its own takes neither.
    const { locale, region } = outerConfig;
    const config: PeerSupportConfig = ownBackend ? { locale, region } : { ...outerConfig };
    for (const key of CONFIG_KEYS) if (this[key]) config[key] = this[key];
    // Only a change wakes the widgets inside (each re-renders and sets the page's language).
    if (JSON.stringify(config) != JSON.stringify(this.configProvider.value)) this.configProvider.setValue(config);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
