import { css } from 'lit';

/** Fields, buttons, errors and the care panel: the same in the thread and in each comment form. */
export const commentSharedStyles = css`
  :host {
    --peer-comment-thread-accent: var(--_primary);
    --peer-comment-thread-border: var(--_outline);
    --_danger: var(--peer-color-emergency, #a3231a);
    display: block;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_danger: var(--peer-color-emergency, #ffb4a9);
    }
  }
  h2,
  h3,
  h4,
  p,
  ol,
  ul,
  fieldset {
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.25rem;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea,
  button {
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    border-radius: var(--_radius);
  }
  input:not([type='radio']),
  select,
  textarea {
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--peer-comment-thread-border);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
  }
  textarea {
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--peer-comment-thread-accent);
    background: var(--_surface);
    color: var(--peer-comment-thread-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--peer-comment-thread-accent);
    color: var(--_on-primary);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  a {
    color: var(--peer-comment-thread-accent);
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
    color: var(--_danger);
    font-weight: 600;
  }
  .care {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_crisis);
  }
  .care h4 {
    font-size: 1.0625em;
  }
`;
