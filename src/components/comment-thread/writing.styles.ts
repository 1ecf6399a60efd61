import { css } from 'lit';

/** What only the writing chunk renders inside the thread: its tools, guidelines and the visitor's own comments. */
export const writingStyles = css`
  .own-list {
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .tool {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--peer-comment-thread-border);
    border-radius: var(--_radius);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.25rem;
    font-weight: 400;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .own {
    display: grid;
    gap: 0.75rem;
  }
  .guidelines ul {
    padding-inline-start: 1.25rem;
  }
  summary {
    cursor: pointer;
    min-block-size: 2.25rem;
    font-weight: 600;
  }
  .own-item {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    border: 1px dashed var(--peer-comment-thread-border);
    border-radius: var(--_radius);
  }
  button.quiet {
    justify-self: start;
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
`;
