import { detectCrisisLanguage } from '../../src/core/safety/crisis-language.js';
import type { ServerConfig } from './config.js';
import type { CommentTable } from './db/schema.js';

const LINK = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

export interface ModerationDecision {
  status: 'published' | 'held';
  reason: CommentTable['held_reason'];
  care: boolean;
}

/**
 * Whether a new comment is published at once or held, and why. Crisis language is always held for care,
 * whatever the mode, so its author is shown help and a person at the clinic reads it first.
 */
export function decide(body: string, mode: ServerConfig['moderation'], isFirstComment: boolean): ModerationDecision {
  if (detectCrisisLanguage(body).risk) return { status: 'held', reason: 'care', care: true };
  if (mode === 'all') return { status: 'held', reason: 'review', care: false };
  if (mode === 'first-time' && isFirstComment) return { status: 'held', reason: 'first-time', care: false };
  if (countLinks(body) > 0) return { status: 'held', reason: 'links', care: false };
  return { status: 'published', reason: null, care: false };
}
