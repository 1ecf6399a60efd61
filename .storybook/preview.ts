import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Defines every element, as the CDN bundle does.
import '../src/all.js';

/** Wraps every story in a provider with the toolbar's locale, and in a box with the toolbar's direction. */
export const withLocaleAndDirection: Decorator = (story, context) => {
  const locale = context.globals.locale === 'es' ? 'es' : 'en';
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  return html`<peer-support-provider locale=${locale}><div dir=${dir}>${story()}</div></peer-support-provider>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [withLocaleAndDirection],
  parameters: {
    controls: { expanded: true },
    // Every state must pass axe; show violations as failures in the Accessibility panel.
    a11y: { test: 'error' },
  },
};

export default preview;
