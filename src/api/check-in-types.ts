import type { RequestOptions, WriteOptions } from './types.js';

/**
 * Check-ins: how a person in recovery is doing, as numbers keyed by stable item ids (mood 1–5, cravings 0–10,
 * scale items…), never as labels, so that wording can change and languages can differ without breaking history.
 */
export interface NewCheckIn {
  /** When the person filled it in (ISO 8601 with offset); the server's time when absent. */
  recordedAt?: string;
  answers: Record<string, number>;
  note?: string;
  /** The widget saw a risk answer (PHQ-9 item 9 above 0, "I do not feel safe", crisis words in the note). */
  risk?: boolean;
}

export interface CheckIn {
  id: string;
  recordedAt: string;
  answers: Record<string, number>;
  note?: string;
  risk: boolean;
}

export interface CheckInPage {
  checkIns: CheckIn[];
  nextCursor: string | null;
}

export interface ParticipantOptions extends RequestOptions {
  /** A random id made on the device, or a token the clinic issued: 32–200 letters, digits, - or _. */
  participantToken: string;
}

/** `POST/GET /v1/check-ins` and `DELETE /v1/participants/me`. */
export interface CheckInSource {
  submitCheckIn(checkIn: NewCheckIn, options: ParticipantOptions & WriteOptions): Promise<CheckIn>;
  /** Newest first. */
  listCheckIns(query: { cursor?: string; limit?: number }, options: ParticipantOptions): Promise<CheckInPage>;
  /** Everything the server holds for this participant; succeeds when there was nothing. */
  eraseParticipant(options: ParticipantOptions & WriteOptions): Promise<void>;
}
