import { css } from 'lit';

/** Questions as rows of large, calm targets; the chosen answer is filled, not only coloured. */
export const checkInStyles = css`
  :host {
    --peer-check-in-accent: var(--_primary);
    --peer-check-in-border: var(--_outline);
    display: block;
    color: var(--_text);
  }
  section[part='base'],
  form {
    display: grid;
    gap: 1.25rem;
  }
  h2,
  h3,
  p,
  fieldset {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.375rem;
  }
  legend {
    padding: 0;
    margin-block-end: 0.375rem;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .options label {
    position: relative;
    display: flex;
  }
  .options input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .options span {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--peer-check-in-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .numbers .options span {
    min-inline-size: 2.25rem;
    padding-inline: 0.25rem;
  }
  .options input:checked + span {
    background: var(--peer-check-in-accent);
    border-color: var(--peer-check-in-accent);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .options input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .options input:checked + span {
      border: 3px double Highlight;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  textarea,
  input[type='text'],
  button {
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    border-radius: var(--_radius);
  }
  textarea,
  input[type='text'] {
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--peer-check-in-border);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_emergency);
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--peer-check-in-accent);
    background: var(--_surface);
    color: var(--peer-check-in-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--peer-check-in-accent);
    color: var(--_on-primary);
  }
  button.danger {
    border-color: var(--_emergency);
    color: var(--_emergency);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .hint {
    font-size: 0.9375em;
  }
  .error:not(:empty) {
    color: var(--_emergency);
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .care,
  .saved,
  .consent,
  .scale,
  .erase {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--peer-check-in-border);
    border-radius: var(--_radius);
  }
  .care {
    border-width: 2px;
    background: var(--_crisis);
  }
  .agree {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .agree input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .privacy {
    display: grid;
    gap: 0.75rem;
  }
  .privacy[open] {
    padding-block-end: 0.5rem;
  }
  .privacy > * + * {
    margin-block-start: 0.75rem;
  }
  summary {
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
    color: var(--peer-check-in-accent);
  }
  .goal-add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .goal-add .field {
    flex: 1 1 12rem;
  }
`;
