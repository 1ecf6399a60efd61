import { css } from 'lit';

/**
 * The progress view: words first, then the range and the chart/table switch, then one chart per measure.
 * Logical properties throughout; the charts scale to the width they are given (320 px phones included).
 */
export const progressStyles = css`
  :host {
    --peer-check-in-line: var(--_primary);
    --peer-check-in-grid: var(--_outline);
    display: block;
    color: var(--_text);
  }
  [part='base'] {
    display: grid;
    gap: 1rem;
    min-inline-size: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  fieldset {
    margin: 0;
    padding: 0;
  }
  .heading {
    font-size: 1.375em;
  }
  .streaks {
    display: grid;
    gap: 0.25rem;
  }
  .trends {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75rem 1rem;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  button {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: 1.25rem 1.5rem;
  }
  .chart {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-inline-size: 0;
  }
  .chart-title {
    font-size: 1.0625em;
  }
  .plot {
    display: block;
    inline-size: 100%;
    max-inline-size: 30rem;
    block-size: auto;
    /* Time runs left to right in every language: the drawing is not mirrored. */
    direction: ltr;
    overflow: visible;
  }
  .grid line {
    stroke: var(--peer-check-in-grid);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .tick {
    fill: currentColor;
    font-size: 14px;
  }
  .line {
    fill: none;
    stroke: var(--peer-check-in-line);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .marker {
    fill: var(--_surface);
    stroke: var(--peer-check-in-line);
    stroke-width: 2;
  }
  .summary {
    font-size: 0.9375em;
  }
  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    padding: 0.375rem 0.25rem;
    font-size: 0.875em;
    border-block-end: 1px solid var(--_outline);
    text-align: start;
    vertical-align: top;
    /* Words whole ("Cravings", not "Crav-ings"): a table too wide scrolls in its own box instead. */
    overflow-wrap: normal;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  th:not(:first-child),
  .time {
    white-space: nowrap;
  }
  .day,
  .time {
    display: block;
  }
  td.number {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .line {
      stroke: CanvasText;
    }
    .marker {
      fill: Canvas;
      stroke: Highlight;
    }
    .grid line {
      stroke: GrayText;
    }
    .tick {
      fill: CanvasText;
    }
  }
`;
