import type { CrisisChannel } from './types.js';

/** Links to crisis lines are built by code from validated parts, never taken as given. */

/** An https (or http) URL as a string, or undefined: never `javascript:` or any other scheme. */
export function safeWebUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Digits with an optional leading +, as dialled. */
export function dialString(value: string): string {
  const plus = value.trim().startsWith('+') ? '+' : '';
  return plus + value.replace(/\D/g, '');
}

/** The link for a channel, built by code from validated parts; undefined when the value is unusable. */
export function channelHref(channel: CrisisChannel): string | undefined {
  switch (channel.kind) {
    case 'chat':
    case 'video':
      return safeWebUrl(channel.value);
    case 'text': {
      const number = dialString(channel.value);
      if (number.replace('+', '').length < 3) return undefined;
      // "?&body=" is understood by both iOS and Android messaging apps.
      return channel.body ? `sms:${number}?&body=${encodeURIComponent(channel.body)}` : `sms:${number}`;
    }
    default: {
      const number = dialString(channel.value);
      return number.replace('+', '').length >= 3 ? `tel:${number}` : undefined;
    }
  }
}
