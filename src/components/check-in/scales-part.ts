import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Answers, QuestionnaireDefinition, StoredCheckIn } from './check-in-model.js';
import { choiceGroup } from './choice-group.js';
import { scaleQuestionnaire } from './scales.js';
import {
  phq9Risk,
  scaleItemIds,
  scoreScale,
  screenerItemIds,
  screenerResult,
  type ScaleId,
  type ScaleResult,
} from './scale-scoring.js';

/**
 * The validated scales inside the check-in (a chunk of its own, fetched only when a clinic turns them on):
 * when each is due, the questions with the PHQ-2 / GAD-2 screeners first if asked for, and the results in
 * plain words that never read as a diagnosis.
 */

const PREFIX: Record<ScaleId, string> = { 'phq-9': 'phq9-', 'gad-7': 'gad7-', 'who-5': 'who5-' };
const DAY = 86_400_000;

export const belongsTo = (key: string, id: string): boolean => key.startsWith(PREFIX[id as ScaleId] ?? '\0');

const hasScreener = (id: ScaleId): id is 'phq-9' | 'gad-7' => id !== 'who-5';

/**
 * Scales not done within the interval (they ask about the last two weeks): done is a full score, or with
 * screeners a negative screen. A scale left half-way is offered again next time.
 */
export function dueScales(
  ids: string[],
  history: StoredCheckIn[],
  intervalDays: number,
  now: number,
  screeners: boolean,
): string[] {
  const since = now - Math.max(0, intervalDays) * DAY;
  return ids.filter(
    (id) =>
      !history.some(
        (checkIn) =>
          Date.parse(checkIn.recordedAt) > since &&
          (scoreScale(id as ScaleId, checkIn.answers) || screenedOut(id as ScaleId, checkIn.answers, screeners)),
      ),
  );
}

/**
 * A screener that came out negative ends its scale: answers past it (if any) are not sent. Never once item 9
 * speaks of self-harm: that answer, and the help beside it, stay.
 */
function screenedOut(id: ScaleId, answers: Answers, screeners: boolean): boolean {
  return screeners && hasScreener(id) && screenerResult(id, answers)?.positive === false && !phq9Risk(answers);
}

export function keptAnswers(answers: Answers, screeners: boolean): Answers {
  const kept: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const scale = (Object.keys(PREFIX) as ScaleId[]).find((id) => belongsTo(key, id));
    const beyondScreener =
      scale && hasScreener(scale) && !screenerItemIds(scale).includes(key) && screenedOut(scale, answers, screeners);
    if (!beyondScreener) kept[key] = value;
  }
  return kept;
}

export interface ScaleContext {
  answers: Answers;
  choose: (id: string, value: number) => void;
  disabled: boolean;
  screeners: boolean;
  /** Crisis help, placed right after PHQ-9 item 9 when that answer called for it. */
  care: unknown;
  locale: string;
  /** The scales the clinic turned on. */
  ids: string[];
  history: StoredCheckIn[];
  intervalDays: number;
  state: 'closed' | 'open' | 'skipped';
  setState(state: 'open' | 'skipped'): void;
}

/** The scales' published wording is in English and Spanish only; no one may translate a validated scale ad hoc. */
const language = (locale: string) => (locale.startsWith('es') ? 'es' : 'en');

function questionsShown(id: ScaleId, definition: QuestionnaireDefinition, context: ScaleContext) {
  const { answers, screeners } = context;
  let questions = definition.questions;
  if (screeners && hasScreener(id) && !phq9Risk(answers)) {
    const screen = screenerResult(id, answers);
    if (!screen?.positive) questions = questions.filter((question) => screenerItemIds(id).includes(question.id));
  }
  // "If you checked off any problems": the difficulty question follows only an answer above 0.
  const anyProblem = scaleItemIds(id).some((item) => (answers[item] ?? 0) > 0);
  return questions.filter((question) => !question.id.endsWith('-difficulty') || anyProblem);
}

