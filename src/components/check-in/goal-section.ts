import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Answers } from './check-in-model.js';
import { choiceGroup } from './choice-group.js';
import { goalQuestion, type Goal } from './daily-items.js';

export interface GoalSectionHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  answers: Answers;
  goalList: Goal[];
  disabled: boolean;
  choose(id: string, value: number): void;
  addGoal(label: string): Promise<void>;
  removeGoal(id: string): Promise<void>;
}

function addTyped(host: GoalSectionHost): void {
  const input = host.renderRoot.querySelector<HTMLInputElement>('#new-goal');
  const label = input?.value.trim();
  if (!input || !label) return;
  input.value = '';
  void host.addGoal(label);
}

/** The clinic's goals and the person's own: how each went today, and adding or removing their own. */
export function goalSection(host: GoalSectionHost) {
  return html`<h3 class="group-heading">${msg('Your goals')}</h3>
    ${host.goalList.map(
      (goal) =>
        html`${choiceGroup(goalQuestion(goal), host.answers[`goal-${goal.id}`], host.choose, host.disabled)}
        ${
          goal.own
            ? html`<button type="button" class="quiet" @click=${() => host.removeGoal(goal.id)}>
                ${msg(str`Remove the goal “${goal.label}”`)}
              </button>`
            : nothing
        }`,
    )}
    <div class="goal-add">
      <div class="field">
        <label for="new-goal">${msg('Add a goal of your own')}</label>
        <input
          id="new-goal"
          type="text"
          maxlength="80"
          aria-describedby="new-goal-hint"
          @keydown=${(event: KeyboardEvent) => {
            // Enter adds the goal rather than saving the whole check-in.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            addTyped(host);
          }}
        />
        <p class="hint" id="new-goal-hint">${msg('Its words stay on this device.')}</p>
      </div>
      <button type="button" @click=${() => addTyped(host)}>${msg('Add goal')}</button>
    </div>`;
}
