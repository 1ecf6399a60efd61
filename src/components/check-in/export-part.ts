import { msg } from '@lit/localize';
import { getLocale } from '../../core/localization.js';
import type { QuestionnaireDefinition, StoredCheckIn } from './check-in-model.js';
import { DAILY_ITEMS, dailyQuestionnaire, parseItems, type Goal } from './daily-items.js';
import { checkInsToCsv } from './export-csv.js';
import { checkInsToFhir } from './export-fhir.js';
import { scaleQuestionnaire } from './scales.js';
import type { ScaleId } from './scale-scoring.js';

/** Downloads, fetched on the first click: a spreadsheet and a FHIR R4 bundle of the person's own check-ins. */

const SCALES: Record<ScaleId, string> = { 'phq-9': 'phq9-', 'gad-7': 'gad7-', 'who-5': 'who5-' };

function definitions(history: StoredCheckIn[], items: string | undefined, goals: Goal[], language: 'en' | 'es') {
  const keys = new Set(history.flatMap((checkIn) => Object.keys(checkIn.answers)));
  // Goals answered once and removed since still get their column, named by id.
  const known = new Set(goals.map((goal) => `goal-${goal.id}`));
  const former = [...keys]
    .filter((key) => key.startsWith('goal-') && !known.has(key))
    .map((key) => ({ id: key.slice(5), label: key.slice(5) }));
  // Items asked now, and any asked before (a clinic may have changed its list): no answer is left out.
  const asked = parseItems(items);
  const daily = DAILY_ITEMS.filter((item) => asked.includes(item) || keys.has(item));
  const questionnaires: QuestionnaireDefinition[] = [dailyQuestionnaire(daily, [...goals, ...former])];
  for (const [id, prefix] of Object.entries(SCALES) as [ScaleId, string][]) {
    if ([...keys].some((key) => key.startsWith(prefix))) questionnaires.push(scaleQuestionnaire(id, language));
  }
  return questionnaires;
}

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadExport(
  kind: 'csv' | 'fhir',
  history: StoredCheckIn[],
  options: { items?: string; goals: Goal[] },
): void {
  const language = getLocale().startsWith('es') ? 'es' : 'en';
  const questionnaires = definitions(history, options.items, options.goals, language);
  const day = new Date().toISOString().slice(0, 10);
  if (kind === 'csv') {
    const headings = {
      recordedAt: msg('Date and time'),
      note: msg('Note'),
      risk: msg('Support suggested (1 yes, 0 no)'),
    };
    save(`check-ins-${day}.csv`, 'text/csv;charset=utf-8', checkInsToCsv(history, questionnaires, headings));
  } else {
    const bundle = checkInsToFhir(history, questionnaires, {
      language,
      noteText: msg('Note'),
      riskText: msg('An answer suggested support might be needed'),
    });
    save(`check-ins-${day}.fhir.json`, 'application/fhir+json', JSON.stringify(bundle, null, 2));
  }
}
