import type { Answers } from './check-in-model.js';

/**
 * Scoring for the validated scales (PHQ-9 with its PHQ-2 screener, GAD-7 with its GAD-2 screener, WHO-5).
 * Pure and small: no wording here (that is in scales.ts), only the stable item ids, the ranges and the cut points.
 * A score is given only when every item it needs holds a whole number in range: nothing is guessed or pro-rated.
 */

export type ScaleId = 'phq-9' | 'gad-7' | 'who-5';
/** The scales whose first two items are a published screener (PHQ-2, GAD-2). */
export type ScreenerScaleId = 'phq-9' | 'gad-7';

export const SCALE_IDS: readonly ScaleId[] = ['phq-9', 'gad-7', 'who-5'];

export interface ScaleResult {
  scale: ScaleId;
  /** Sum of the scored items (WHO-5: the raw score, 0–25). */
  total: number;
  /** Highest possible total. */
  max: number;
  /** 0-based severity band (WHO-5: 0 = not flagged, 1 = flagged). */
  band: number;
  /** How many bands the scale has. */
  bands: number;
  /** At or past the usual cut point for a closer look (PHQ-9/GAD-7 ≥ 10; WHO-5 raw < 13 or any item at 0 or 1). */
  flagged: boolean;
  /** WHO-5 only: the raw score × 4, 0–100. */
  percent?: number;
}

export interface ScreenerResult {
  /** Sum of items 1 and 2, 0–6. */
  total: number;
  /** Total ≥ 3: give the full scale. */
  positive: boolean;
}

interface ScaleSpec {
  /** Scored items, in order. Stable ids: they are the keys stored on the server. */
  items: readonly string[];
  /** Every item's range. */
  min: number;
  max: number;
  /** Totals at which each band after the first starts. */
  cuts: readonly number[];
}

const SPECS: Record<ScaleId, ScaleSpec> = {
  'phq-9': {
    items: ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'],
    min: 0,
    max: 3,
    // Minimal 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe 20–27.
    cuts: [5, 10, 15, 20],
  },
  'gad-7': {
    items: ['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7'],
    min: 0,
    max: 3,
    // Minimal 0–4, mild 5–9, moderate 10–14, severe 15–21.
    cuts: [5, 10, 15],
  },
  'who-5': {
    items: ['who5-1', 'who5-2', 'who5-3', 'who5-4', 'who5-5'],
    min: 0,
    max: 5,
    // Two bands, not a severity ladder: 0 = not flagged, 1 = flagged (see scoreScale).
    cuts: [],
  },
};

/** PHQ-9 and GAD-7 totals from which a closer look is advised. */
const FLAG_AT = 10;
/** WHO-5 raw scores below this suggest poor well-being. */
const WHO5_LOW_BELOW = 13;
/** PHQ-2 / GAD-2 totals from which the screen is positive. */
const SCREENER_POSITIVE_AT = 3;
/** The PHQ-9 item about thoughts of being better off dead or of self-harm. */
const PHQ9_RISK_ITEM = 'phq9-9';

export function isScaleId(value: unknown): value is ScaleId {
  return value === 'phq-9' || value === 'gad-7' || value === 'who-5';
}

/** The scored items of a scale, in order (a fresh array). */
export function scaleItemIds(id: ScaleId): string[] {
  return [...SPECS[id].items];
}

/** The screener's items (PHQ-2 / GAD-2): items 1 and 2 of the full scale. */
export function screenerItemIds(id: ScreenerScaleId): string[] {
  return SPECS[id].items.slice(0, 2);
}

/** The range every scored item of a scale takes. */
export function scaleItemRange(id: ScaleId): { min: number; max: number } {
  const { min, max } = SPECS[id];
  return { min, max };
}

/** The answer to one item, if it is a whole number in range. */
function valid(answers: Answers, item: string, spec: ScaleSpec): number | undefined {
  const value: unknown = answers[item];
  return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
    ? value
    : undefined;
}

/** The answers to the given items, or undefined unless every one is valid. */
function validAll(answers: Answers, items: readonly string[], spec: ScaleSpec): number[] | undefined {
  const values: number[] = [];
  for (const item of items) {
    const value = valid(answers, item, spec);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The scale's total, band and flag; undefined unless every scored item is answered with a whole number in range. */
export function scoreScale(id: ScaleId, answers: Answers): ScaleResult | undefined {
  const spec = SPECS[id];
  if (!spec) return undefined;
  const values = validAll(answers, spec.items, spec);
  if (!values) return undefined;
  const total = sum(values);
  const max = spec.items.length * spec.max;
  if (id === 'who-5') {
    const flagged = total < WHO5_LOW_BELOW || values.some((value) => value <= 1);
    return { scale: id, total, max, band: flagged ? 1 : 0, bands: 2, flagged, percent: total * 4 };
  }
  const band = spec.cuts.filter((cut) => total >= cut).length;
  return { scale: id, total, max, band, bands: spec.cuts.length + 1, flagged: total >= FLAG_AT };
}

/** PHQ-2 / GAD-2 from items 1 and 2; undefined unless both are answered with a whole number in range. */
export function screenerResult(id: ScreenerScaleId, answers: Answers): ScreenerResult | undefined {
  // WHO-5 (or anything else from untyped callers) has no screener.
  if (id !== 'phq-9' && id !== 'gad-7') return undefined;
  const spec = SPECS[id];
  const values = validAll(answers, spec.items.slice(0, 2), spec);
  if (!values) return undefined;
  const total = sum(values);
  return { total, positive: total >= SCREENER_POSITIVE_AT };
}

/**
 * PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above 0. Deliberately lenient: any
 * number above 0 counts even if out of range, since missing a risk answer is worse than showing help once too often.
 */
export function phq9Risk(answers: Answers): boolean {
  const value: unknown = answers[PHQ9_RISK_ITEM];
  return typeof value === 'number' && value > 0;
}
