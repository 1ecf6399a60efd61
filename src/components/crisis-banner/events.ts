import type { CrisisChannelKind } from '../../api/types.js';

export interface CrisisContactDetail {
  /** How the visitor chose to reach help. */
  channel: CrisisChannelKind;
  /** Which resource, e.g. "us-988". */
  resourceId: string;
  /** Which sub-option, e.g. "veterans", when one was chosen. */
  optionId?: string;
}

/**
 * Fired when a visitor follows a call, text or chat link, for clinics that count how often help is reached.
 * It says which line and channel, never anything about the visitor.
 */
export class PeerCrisisContactEvent extends Event {
  readonly detail: CrisisContactDetail;
  constructor(detail: CrisisContactDetail) {
    super('peer-crisis-contact', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-crisis-contact': PeerCrisisContactEvent;
  }
}
