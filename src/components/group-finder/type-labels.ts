/**
 * Labels for Meeting Guide type codes, and how the finder groups the codes into its filters.
 * Other languages' labels are chunks of their own (type-labels-es.ts…), so a page downloads only its own.
 */

import type { SupportedLocale } from '../../core/localization.js';

// Meeting Guide labels from code4recovery/spec data/types.json (MIT), English column.
const MEETING_GUIDE_LABELS: Record<string, string> = {
  '11': '11th Step Meditation',
  '12x12': '12 Steps & 12 Traditions',
  A: 'Secular',
  ABSI: 'As Bill Sees It',
  AF: 'Afrikaans',
  AL: 'Concurrent with Alateen',
  'AL-AN': 'Concurrent with Al-Anon',
  AM: 'Amharic',
  AR: 'Arabic',
  ASL: 'American Sign Language',
  B: 'Big Book',
  BA: 'Babysitting Available',
  BE: 'Newcomer',
  BG: 'Bulgarian',
  BI: 'Bisexual',
  BRK: 'Breakfast',
  C: 'Closed',
  CAN: 'Candlelight',
  CF: 'Child-Friendly',
  D: 'Discussion',
  DA: 'Danish',
  DB: 'Digital Basket',
  DD: 'Dual Diagnosis',
  DE: 'German',
  DR: 'Daily Reflections',
  EL: 'Greek',
  EN: 'English',
  FA: 'Persian',
  FI: 'Finnish',
  FF: 'Fragrance Free',
  FR: 'French',
  G: 'Gay',
  GR: 'Grapevine',
  H: 'Birthday',
  HE: 'Hebrew',
  HI: 'Hindi',
  HR: 'Croatian',
  HU: 'Hungarian',
  IS: 'Icelandic',
  ITA: 'Italian',
  JA: 'Japanese',
  KA: 'Georgian',
  KOR: 'Korean',
  L: 'Lesbian',
  LGBTQ: 'LGBTQ',
  LIT: 'Literature',
  LS: 'Living Sober',
  LT: 'Lithuanian',
  M: 'Men',
  MED: 'Meditation',
  ML: 'Malayalam',
  MT: 'Maltese',
  N: 'Native American',
  NB: 'Non-Binary',
  NDG: 'Indigenous',
  NE: 'Nepali',
  NL: 'Dutch',
  NO: 'Norwegian',
  O: 'Open',
  OUT: 'Outdoor',
  P: 'Professionals',
  POA: 'Proof of Attendance',
  POC: 'People of Color',
  POL: 'Polish',
  POR: 'Portuguese',
  PUN: 'Punjabi',
  RUS: 'Russian',
  S: 'Spanish',
  SEN: 'Seniors',
  SK: 'Slovak',
  SL: 'Slovenian',
  SM: 'Smoking Permitted',
  SP: 'Speaker',
  ST: 'Step Study',
  SV: 'Swedish',
  T: 'Transgender',
  TC: 'Location Temporarily Closed',
  TH: 'Thai',
  TL: 'Tagalog',
  TR: 'Tradition Study',
  TUR: 'Turkish',
  UK: 'Ukrainian',
  W: 'Women',
  X: 'Wheelchair Access',
  XB: 'Wheelchair-Accessible Bathroom',
  XT: 'Cross Talk Permitted',
  Y: 'Young People',
};

/** English labels: every Meeting Guide code, and the codes we add for peer support beyond recovery meetings. */
export const ENGLISH_TYPE_LABELS: Record<string, string> = {
  ...MEETING_GUIDE_LABELS,
  MH: 'Mental health',
  SU: 'Substance use',
  FAM: 'Family and friends',
  ONL: 'Online',
};

// Adding a language: a type-labels-<code>.ts with the same keys, and a line here.
const TRANSLATED_LABELS: Partial<Record<SupportedLocale, () => Promise<{ default: Record<string, string> }>>> = {
  es: () => import('./type-labels-es.js'),
  fr: () => import('./type-labels-fr.js'),
};

/** The labels for a language: its own over the English ones (so any code it lacks still reads), or English. */
export async function typeLabelsFor(locale: SupportedLocale): Promise<Record<string, string>> {
  const translated = await TRANSLATED_LABELS[locale]?.();
  return translated ? { ...ENGLISH_TYPE_LABELS, ...translated.default } : ENGLISH_TYPE_LABELS;
}

/** The label for a type code, or the code itself when the list has none (feeds publish codes of their own). */
export function typeLabel(code: string, labels: Record<string, string>): string {
  // Own properties only: a code like "constructor" must not read Object.prototype.
  return Object.hasOwn(labels, code) ? labels[code] : code;
}

/** Codes for access needs (wheelchair, sign language, child care, fragrance free), shown under "Access needs". */
export const ACCESS_CODES: readonly string[] = ['X', 'XB', 'ASL', 'BA', 'CF', 'FF'];

/** Codes naming the language a group is held in, shown under "Language". */
export const LANGUAGE_CODES: readonly string[] = [
  'S',
  'FR',
  'DE',
  'EN',
  'AF',
  'AM',
  'AR',
  'BG',
  'DA',
  'EL',
  'FA',
  'FI',
  'HE',
  'HI',
  'HR',
  'HU',
  'IS',
  'ITA',
  'JA',
  'KA',
  'KOR',
  'LT',
  'ML',
  'MT',
  'NE',
  'NL',
  'NO',
  'POL',
  'POR',
  'PUN',
  'RUS',
  'SK',
  'SL',
  'SV',
  'TH',
  'TL',
  'TUR',
  'UK',
];

/** Codes that describe where a group meets rather than what it is; attendance already covers them. */
const ATTENDANCE_CODES: readonly string[] = ['TC', 'ONL'];

/**
 * True for codes shown under "Meeting type": everything that is not an access need, a language or an
 * attendance mark, including codes a feed made up (they are shown as published).
 */
export function isMeetingTypeCode(code: string): boolean {
  return !ACCESS_CODES.includes(code) && !LANGUAGE_CODES.includes(code) && !ATTENDANCE_CODES.includes(code);
}
