import { css } from 'lit';

/**
 * System tokens (tier one): a clinic sets `--peer-color-*`, `--peer-font-family`, `--peer-radius` once on
 * any ancestor, and each element maps them to its own `--peer-<element>-*` tokens (tier two). The private
 * `--_*` values carry the light and dark defaults without overriding what a clinic set.
 */
// Forced-colours mode (Windows High Contrast) replaces these colours with system ones by itself; nothing
// here opts out of that (no forced-color-adjust), so borders, links and focus rings stay visible.
export const themeTokens = css`
  :host {
    --_surface: var(--peer-color-surface, #fff);
    --_text: var(--peer-color-on-surface, #1d2330);
    --_primary: var(--peer-color-primary, #2451a6);
    --_on-primary: var(--peer-color-on-primary, #fff);
    --_outline: var(--peer-color-outline, #767d8c);
    --_focus: var(--peer-color-focus, #b8420f);
    --_crisis: var(--peer-color-crisis-surface, #fdf3e1);
    --_emergency: var(--peer-color-emergency, #a3231a);
    --_radius: var(--peer-radius, 0.375rem);
    /* Explicit defaults so a clinic stylesheet cannot break the widget by accident. */
    box-sizing: border-box;
    font-family: var(--peer-font-family, inherit);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  /* Dark defaults; a clinic themes dark mode by setting the same --peer-color-* tokens in its own query. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--peer-color-surface, #161b26);
      --_text: var(--peer-color-on-surface, #eef1f7);
      --_primary: var(--peer-color-primary, #9dc1ff);
      --_on-primary: var(--peer-color-on-primary, #0b1a33);
      --_outline: var(--peer-color-outline, #8d95a6);
      --_focus: var(--peer-color-focus, #ffb68a);
      --_crisis: var(--peer-color-crisis-surface, #2b2417);
      --_emergency: var(--peer-color-emergency, #ffb4a9);
    }
  }
  * {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
