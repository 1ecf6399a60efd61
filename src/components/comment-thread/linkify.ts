import { safeWebUrl } from '../../api/channel-links.js';

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/** http(s) addresses and bare www. names: what people type when they share a link. */
const CANDIDATE = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?'"\u2019\u201d]+$/;
/** Direction overrides and zero-width characters: legal in text, but in an address they hide where it goes. */
const DECEPTIVE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const MAX_URL_LENGTH = 2000;

function trimUnbalanced(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  // "(see https://example.org/page)": the closing bracket belongs to the sentence unless the address opened one.
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

/**
 * Splits a visitor's plain text into text and links. Links are made by code (never from markup), only for
 * http and https, and an address carrying hidden direction or zero-width characters stays plain text.
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const url = trimUnbalanced(match[0]);
    const start = match.index;
    if (url.length < 5 || url.length > MAX_URL_LENGTH || DECEPTIVE.test(url)) continue;
    const href = safeWebUrl(/^www\./i.test(url) ? `https://${url}` : url);
    if (!href) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: url, href });
    last = start + url.length;
  }
  if (last < text.length || !parts.length) parts.push({ text: text.slice(last) });
  return parts;
}
