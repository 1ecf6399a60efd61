import { defineElement } from '../../core/define.js';
import { PeerGroupFinder } from './group-finder.js';

defineElement('peer-group-finder', PeerGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-finder': PeerGroupFinder;
  }
}
