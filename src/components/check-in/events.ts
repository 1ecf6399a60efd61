import type { StoredCheckIn } from './check-in-model.js';

/** What told the widget that the person may be at risk. */
export type RiskSource = 'not-safe' | 'phq9-item-9' | 'note';

/**
 * The person may be at risk: crisis help is already on their screen. The host page may add its own
 * response (a clinic's chat, a call-back offer). Fired once per cause per check-in.
 */
export class PeerRiskDetectedEvent extends Event {
  constructor(readonly source: RiskSource) {
    super('peer-risk-detected', { bubbles: true, composed: true });
  }
}

/** Saved on the device; `sent` says whether the server has it yet (else it goes when back online). */
export class PeerCheckInSavedEvent extends Event {
  constructor(
    readonly checkIn: StoredCheckIn,
    readonly sent: boolean,
  ) {
    super('peer-check-in-saved', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'peer-risk-detected': PeerRiskDetectedEvent;
    'peer-check-in-saved': PeerCheckInSavedEvent;
  }
}
