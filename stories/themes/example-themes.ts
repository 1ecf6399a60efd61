import { html, type TemplateResult } from 'lit';
import brand from '../../docs/themes/brand.css?raw';
import dark from '../../docs/themes/dark.css?raw';
import highContrast from '../../docs/themes/high-contrast.css?raw';

/** The example themes of docs/themes/, as published: the files themselves, not copies of their colours. */
export const EXAMPLE_THEMES = {
  brand: { title: 'A clinic’s brand', css: brand },
  'high-contrast': { title: 'High contrast', css: highContrast },
  dark: { title: 'Dark', css: dark },
} as const;

export type ExampleThemeName = keyof typeof EXAMPLE_THEMES;

export const isExampleTheme = (name: unknown): name is ExampleThemeName =>
  typeof name === 'string' && Object.hasOwn(EXAMPLE_THEMES, name);

/**
 * Content inside a box that has the theme's rules. A theme sets its tokens on :root, as a clinic's page would;
 * here they are moved onto the box, so that several themes can sit side by side on one docs page. The box
 * takes the theme's surface, as a themed site's page would (a dark theme wants a dark page).
 */
export function inExampleTheme(name: ExampleThemeName, content: unknown): TemplateResult {
  const scope = `[data-peer-theme='${name}']`;
  const style = document.createElement('style');
  style.textContent = `${EXAMPLE_THEMES[name].css.replace(/:root\b/g, scope)}
${scope} { background: var(--peer-color-surface); color: var(--peer-color-on-surface); padding: 1rem; }`;
  return html`${style}
    <div data-peer-theme=${name}>${content}</div>`;
}
