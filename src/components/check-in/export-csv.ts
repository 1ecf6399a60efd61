import { wallTime } from '../../core/zoned-time.js';
import type { QuestionnaireDefinition, StoredCheckIn } from './check-in-model.js';

export interface CsvHeadings {
  recordedAt: string;
  note: string;
  risk: string;
}

/** `Mood (1–5)`: the range tells a reader of the spreadsheet what the numbers mean. */
const withRange = (label: string, min: number, max: number) =>
  label.includes(`${min}–${max}`) ? label : `${label} (${min}–${max})`;

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A note is typed by whoever holds the device; a spreadsheet must not run it as a formula (CSV injection). */
const text = (value: string) => quote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Plain `String()` keeps `7.5` a number in every locale; a localized `7,5` would not be. */
const number = (value: number | undefined) => (Number.isFinite(value) ? String(value) : '');

const time = (checkIn: StoredCheckIn) => {
  const instant = Date.parse(checkIn.recordedAt);
  return Number.isNaN(instant) ? Infinity : instant;
};

/** Oldest first; unreadable dates last. */
const byRecordedAt = (checkIns: StoredCheckIn[]) => [...checkIns].sort((a, b) => time(a) - time(b) || 0);

function isoIn(instant: number, timeZone?: string): string {
  if (!timeZone) return new Date(instant).toISOString().slice(0, 19) + 'Z';
  const wall = wallTime(instant, timeZone);
  // The wall clock is read to the minute, so compare it with the instant cut to the minute.
  const minutes =
    (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(instant / 60_000) * 60_000) /
    60_000;
  const local = new Date(instant + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function validZone(timeZone?: string): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    // A UTC time is still the right time; a failed download is not.
    return undefined;
  }
}

/**
 * Check-ins as CSV (RFC 4180, CRLF, UTF-8 BOM) for a spreadsheet: one row per check-in, oldest first, a column
 * per question and score of every questionnaire given, then the note and the risk flag (1/0).
 */
export function checkInsToCsv(
  checkIns: StoredCheckIn[],
  questionnaires: QuestionnaireDefinition[],
  headings: CsvHeadings,
  options: { timeZone?: string } = {},
): string {
  const timeZone = validZone(options.timeZone);
  const header = [headings.recordedAt];
  for (const { questions, score } of questionnaires) {
    for (const q of questions) header.push(withRange(q.label, q.min, q.max));
    if (score) header.push(withRange(score.label, score.min, score.max));
  }
  header.push(headings.note, headings.risk);

  const lines = [header.map(text).join(',')];
  for (const checkIn of byRecordedAt(checkIns)) {
    const instant = Date.parse(checkIn.recordedAt);
    const row = [Number.isNaN(instant) ? text(checkIn.recordedAt) : isoIn(instant, timeZone)];
    for (const { questions, score } of questionnaires) {
      for (const q of questions) row.push(number(checkIn.answers[q.id]));
      if (score) row.push(number(score.compute(checkIn.answers)));
    }
    row.push(text(checkIn.note ?? ''), checkIn.risk ? '1' : '0');
    lines.push(row.join(','));
  }
  // Excel reads a BOM-less file as the system code page and garbles accents (ñ, é).
  return '\uFEFF' + lines.map((line) => line + '\r\n').join('');
}
