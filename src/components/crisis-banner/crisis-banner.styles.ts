import { css } from 'lit';

export const crisisBannerStyles = css`
  :host {
    --peer-crisis-banner-background: var(--_crisis);
    --peer-crisis-banner-color: var(--peer-color-on-crisis-surface, var(--_text));
    --peer-crisis-banner-action-background: var(--_primary);
    --peer-crisis-banner-action-color: var(--_on-primary);
    --peer-crisis-banner-border: var(--_outline);
    --peer-crisis-banner-emergency: var(--_emergency);
    display: block;
  }
  :host([variant='bar']:not([position='static'])) {
    position: sticky;
    inset-block: 0;
    z-index: 900;
  }
  [hidden] {
    display: none !important;
  }
  section {
    padding: 0.5rem 1rem;
    border: 1px solid var(--peer-crisis-banner-border);
    border-inline-width: 0;
    background: var(--peer-crisis-banner-background);
    color: var(--peer-crisis-banner-color);
  }
  .inline {
    padding: 1rem;
    border-inline-width: 1px;
    border-radius: var(--_radius);
  }
  .row,
  .actions,
  .channels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .lead {
    flex: 1 1 14rem;
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
    padding: 0;
    font-size: 1em;
  }
  h2 {
    font-size: 1.25em;
    /* Its own width first: where the heading and quick exit do not fit side by side, the button goes below,
       rather than the heading being broken inside its words (French at 320 px). */
    flex: 1 1 auto;
  }
  ul {
    list-style: none;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 2px solid;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .channel {
    border-color: var(--peer-crisis-banner-action-background);
    background: var(--peer-crisis-banner-action-background);
    color: var(--peer-crisis-banner-action-color);
  }
  .emergency .channel {
    border-color: var(--peer-crisis-banner-emergency);
    background: var(--peer-crisis-banner-emergency);
  }
  a:hover,
  button:hover,
  .options a {
    text-decoration: underline;
  }
  .options a {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
  }
  /* The bar is sticky: its open panel scrolls inside itself so no line is ever out of reach on a phone. */
  #panel {
    max-block-size: 70vh;
    overflow-y: auto;
  }
  .resources {
    display: grid;
    gap: 1rem;
    margin-block: 0.75rem 0.25rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
  }
  li {
    display: grid;
    gap: 0.375rem;
    align-content: start;
  }
  .options li {
    display: block;
  }
  .status {
    font-weight: 600;
  }
`;
