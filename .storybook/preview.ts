import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { EXAMPLE_THEMES } from '../stories/themes/example-themes.js';
import { withExampleTheme } from './example-theme.js';
import { withLocaleAndDirection } from './locale-direction.js';
import { argTypesFromManifest } from './manifest-arg-types.js';
// Defines every element, as the CDN bundle does.
import '../src/all.js';

// Every element's docs page and controls come from the manifest (attributes, properties, events, slots,
// parts, CSS custom properties), so they cannot drift from the code.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page for every element, from its stories and the manifest.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
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
    theme: {
      description: 'One of the example themes in docs/themes/',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          ...Object.entries(EXAMPLE_THEMES).map(([value, { title }]) => ({ value, title })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', theme: 'default' },
  // The theme's box goes around the locale's provider, as a clinic's page is around the widgets.
  decorators: [withLocaleAndDirection, withExampleTheme],
  parameters: {
    // The guides first (a clinic's web person starts there), in the order a clinic meets them: embedding,
    // look and language, developers, operators, then each widget in detail. Then the widgets.
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Introduction',
            'Embed in five minutes',
            'Theming',
            'Languages',
            'React and Vue',
            'Your own backend',
            'Backend contract (REST API)',
            'Reference server',
            'Running the server in production',
            'Privacy notes',
            'Element reference',
          ],
          'Widgets',
        ],
      },
    },
    controls: { expanded: true },
    docs: { extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName) },
    // Every state must pass axe; show violations as failures in the Accessibility panel.
    a11y: { test: 'error' },
  },
};

export default preview;
