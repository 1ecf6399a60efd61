import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { targetLocales } from '../src/locales/locale-codes.js';

/** Wraps every story in a provider with the toolbar's locale, and in a box with the toolbar's direction. */
export const withLocaleAndDirection: Decorator = (story, context) => {
  const locale = (targetLocales as readonly string[]).includes(context.globals.locale) ? context.globals.locale : 'en';
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  return html`<peer-support-provider locale=${locale}><div dir=${dir}>${story()}</div></peer-support-provider>`;
};
