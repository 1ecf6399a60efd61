import { css } from 'lit';

export const moderationQueueStyles = css`
  :host {
    --peer-moderation-queue-accent: var(--_primary);
    --peer-moderation-queue-border: var(--_outline);
    --peer-moderation-queue-care-background: var(--_crisis);
    --peer-moderation-queue-danger: var(--_emergency);
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd,
  ol,
  ul {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  .queue {
    display: grid;
    gap: 1rem;
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button,
  input,
  textarea {
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    border-radius: var(--_radius);
  }
  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--peer-moderation-queue-accent);
    background: var(--_surface);
    color: var(--peer-moderation-queue-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--peer-moderation-queue-accent);
    color: var(--_on-primary);
  }
  button.danger {
    border-color: var(--peer-moderation-queue-danger);
    color: var(--peer-moderation-queue-danger);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  input,
  textarea {
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--peer-moderation-queue-border);
    background: var(--_surface);
    color: var(--_text);
  }
  input {
    min-block-size: 2.75rem;
  }
  textarea {
    resize: vertical;
  }
  label {
    font-weight: 600;
  }
  .sign-in {
    display: grid;
    gap: 0.5rem;
    max-inline-size: 28rem;
  }
  .counts {
    font-weight: 600;
  }
  .items {
    list-style: none;
    display: grid;
    gap: 1rem;
  }
  .item {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--peer-moderation-queue-border);
    border-radius: var(--_radius);
    /* A full queue is a hundred items: those off screen are laid out only when scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .item.care {
    /* The thick edge stays when forced colours drop the background. */
    border-inline-start: 0.375rem solid var(--peer-moderation-queue-danger);
    background: var(--peer-moderation-queue-care-background);
    color: var(--peer-color-on-crisis-surface, var(--_text));
  }
  .reason {
    font-weight: 600;
  }
  .care-note {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--peer-moderation-queue-danger);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    font-size: 0.9375em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
    min-inline-size: 0;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  .reports ul {
    padding-inline-start: 1.25rem;
  }
  .report-reason {
    font-weight: 600;
  }
  .report-note {
    white-space: pre-wrap;
  }
  .distressing {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .body {
    /* Visitor text, shown exactly as written (line breaks kept) and never as HTML. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--peer-moderation-queue-border);
  }
  .body:empty {
    display: none;
  }
  .decide {
    display: grid;
    gap: 0.5rem;
  }
  .question {
    font-weight: 600;
  }
  .hint {
    font-size: 0.9375em;
  }
  .problem {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--peer-moderation-queue-danger);
  }
  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .empty {
    padding: 1rem;
    border: 1px dashed var(--peer-moderation-queue-border);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    button.primary {
      border-color: ButtonText;
    }
  }
`;
