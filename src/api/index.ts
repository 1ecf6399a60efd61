export * from './types.js';
export type * from './comment-types.js';
export type * from './check-in-types.js';
export * from './errors.js';
export { createRestBackend, createRestClient, createIdempotencyKey } from './rest-backend.js';
export type { RestBackend, RestBackendOptions, RestClient } from './rest-backend.js';
// For a client made with createRestClient (which leaves these out): `restModerationMethods(client.request)`.
export { restModerationMethods } from './rest-moderation.js';
export { restCheckInMethods } from './rest-check-ins.js';
export type { RestRequest } from './rest-comments.js';
export { createMemoryBackend } from './memory-backend.js';
export type { MemoryBackend, MemoryBackendSeed } from './memory-backend.js';
export { createMeetingGuideSource, FeedAddressError } from './meeting-guide-source.js';
export type { MeetingGuideSource, MeetingGuideSourceOptions } from './meeting-guide-source.js';
export { normaliseMeetingGuide, parseTime } from './meeting-guide.js';
export type { Attendance, NormaliseResult, PeerGroup } from './meeting-guide.js';
