import { defineElement } from '../../core/define.js';
import { PeerModerationQueue } from './moderation-queue.js';

defineElement('peer-moderation-queue', PeerModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'peer-moderation-queue': PeerModerationQueue;
  }
}
export { PeerModerationQueue } from './moderation-queue.js';
