import { msg } from '@lit/localize';
import type { PeerGroup } from '../../api/meeting-guide.js';

/**
 * Peer-support categories: the broad kinds of group visitors look for ("mental health", "family and friends"),
 * each defined by Meeting Guide type codes and a few precise keywords. Also the text folding that keyword
 * matching and the finder's search share.
 */

export interface PeerCategory {
  /** Stable and address-safe: it is written into the page's URL (`peer-category=mental-health`). */
  id: string;
  label: string;
  /** A group with any of these type codes is in the category… */
  types: string[];
  /**
   * …and so is one whose name or notes contain any of these at the start of a word, ignoring case and accents.
   * Keep them precise: a broad word ("recovery") would pull in groups the visitor did not ask for.
   */
  keywords?: string[];
}

/**
 * Our categories, labelled in the page's current language (lit-localize's locale). Fresh objects on every call:
 * callers may change them. Keywords are in several languages whatever the page's, so membership does not change
 * when the visitor switches.
 */
export function defaultCategories(): PeerCategory[] {
  return [
    {
      id: 'mental-health',
      label: msg('Mental health'),
      types: ['MH', 'DD'],
      keywords: [
        'mental health',
        'salud mental',
        'santé mentale',
        'depression',
        'depresión',
        'anxiety',
        'ansiedad',
        'anxiété',
      ],
    },
    {
      id: 'substance-use',
      label: msg('Substance use'),
      types: ['SU'],
      keywords: ['substance use', 'uso de sustancias', 'consommation de substances'],
    },
    {
      id: 'family-friends',
      label: msg('Family and friends'),
      types: ['FAM', 'AL-AN', 'AL'],
      keywords: ['family', 'families', 'familia', 'famille'],
    },
    {
      id: 'youth',
      label: msg('Youth'),
      types: ['Y'],
      // "young people" and not "young": "Young at Heart" is a common name for seniors' groups.
      keywords: ['youth', 'young people', 'young adult', 'jóvenes', 'juvenil', 'jeunes'],
    },
    { id: 'lgbtq', label: 'LGBTQ+', types: ['LGBTQ', 'G', 'L', 'BI', 'T', 'NB'], keywords: ['lgbt', 'queer'] },
    { id: 'women', label: msg('Women'), types: ['W'] },
    { id: 'men', label: msg('Men'), types: ['M'] },
    { id: 'spanish', label: msg('Spanish-language'), types: ['S'] },
  ];
}

// Limits keep a mistaken or hostile attribute from making every keystroke slow.
const MAX_CATEGORIES = 50;
const MAX_CODES = 100;
const MAX_TEXT = 100;
/** Letters, digits, "-" and "_": ids travel in a comma-separated URL parameter. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function shortText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : undefined;
}

function textList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const texts: string[] = [];
  for (const item of value.slice(0, MAX_CODES)) {
    const text = shortText(item);
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

function categoryFrom(value: unknown): PeerCategory | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  const id = typeof entry.id === 'string' ? entry.id.trim() : '';
  const label = shortText(entry.label);
  const types = textList(entry.types);
  const keywords = textList(entry.keywords);
  // An entry that can match no group would only add an empty choice to the form.
  if (!ID_PATTERN.test(id) || !label || (!types.length && !keywords.length)) return undefined;
  const category: PeerCategory = { id, label, types };
  if (keywords.length) category.keywords = keywords;
  return category;
}

/**
 * A clinic's own categories, from a property (an array) or an attribute (JSON text). Malformed entries and
 * repeated ids are dropped. `undefined` (use ours) when there is no list or nothing in it is usable; an empty
 * array given on purpose stays empty, for a clinic that wants no categories.
 */
export function parseCategories(value: unknown): PeerCategory[] | undefined {
  let list = value;
  if (typeof value === 'string') {
    if (!value.trim()) return undefined;
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list)) return undefined;
  if (list.length === 0) return [];
  const categories: PeerCategory[] = [];
  for (const entry of list.slice(0, MAX_CATEGORIES)) {
    const category = categoryFrom(entry);
    if (category && !categories.some((earlier) => earlier.id === category.id)) categories.push(category);
  }
  return categories.length ? categories : undefined;
}

// ---- membership: a group is in a category when it has any of its types or a keyword in its name or notes ----

const MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;
const NON_ASCII = /[\u0080-\uffff]/;
// Folded text has no capitals; anything outside ASCII counts as a letter. Unicode classes (\p{L}) are several
// times slower here, and this runs over every group's notes while the finder first loads.
const NOT_WORD = /[^a-z0-9\u0080-\uffff]+/g;

/** Lower case, accents removed, whitespace collapsed: "  Café  Español" → "cafe espanol". */
export function foldText(text: string): string {
  // Most feed text is ASCII, and normalising it is the slow part of indexing thousands of groups.
  const bare = NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
  return bare.toLowerCase().replace(WHITESPACE, ' ').trim();
}

/** Folded text as space-separated words with a leading space, so " word" finds a word start. */
function wordStarts(folded: string): string {
  return ' ' + folded.replace(NOT_WORD, ' ');
}

/** Categories made ready to test thousands of groups. */
export interface CategoryMatcher {
  /** Identifies the definitions, so memberships worked out for them can be kept. */
  key: string;
  /** The categories each type code puts a group in. */
  idsByType: Map<string, string[]>;
  /** Each category's keywords, folded, as word starts (" salud mental"). */
  keywordsById: Map<string, string[]>;
  /** Any keyword at all: most groups have none, and one scan rules them out. */
  anyKeyword?: RegExp;
}

export function categoryMatcher(categories: readonly PeerCategory[]): CategoryMatcher {
  const idsByType = new Map<string, string[]>();
  const keywordsById = new Map<string, string[]>();
  for (const { id, types, keywords = [] } of categories) {
    for (const type of types) idsByType.set(type, [...(idsByType.get(type) ?? []), id]);
    const starts = keywords
      .map((keyword) => wordStarts(foldText(keyword)).trimEnd())
      .filter((start) => start.length > 1);
    if (starts.length) keywordsById.set(id, starts);
  }
  // Word starts hold only letters, digits and spaces, so they are safe in a pattern as they are.
  const all = [...keywordsById.values()].flat();
  const anyKeyword = all.length ? new RegExp(all.join('|')) : undefined;
  const key = JSON.stringify(categories.map(({ id, types, keywords }) => [id, types, keywords]));
  return { key, idsByType, keywordsById, anyKeyword };
}

/** The ids of the categories a group is in, from its type codes and its folded name and notes. */
export function categoriesOf(
  matcher: CategoryMatcher,
  types: Iterable<string>,
  foldedNameAndNotes: string,
): Set<string> {
  const ids = new Set<string>();
  for (const type of types) for (const id of matcher.idsByType.get(type) ?? []) ids.add(id);
  const words = matcher.anyKeyword ? wordStarts(foldedNameAndNotes) : '';
  if (matcher.anyKeyword?.test(words)) {
    for (const [id, keywords] of matcher.keywordsById) {
      if (!ids.has(id) && keywords.some((keyword) => words.includes(keyword))) ids.add(id);
    }
  }
  return ids;
}

/** Whether a group is in a category: any of its types, or a keyword at a word start in its name or notes. */
export function isInCategory(group: PeerGroup, category: PeerCategory): boolean {
  const nameAndNotes = foldText(`${group.name} ${group.notes ?? ''}`);
  return categoriesOf(categoryMatcher([category]), group.types, nameAndNotes).has(category.id);
}
