import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    --peer-quick-exit-background: var(--_emergency);
    --peer-quick-exit-color: var(--_surface);
    display: inline-block;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.375rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--peer-quick-exit-background);
    color: var(--peer-quick-exit-color);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  dialog,
  dialog::backdrop {
    inline-size: 100vw;
    max-inline-size: none;
    block-size: 100vh;
    max-block-size: none;
    margin: 0;
    border: 0;
    background: Canvas;
    color: CanvasText;
  }
`;
