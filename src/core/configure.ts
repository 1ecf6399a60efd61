import { ContextProvider } from '@lit/context';
import { createRestClient } from '../api/rest-backend.js';
import type { PeerSupportBackend, PeerSupportConfig } from '../api/types.js';
import { backendContext, configContext } from './contexts.js';
import { ensureContextRoot } from './define.js';

export interface PageConfiguration extends PeerSupportConfig {
  /** A backend object; takes precedence over `api`. */
  backend?: PeerSupportBackend;
  /** Base URL of a REST backend. */
  api?: string;
}

let pageProviders:
  { backend: ContextProvider<typeof backendContext>; config: ContextProvider<typeof configContext> } | undefined;

/**
 * One call that configures every widget on a page that has no `<peer-support-provider>`. A provider element,
 * where present, still wins for the widgets inside it, for what it sets; what it leaves unset comes from here.
 * Calling again replaces the configuration.
 */
export function configurePeerSupport(options: PageConfiguration): void {
  ensureContextRoot();
  const { backend, api, ...config } = options;
  const resolvedBackend = backend ?? (api ? createRestClient({ baseUrl: api }) : undefined);
  if (!pageProviders) {
    const root = document.documentElement;
    pageProviders = {
      backend: new ContextProvider(root, { context: backendContext, initialValue: resolvedBackend }),
      config: new ContextProvider(root, { context: configContext, initialValue: config }),
    };
    // A plain element gets no lifecycle callbacks: announce the providers ourselves so that widgets
    // which connected before this call (and are waiting at the context root) are answered now.
    pageProviders.backend.hostConnected();
    pageProviders.config.hostConnected();
    return;
  }
  pageProviders.backend.setValue(resolvedBackend);
  pageProviders.config.setValue(config);
}
