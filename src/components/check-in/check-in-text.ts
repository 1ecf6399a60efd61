import { msg, str } from '@lit/localize';
import { HttpError, type BackendError } from '../../api/errors.js';
import type { SendResult } from './check-in-sync.js';

export type Status = { kind: 'saving' | 'sent' | 'waiting' | 'refused'; text: string } | undefined;

/** Why check-ins still wait on the device, in words that say they are safe there. */
export function sendErrorMessage(error: BackendError, waiting: number): string {
  const kept =
    waiting === 1
      ? msg('1 check-in is saved on this device and waiting to be sent.')
      : msg(str`${waiting} check-ins are saved on this device and waiting to be sent.`);
  // Said for what happened: "when the connection is back" would blame a connection that works.
  if (error.kind === 'timeout' || (error instanceof HttpError && error.status === 408))
    return `${kept} ${msg('The server took too long to answer; sending will be tried again later.')}`;
  if (error.kind === 'malformed')
    return `${kept} ${msg('The server’s answer could not be read; sending will be tried again later.')}`;
  if (error instanceof HttpError && error.status >= 500)
    return `${kept} ${msg('The clinic’s server had a problem; sending will be tried again later.')}`;
  if (!(error instanceof HttpError)) return `${kept} ${msg('They will be sent when the connection is back.')}`;
  if (error.status === 429) return `${kept} ${msg('The server asked us to wait; they will be sent a little later.')}`;
  if (error.status === 401)
    return `${kept} ${msg('The clinic’s server did not accept the code that links your check-ins. Please tell the clinic.')}`;
  return `${kept} ${msg('The server did not accept one of them. Please tell the clinic.')}`;
}

/** What to say after a send: the check-in just saved is sent, some still wait, or older ones went. */
export function sendStatus(result: SendResult, savedKey: string | undefined, clinic: string | undefined): Status {
  const justSent = !!savedKey && result.sent.some((checkIn) => checkIn.key === savedKey);
  const waiting = result.waiting && result.error ? sendErrorMessage(result.error, result.waiting) : '';
  if (justSent) {
    const sent = clinic ? msg(str`Saved. ${clinic} has your check-in.`) : msg('Saved. Your clinic has your check-in.');
    return { kind: 'sent', text: [sent, waiting].join(' ').trim() };
  }
  if (waiting) return { kind: result.error!.retryable ? 'waiting' : 'refused', text: waiting };
  if (result.sent.length)
    return { kind: 'sent', text: msg('The check-ins that were waiting on this device have been sent.') };
  return undefined;
}
