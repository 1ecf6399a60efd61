import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Answers } from './check-in-model.js';
import { choiceGroup } from './choice-group.js';
import { goalQuestion, type Goal } from './daily-items.js';

export interface GoalSectionHost {
  answers: Answers;
  goalList: Goal[];
  disabled: boolean;
  choose(id: string, value: number): void;
}

/**
 * How each goal went today: the clinic's and the person's own. Adding and removing their own goals (`tools`)
 * arrives with the progress chunk, when the page is idle.
 */
export function goalSection(host: GoalSectionHost, tools?: { remove(goal: Goal): unknown; add: unknown }) {
  return html`<h3 class="group-heading">${msg('Your goals')}</h3>
    ${host.goalList.map(
      (goal) =>
        html`${choiceGroup(goalQuestion(goal), host.answers[`goal-${goal.id}`], host.choose, host.disabled)}
        ${goal.own && tools ? tools.remove(goal) : nothing}`,
    )}
    ${tools?.add ?? nothing}`;
}
