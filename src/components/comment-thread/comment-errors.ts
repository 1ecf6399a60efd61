import { msg, str } from '@lit/localize';
import { BackendError, HttpError } from '../../api/errors.js';

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * What went wrong, in plain and kind words, for a visitor who just tried to post, edit, react or report.
 * Every message says that their words are kept when they are.
 */
export function writeErrorMessage(error: unknown, { kept = true } = {}): string {
  const keptNote = kept ? ' ' + msg('Your text is still here.') : '';
  if (!(error instanceof BackendError)) return msg('Something went wrong on this page.') + keptNote;
  if (error.kind === 'offline') {
    return msg('You seem to be offline. Check your connection, then send it again.') + keptNote;
  }
  if (error.kind === 'timeout') return msg('The server took too long to answer. Please try again.') + keptNote;
  if (!(error instanceof HttpError))
    return msg('The server sent an answer we could not read. Please try again.') + keptNote;
  switch (error.code) {
    case 'rate_limited': {
      const wait = error.retryAfter;
      return (
        (wait
          ? msg(str`You have sent a lot in a short time. Please wait ${minutes(wait)} min, then try again.`)
          : msg('You have sent a lot in a short time. Please wait a few minutes, then try again.')) + keptNote
      );
    }
    case 'too_fast':
      return msg('That was very quick. Please take a moment, then send it again.') + keptNote;
    case 'too_many_links':
      return msg('Please include at most 2 links.') + keptNote;
    case 'duplicate':
      return msg('You already posted these words here a moment ago.');
    case 'edit_window_closed':
      return msg(
        'The time to change this comment has passed, so it stays as it is. If it must come down, contact the clinic.',
      );
    case 'comment_rejected':
      return msg('The clinic did not publish this comment, so it cannot be changed. You can delete it.');
    case 'not_your_comment':
      return msg('This device can no longer change that comment.');
    case 'not_found':
      return msg('That comment is no longer there.');
    case 'invalid_request':
      return msg('The server could not accept this. Please check what you wrote.') + keptNote;
  }
  if (error.status >= 500) return msg('The clinic’s server had a problem. Please try again in a moment.') + keptNote;
  return msg('The server did not accept this.') + keptNote;
}
