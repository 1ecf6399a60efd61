import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import type { PeerSupportBackend, PeerSupportConfig } from '../api/types.js';
import { backendContext, configContext } from './contexts.js';
import { resolveLocale, syncLocale, type SupportedLocale } from './localization.js';

/**
 * Shared base of every widget: receives the backend and configuration from the nearest provider (or the
 * page-wide one), keeps the page's locale in step, and re-renders when either changes.
 */
export class PeerElement extends LitElement {
  /** The backend from the nearest provider; undefined when the page configured none. */
  protected backend?: PeerSupportBackend;
  /** Clinic, locale, region and time zone from the nearest provider. */
  protected config: PeerSupportConfig = {};

  constructor() {
    super();
    new ContextConsumer(this, {
      context: backendContext,
      subscribe: true,
      callback: (backend) => {
        this.backend = backend;
        this.requestUpdate();
      },
    });
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (config) => {
        this.config = config ?? {};
        void syncLocale(this.config.locale);
        this.requestUpdate();
      },
    });
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void syncLocale(this.config.locale);
  }

  /** The locale this element renders in. */
  protected get locale(): SupportedLocale {
    return resolveLocale(this.config.locale);
  }

  /** Dispatches a typed event and returns it, so callers can check `defaultPrevented`. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
