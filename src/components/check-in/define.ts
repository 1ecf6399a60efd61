import { defineElement } from '../../core/define.js';
import { PeerCheckIn } from './check-in.js';

defineElement('peer-check-in', PeerCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'peer-check-in': PeerCheckIn;
  }
}
