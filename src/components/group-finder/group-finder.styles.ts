import { css } from 'lit';

export const groupFinderStyles = css`
  :host {
    --peer-group-finder-accent: var(--_primary);
    --peer-group-finder-live: var(--peer-color-success, #1b6b3a);
    --peer-group-finder-border: var(--_outline);
    display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --peer-group-finder-live: var(--peer-color-success, #8fd6a8);
    }
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  p,
  dl,
  dd,
  ol,
  fieldset {
    margin: 0;
    padding: 0;
  }
  h3 {
    font-size: 1.125em;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .finder {
    display: grid;
    gap: 1rem;
  }
  .filters {
    display: grid;
    gap: 0.75rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.25rem;
    flex: 1 1 10rem;
    font-weight: 600;
  }
  .grow {
    flex: 3 1 14rem;
  }
  input,
  select,
  button {
    /* Explicit: inside <details> they would inherit content-box through its internal slot. */
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    min-block-size: 2.75rem;
    border-radius: var(--_radius);
  }
  input[type='search'],
  input[type='text'],
  select {
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--peer-group-finder-border);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
  }
  button {
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--peer-group-finder-accent);
    background: var(--_surface);
    color: var(--peer-group-finder-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--peer-group-finder-accent);
    color: var(--_on-primary);
  }
  button.link {
    justify-self: start;
    border-color: transparent;
    text-decoration: underline;
    padding-inline: 0.25rem;
  }
  button:disabled {
    cursor: progress;
  }
  a {
    color: var(--peer-group-finder-accent);
  }
  .place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: end;
    flex: 2 1 14rem;
  }
  .place label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .place input {
    flex: 1 1 8rem;
    inline-size: auto;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-start: 0.75rem;
  }
  .choices legend {
    margin-block-end: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .more summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    font-weight: 600;
    color: var(--peer-group-finder-accent);
  }
  .explain {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    margin-block-start: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--peer-group-finder-border);
    border-radius: var(--_radius);
  }
  .hint:empty {
    display: none;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .count {
    font-weight: 600;
  }
  .results {
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .result,
  .details {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--peer-group-finder-border);
    border-radius: var(--_radius);
  }
  .details {
    gap: 0.75rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .badge {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.875em;
  }
  .badge.live {
    color: var(--peer-group-finder-live);
    font-weight: 600;
  }
  .badge.soon {
    color: var(--peer-group-finder-accent);
    font-weight: 600;
  }
  .zone,
  .types,
  .where {
    font-size: 0.9375em;
  }
  dl {
    display: grid;
    gap: 0.25rem;
  }
  dt {
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
  .line {
    display: block;
  }
  .notes {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .back {
    justify-self: start;
  }
  .problem {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_emergency);
  }
  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  @media print {
    .filters,
    button {
      display: none !important;
    }
    .result {
      break-inside: avoid;
    }
  }
`;
