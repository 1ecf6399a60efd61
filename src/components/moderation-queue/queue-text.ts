import { msg, str } from '@lit/localize';
import type { ModerationQueue, QueueItem } from '../../api/comment-types.js';
import { BackendError, HttpError } from '../../api/errors.js';
import type { ModerationDecision } from './events.js';

/** Report reasons that mean the text itself may hurt to read. */
const DISTRESSING_REPORTS = new Set(['harmful', 'crisis']);

/** Care-flagged or reported as harmful or as a risk: the text starts hidden behind "Show comment". */
export function isDistressing(item: QueueItem): boolean {
  return (
    item.care || item.reason === 'care' || (item.reports ?? []).some((report) => DISTRESSING_REPORTS.has(report.reason))
  );
}

/** Why a comment waits, in plain words. */
export function reasonText(item: QueueItem): string {
  if (item.care || item.reason === 'care') return msg('Needs care: crisis language or a report of risk');
  switch (item.reason) {
    case 'reported':
      return msg('Reported by a reader');
    case 'links':
      return msg('Contains links');
    case 'first-time':
      return msg('A first comment from someone new');
    case 'review':
      return msg('Every comment is reviewed before it is published');
    default:
      return msg('Waiting for review');
  }
}

/** A report's reason in words; a reason we do not know is shown as given (as text). */
export function reportReasonText(reason: string): string {
  switch (reason) {
    case 'harmful':
      return msg('Harmful or hurtful');
    case 'spam':
      return msg('Spam or advertising');
    case 'crisis':
      return msg('Someone may be at risk');
    case 'other':
      return msg('Something else');
    default:
      return reason;
  }
}

/** "3 waiting, 1 needs care". */
export function countsText({ waiting, care }: ModerationQueue['counts']): string {
  if (!waiting) return msg('Nothing waiting');
  const total = msg(str`${waiting} waiting`);
  if (!care) return total;
  return care === 1 ? msg(str`${total}, 1 needs care`) : msg(str`${total}, ${care} need care`);
}

/** The full date and time in the staff member's own language and time zone. */
// Making a formatter costs far more than using one: a full queue would make a hundred on every render.
const formats = new Map<string, Intl.DateTimeFormat>();

export function postedText(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return msg('an unknown time');
  let format = formats.get(locale);
  if (!format)
    formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' })));
  return format.format(date);
}

export function decisionText(decision: ModerationDecision): string {
  if (decision === 'approved') return msg('Comment approved.');
  if (decision === 'rejected') return msg('Comment rejected.');
  return msg('Comment deleted.');
}

export type ActionName = 'approve' | 'reject' | 'delete';

export function busyText(action: ActionName): string {
  if (action === 'approve') return msg('Approving…');
  if (action === 'reject') return msg('Rejecting…');
  return msg('Deleting…');
}

export const isUnauthorized = (error: unknown) => error instanceof HttpError && error.status === 401;
export const isGone = (error: unknown) => error instanceof HttpError && error.status === 404;

/** The server's side of a failure: an error status, or an answer that could not be read. */
function serverProblemText(error: unknown): string | undefined {
  if (error instanceof HttpError && error.status >= 500) return msg('The server had a problem. Try again in a moment.');
  if (error instanceof BackendError && error.kind === 'malformed') {
    return msg('The server sent an answer that could not be read. Try again.');
  }
}

/** What went wrong with one decision, said plainly. */
export function actionErrorText(error: unknown): string {
  if (error instanceof BackendError && error.kind === 'offline') {
    return msg('You appear to be offline. Check the connection, then try again.');
  }
  if (error instanceof BackendError && error.kind === 'timeout') {
    return msg('The server took too long to answer. Try again.');
  }
  return serverProblemText(error) ?? msg('The server could not do that. Try again.');
}

/** What went wrong loading the queue, said plainly. */
export function loadErrorText(error: unknown): string {
  if (error instanceof BackendError && error.kind === 'offline') {
    return msg('You appear to be offline, so the queue could not be loaded. Check the connection, then try again.');
  }
  if (error instanceof BackendError && error.kind === 'timeout') {
    return msg('The server took too long to answer. Try again.');
  }
  return serverProblemText(error) ?? msg('The queue could not be loaded just now. Try again.');
}
