import { defineElement } from '../define.js';
import { PeerSupportProvider } from './support-provider.js';

defineElement('peer-support-provider', PeerSupportProvider);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-provider': PeerSupportProvider;
  }
}
