import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { createRestClient } from '../../api/rest-backend.js';
import type { PeerSupportBackend, PeerSupportConfig } from '../../api/types.js';
import { backendContext, configContext } from '../contexts.js';

/**
 * Says where the backend is and which clinic, locale, region and time zone apply, for every widget inside it.
 * Renders nothing of its own.
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
  /** The clinic's identifier, passed to the backend. */
  declare clinic?: string;
  /** BCP 47 language for every widget inside, e.g. "es". Defaults to `<html lang>`, then the browser's. */
  declare locale?: string;
  /** ISO 3166 region, e.g. "US" or "US-WA"; picks crisis lines and units. */
  declare region?: string;
  /** The clinic's IANA time zone, e.g. "America/Los_Angeles". */
  declare timezone?: string;
  /** A backend object (any `PeerSupportBackend`); takes precedence over `api`. */
  declare backend?: PeerSupportBackend;

  private readonly backendProvider = new ContextProvider(this, { context: backendContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private restBackendFor?: { url: string; backend: PeerSupportBackend };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') || changed.has('api')) {
      this.backendProvider.setValue(this.resolveBackend());
    }
    if (['clinic', 'locale', 'region', 'timezone'].some((key) => changed.has(key as keyof PeerSupportProvider))) {
      const config: PeerSupportConfig = {
        clinic: this.clinic,
        locale: this.locale,
        region: this.region,
        timezone: this.timezone,
      };
      this.configProvider.setValue(config);
    }
  }

  private resolveBackend(): PeerSupportBackend | undefined {
    if (this.backend) return this.backend;
    if (!this.api) return undefined;
    if (this.restBackendFor?.url !== this.api) {
      this.restBackendFor = { url: this.api, backend: createRestClient({ baseUrl: this.api }) };
    }
    return this.restBackendFor.backend;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
