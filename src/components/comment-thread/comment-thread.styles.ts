import { css } from 'lit';
import { commentSharedStyles } from './comment-shared.styles.js';

export const commentThreadStyles = [
  commentSharedStyles,
  css`
    [part='base'] {
      display: grid;
      gap: 1rem;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.125em;
    }
    .sort {
      display: grid;
      gap: 0.25rem;
    }
    .comments,
    .replies {
      list-style: none;
      display: grid;
      gap: 0.75rem;
    }
    .replies {
      margin-block-start: 0.75rem;
      padding-inline-start: var(--peer-comment-thread-indent, 1.25rem);
      border-inline-start: 2px solid var(--peer-comment-thread-border);
    }
    .item {
      /* Comments far below the fold are laid out only when scrolled near: long threads open fast. */
      content-visibility: auto;
      contain-intrinsic-size: auto 8rem;
    }
    article {
      display: grid;
      gap: 0.375rem;
      padding-block-end: 0.75rem;
      border-block-end: 1px solid var(--peer-comment-thread-border);
    }
    article:focus {
      outline: none;
    }
    article:focus-visible {
      outline: 3px solid var(--_focus);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
    }
    .name {
      font-weight: 700;
    }
    .badge {
      padding-inline: 0.375rem;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.875em;
    }
    time {
      position: relative;
      font-size: 0.9375em;
    }
    time:hover::after,
    time:focus-visible::after {
      content: attr(data-full);
      position: absolute;
      inset-block-start: 100%;
      inset-inline-start: 0;
      z-index: 1;
      inline-size: max-content;
      max-inline-size: 16rem;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_outline);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .edited,
    .reply-to {
      font-size: 0.9375em;
      font-style: italic;
    }
    .body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .actions button {
      min-block-size: 2.25rem;
      padding: 0.125rem 0.625rem;
    }
    .reaction[aria-pressed='true'] {
      background: var(--peer-comment-thread-accent);
      color: var(--_on-primary);
    }
    .count {
      font-variant-numeric: tabular-nums;
    }
    .write {
      display: grid;
      gap: 0.75rem;
    }
    .more {
      justify-self: start;
    }
  `,
];