export function renderScales(context: ScaleContext) {
  const { answers, ids } = context;
  const started = Object.keys(answers).some((key) => ids.some((id) => belongsTo(key, id)));
  const due = dueScales(ids, context.history, context.intervalDays, Date.now(), context.screeners);
  const shown = ids.filter((id) => due.includes(id) || Object.keys(answers).some((key) => belongsTo(key, id)));
  if (!shown.length || (context.state === 'skipped' && !started)) return nothing;
  const open = context.state === 'open' || started;
  const scaleLanguage = language(context.locale);
  // Marked, so a screen reader reads the English with English sounds on a French page.
  const otherLanguage = context.locale.startsWith(scaleLanguage) ? undefined : scaleLanguage;
  return html`<section class="scales" aria-labelledby="scales-heading">
    <h3 id="scales-heading" class="group-heading">${msg('A few more questions')}</h3>
    <p class="hint">
      ${msg(
        'These well-known questionnaires are asked every two weeks and take about three minutes. They help you and the people supporting you notice changes.',
      )}
    </p>
    ${
      otherLanguage
        ? html`<p class="hint">
            ${msg(
              'They are shown in English: only their published wording may be used, and it is not available in this language yet.',
            )}
          </p>`
        : nothing
    }
    ${
      open
        ? shown.map((id) => {
            const definition = scaleQuestionnaire(id as ScaleId, scaleLanguage);
            return html`<div
              class="scale"
              role="group"
              aria-labelledby=${`scale-${id}`}
              lang=${ifDefined(otherLanguage)}
            >
              <h4 id=${`scale-${id}`}>${definition.title}</h4>
              <p>${definition.intro}</p>
              ${questionsShown(id as ScaleId, definition, context).map(
                (question) =>
                  html`${choiceGroup(question, answers[question.id], context.choose, context.disabled)}
                  ${question.id === 'phq9-9' ? context.care : nothing}`,
              )}
            </div>`;
          })
        : html`<div class="buttons">
            <button type="button" @click=${() => context.setState('open')}>${msg('Answer them now')}</button>
            <button type="button" @click=${() => context.setState('skipped')}>${msg('Not today')}</button>
          </div>`
    }
  </section>`;
}

function bandWords(result: ScaleResult): string {
  if (result.scale === 'who-5')
    return result.flagged
      ? msg('Your answers suggest your wellbeing has been low over the last two weeks.')
      : msg('Your answers suggest your wellbeing has been fairly good over the last two weeks.');
  if (result.band === 0) return msg('Your answers suggest these problems have not troubled you much lately.');
  if (result.band === 1) return msg('Your answers suggest some of these problems have troubled you lately.');
  if (result.band === 2) return msg('Your answers suggest these problems have troubled you quite a lot lately.');
  return msg('Your answers suggest these problems have troubled you a great deal lately.');
}

/** After saving: each scale's score with kind words, and the same advice for every score. */
export function renderResults(answers: Answers, screeners: boolean): TemplateResult | typeof nothing {
  const lines: string[] = [];
  for (const id of Object.keys(PREFIX) as ScaleId[]) {
    if (!Object.keys(answers).some((key) => belongsTo(key, id))) continue;
    const title = scaleQuestionnaire(id, 'en').title;
    const result = scoreScale(id, answers);
    const screen = hasScreener(id) ? screenerResult(id, answers) : undefined;
    if (result) {
      const score = result.percent ?? result.total;
      const max = result.percent === undefined ? result.max : 100;
      lines.push(`${msg(str`${title}: ${score} out of ${max}.`)} ${bandWords(result)}`);
    } else if (screeners && screen && !screen.positive && !phq9Risk(answers)) {
      const short = id === 'phq-9' ? 'PHQ-2' : 'GAD-2';
      lines.push(
        `${msg(str`${short}: ${screen.total} out of 6.`)} ${msg('Your answers suggest these problems have not troubled you much lately.')}`,
      );
    } else {
      lines.push(msg(str`Some ${title} questions were left out, so there is no score this time.`));
    }
  }
  if (!lines.length) return nothing;
  return html`<ul class="results">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
    <p>
      ${msg(
        'A score is not a diagnosis. Talk it over with your peer supporter or clinician; they can help you make sense of it.',
      )}
    </p>`;
}
