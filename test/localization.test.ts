import { expect } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../src/core/localization.js';

describe('locale resolution', () => {
  it('matches a shipped language by its primary subtag', () => {
    expect(matchLocale(['es-MX'])).to.equal('es');
    expect(matchLocale(['ES'])).to.equal('es');
    expect(matchLocale(['fr-CA', 'es'])).to.equal('fr');
    expect(matchLocale(['de', 'fr'])).to.equal('fr');
    expect(matchLocale(['de-CH', 'it'])).to.equal('en');
    expect(matchLocale([undefined, null, ''])).to.equal('en');
  });

  it('takes the provider first, then <html lang>, then the browser', () => {
    document.documentElement.lang = 'es';
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('es');
    document.documentElement.lang = '';
    expect(resolveLocale(undefined)).to.equal(matchLocale(navigator.languages));
  });
});
