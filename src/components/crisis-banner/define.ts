import { defineElement } from '../../core/define.js';
import { PeerCrisisBanner } from './crisis-banner.js';

defineElement('peer-crisis-banner', PeerCrisisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'peer-crisis-banner': PeerCrisisBanner;
  }
}
