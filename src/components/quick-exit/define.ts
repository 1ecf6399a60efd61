import { defineElement } from '../../core/define.js';
import { PeerQuickExit } from './quick-exit.js';

defineElement('peer-quick-exit', PeerQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'peer-quick-exit': PeerQuickExit;
  }
}
