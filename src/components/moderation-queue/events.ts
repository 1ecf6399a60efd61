export type ModerationDecision = 'approved' | 'rejected' | 'deleted';

export interface ModerationDecisionDetail {
  /** The comment's id. */
  id: string;
  decision: ModerationDecision;
}

/**
 * Fired when a staff member's decision on a held comment has been saved by the backend. It names the comment
 * and the decision, never its text, its author or the staff token.
 */
export class PeerModerationDecisionEvent extends Event {
  readonly detail: ModerationDecisionDetail;
  constructor(detail: ModerationDecisionDetail) {
    super('peer-moderation-decision', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-moderation-decision': PeerModerationDecisionEvent;
  }
}
