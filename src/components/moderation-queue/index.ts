export { PeerModerationQueue } from './moderation-queue.js';
export { PeerModerationDecisionEvent } from './events.js';
export type { ModerationDecision, ModerationDecisionDetail } from './events.js';
export { STAFF_TOKEN_KEY } from './staff-token.js';
