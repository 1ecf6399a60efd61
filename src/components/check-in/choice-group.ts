import { html, nothing } from 'lit';
import type { DailyQuestion } from './daily-items.js';

/**
 * One question as a group of native radio buttons (arrow keys, screen readers and forms all understand
 * them), drawn as a row of large targets. Numbers without words (0–10) show the number alone.
 */
export function choiceGroup(
  question: DailyQuestion,
  value: number | undefined,
  choose: (id: string, value: number) => void,
  disabled = false,
) {
  const options =
    question.options ??
    Array.from({ length: question.max - question.min + 1 }, (_, index) => ({
      value: question.min + index,
      label: String(question.min + index),
    }));
  const hintId = `${question.id}-hint`;
  return html`<fieldset
    class="question ${question.options ? 'words' : 'numbers'}"
    id=${`q-${question.id}`}
    aria-describedby=${question.hint ? hintId : nothing}
    ?disabled=${disabled}
  >
    <legend>${question.text}</legend>
    ${question.hint ? html`<p class="hint" id=${hintId}>${question.hint}</p>` : nothing}
    <div class="options">
      ${options.map(
        (option) =>
          html`<label
            ><input
              type="radio"
              name=${question.id}
              .value=${String(option.value)}
              .checked=${value === option.value}
              @change=${() => choose(question.id, option.value)}
            /><span>${option.label}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}
