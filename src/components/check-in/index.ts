export { PeerCheckIn } from './check-in.js';
export { PeerCheckInSavedEvent, PeerRiskDetectedEvent } from './events.js';
export type { RiskSource } from './events.js';
export type { Answers, StoredCheckIn, QuestionnaireDefinition } from './check-in-model.js';
export type { Goal } from './daily-items.js';
export { scoreScale, screenerResult, phq9Risk } from './scale-scoring.js';
export type { ScaleId, ScaleResult, ScreenerResult } from './scale-scoring.js';
