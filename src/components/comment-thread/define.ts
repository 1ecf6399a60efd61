import { defineElement } from '../../core/define.js';
import { PeerCommentThread } from './comment-thread.js';

defineElement('peer-comment-thread', PeerCommentThread);

declare global {
  interface HTMLElementTagNameMap {
    'peer-comment-thread': PeerCommentThread;
  }
}
