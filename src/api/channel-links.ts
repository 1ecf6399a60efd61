import type { CrisisChannel } from './types.js';

/** Links to crisis lines are built by code from validated parts, never taken as given. */

/**
 * An https (or http) URL as a string, or undefined: never `javascript:` or any other scheme. With a base,
 * a relative URL is resolved against it (quick exit to a page of the clinic's own site).
 */
export function safeWebUrl(value: string, base?: string): string | undefined {
  // Without a base only an absolute http(s) URL can pass; saying no early spares a thrown error per empty
  // field (feeds have thousands).
  if (!base && !/^\s*https?:/i.test(value)) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Digits with an optional leading +, as dialled; empty when the value is not written like a number. */
export function dialString(value: string): string {
  const trimmed = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return '';
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

// A pair, or a half on its own. (No lookbehind: Safari before 16.4 cannot parse it, and this file is in the
// crisis banner's bundle.)
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/**
 * encodeURIComponent for text from data: a lone surrogate (half an emoji, as a cut at a length limit leaves)
 * becomes U+FFFD instead of throwing, which would stop the whole widget from rendering.
 */
export function encodeText(value: string): string {
  return encodeURIComponent(value.replace(SURROGATES, (found) => (found.length > 1 ? found : '\ufffd')));
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
      return channel.body ? `sms:${number}?&body=${encodeText(channel.body)}` : `sms:${number}`;
    }
    default: {
      const number = dialString(channel.value);
      return number.replace('+', '').length >= 3 ? `tel:${number}` : undefined;
    }
  }
}

/**
 * A dial-in number with its conference codes, as dialled: digits, a leading +, pauses "," and waits ";", and the
 * "#" and "*" that answer the bridge's prompts ("+1 509 555 0143,,123456#"). Only the first run that looks like a
 * number is read, so "Phone: 509-555-0143, ID 42" does not run the ID into the number; empty when there is none.
 */
export function dialSequence(value: string): string {
  const run = value.match(/[+\d(][\d\s().+,;#*-]*/)?.[0] ?? '';
  const sequence = run.replace(/[^\d,;#*]/g, '').replace(/^[,;]+|[,;]+$/g, '');
  return sequence && run.startsWith('+') ? `+${sequence}` : sequence;
}
