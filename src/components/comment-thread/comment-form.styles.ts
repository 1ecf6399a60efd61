import { css } from 'lit';
import { commentSharedStyles } from './comment-shared.styles.js';

export const commentFormStyles = [
  commentSharedStyles,
  css`
    form {
      display: grid;
      gap: 0.75rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .counter {
      justify-self: end;
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    .counter.over {
      color: var(--_danger);
      font-weight: 600;
    }
    /* The field bots fill in: out of sight and out of the way of every person and assistive technology. */
    .trap {
      position: absolute;
      inset-inline-start: -10000px;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
  `,
];
