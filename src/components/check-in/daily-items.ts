import { msg, str } from '@lit/localize';
import type { ChoiceOption, QuestionDefinition, QuestionnaireDefinition } from './check-in-model.js';

/**
 * The daily check-in. Ids are stored on the server with each answer and must never change; the words can.
 * A clinic chooses which items to ask (`items`) and which goals to track (`goals`).
 */

export type DailyItemId = 'mood' | 'cravings' | 'sleep' | 'stress' | 'reached-out' | 'safe';
export const DAILY_ITEMS: readonly DailyItemId[] = ['mood', 'cravings', 'sleep', 'stress', 'reached-out', 'safe'];

export interface Goal {
  /** Lower-case letters, digits and -, at most 40: stored as `goal-<id>`. */
  id: string;
  label: string;
  /** Added by the person on this device (its words never leave it), not set by the clinic. */
  own?: boolean;
}

export interface DailyQuestion extends QuestionDefinition {
  /** Words under the question, e.g. what 0 and 10 mean. */
  hint?: string;
}

const choices = (labels: string[], first: number): ChoiceOption[] =>
  labels.map((label, index) => ({ value: first + index, label }));

const yesNo = (): ChoiceOption[] => [
  { value: 1, label: msg('Yes') },
  { value: 0, label: msg('No') },
];

export function dailyQuestion(id: DailyItemId): DailyQuestion {
  switch (id) {
    case 'mood':
      return {
        id,
        label: msg('Mood'),
        text: msg('How is your mood today?'),
        min: 1,
        max: 5,
        options: choices([msg('Very low'), msg('Low'), msg('Okay'), msg('Good'), msg('Very good')], 1),
      };
    case 'cravings':
      return {
        id,
        label: msg('Cravings'),
        text: msg('How strong are your cravings today?'),
        hint: msg('0 means none, 10 the strongest you can imagine.'),
        min: 0,
        max: 10,
      };
    case 'sleep':
      return {
        id,
        label: msg('Sleep'),
        text: msg('How did you sleep last night?'),
        min: 1,
        max: 5,
        options: choices([msg('Very badly'), msg('Badly'), msg('Okay'), msg('Well'), msg('Very well')], 1),
      };
    case 'stress':
      return {
        id,
        label: msg('Stress'),
        text: msg('How stressed do you feel today?'),
        hint: msg('0 means not at all, 10 the most you can imagine.'),
        min: 0,
        max: 10,
      };
    case 'reached-out':
      return {
        id,
        label: msg('Reached out'),
        text: msg('Did you reach out to someone today, such as a friend, a sponsor or a group?'),
        min: 0,
        max: 1,
        options: yesNo(),
      };
    case 'safe':
      return {
        id,
        label: msg('Felt safe'),
        text: msg('Do you feel safe right now?'),
        min: 0,
        max: 1,
        options: yesNo(),
      };
  }
}

export function goalQuestion(goal: Goal): DailyQuestion {
  return {
    id: `goal-${goal.id}`,
    label: msg(str`Goal: ${goal.label}`),
    text: goal.label,
    min: 0,
    max: 2,
    options: choices([msg('Not today'), msg('A little'), msg('Yes')], 0),
  };
}

export function dailyQuestionnaire(items: readonly DailyItemId[], goals: readonly Goal[]): QuestionnaireDefinition {
  return {
    id: 'daily',
    title: msg('Daily check-in'),
    questions: [...items.map(dailyQuestion), ...goals.map(goalQuestion)],
  };
}

const GOAL_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The clinic's goals, from the `goals` attribute: a JSON array of `{ "id", "label" }`. Bad entries are dropped. */
export function parseGoals(value: unknown): Goal[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.filter(
    (goal): goal is Goal =>
      typeof goal?.id === 'string' && GOAL_ID.test(goal.id) && typeof goal.label === 'string' && !!goal.label.trim(),
  );
}

/** `items="mood sleep safe"`: unknown names are ignored; none known means all. */
export function parseItems(value: string | undefined): DailyItemId[] {
  const named = (value ?? '')
    .split(/[\s,]+/)
    .filter((name): name is DailyItemId => DAILY_ITEMS.includes(name as DailyItemId));
  return named.length ? DAILY_ITEMS.filter((item) => named.includes(item)) : [...DAILY_ITEMS];
}
