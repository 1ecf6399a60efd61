import type { Decorator } from '@storybook/web-components-vite';
import { inExampleTheme, isExampleTheme } from '../stories/themes/example-themes.js';

/** Applies the toolbar's example theme (docs/themes/) to a story; "Default" leaves the widgets' own colours. */
export const withExampleTheme: Decorator = (story, context) =>
  isExampleTheme(context.globals.theme) ? inExampleTheme(context.globals.theme, story()) : story();
