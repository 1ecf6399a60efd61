import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { Goal } from './daily-items.js';

export interface OwnGoalHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  addGoal(label: string): Promise<void>;
  removeGoal(id: string): Promise<void>;
  focusLater(selector: string): void;
}

function addTyped(host: OwnGoalHost): void {
  const input = host.renderRoot.querySelector<HTMLInputElement>('#new-goal');
  const label = input?.value.trim();
  if (!input || !label) return;
  input.value = '';
  void host.addGoal(label);
}

/** Adding a goal of one's own (its words stay on the device) and removing it again. */
export function ownGoalTools(host: OwnGoalHost) {
  return {
    remove: (goal: Goal) =>
      html`<button
        type="button"
        @click=${() => {
          void host.removeGoal(goal.id);
          host.focusLater('#new-goal');
        }}
      >
        ${msg(str`Remove the goal “${goal.label}”`)}
      </button>`,
    add: html`<div class="goal-add">
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
    </div>`,
  };
}
