// What every benchmark hands to `npm run bench` (bench/run.mjs): rows of { group, figure, value, unit, aim, ok },
// written to bench/results/<name>.json, so one table can be printed from all of them.
import { mkdirSync, writeFileSync } from 'node:fs';

export const RESULTS_DIR = 'bench/results';

/**
 * A row. `aim` is how the figure is judged, as a comparison (`{ max: 16 }`, `{ min: 95 }`) or undefined when
 * no issue sets one (the figure is then information). `aimFrom` says who set the aim, e.g. "issue 4".
 */
export function row(group, figure, value, unit, aim, aimFrom) {
  const rounded = typeof value === 'number' ? Number(value.toFixed(unit === 'ms' ? 2 : 0)) : value;
  let ok = null;
  let aimText = '—';
  if (aim && typeof value === 'number') {
    if ('max' in aim) {
      ok = aim.strict === false ? value <= aim.max : value < aim.max;
      aimText = `${aim.strict === false ? '≤' : '<'} ${format(aim.max, unit)}`;
    } else {
      ok = value >= aim.min;
      aimText = `≥ ${format(aim.min, unit)}`;
    }
    if (aimFrom) aimText += ` (${aimFrom})`;
  }
  return { group, figure, value: rounded, unit, aim: aimText, ok };
}

export function format(value, unit) {
  if (typeof value !== 'number') return String(value);
  if (unit === 'B') return `${value.toLocaleString('en')} B`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  if (unit === '%') return `${value}%`;
  if (unit === 'score') return String(value);
  return `${value.toLocaleString('en')} ${unit}`;
}

/** Writes one benchmark's rows where bench/run.mjs collects them. */
export function writeResults(name, rows, details = {}) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    `${RESULTS_DIR}/${name}.json`,
    JSON.stringify({ name, date: new Date().toISOString(), ...details, rows }, null, 2),
  );
}
