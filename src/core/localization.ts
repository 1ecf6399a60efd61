import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

// Each language is a separate chunk, loaded only when a page asks for it.
const loaders: Record<string, () => Promise<unknown>> = {
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

const supported: readonly string[] = [sourceLocale, ...targetLocales];

/** The first candidate whose language we ship ("es-MX" matches "es"); English otherwise. */
export function matchLocale(candidates: readonly (string | undefined | null)[]): SupportedLocale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase();
    if (supported.includes(tag)) return tag as SupportedLocale;
    const language = tag.split(/[-_]/)[0];
    if (supported.includes(language)) return language as SupportedLocale;
  }
  return sourceLocale;
}

/** Locale from the provider, else `<html lang>`, else the browser's languages. */
export function resolveLocale(providerLocale?: string): SupportedLocale {
  const pageLang = typeof document !== 'undefined' ? document.documentElement.lang : undefined;
  const browser = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return matchLocale([providerLocale, pageLang, ...browser]);
}

let requested: string | undefined;

/** Switches every widget on the page to the resolved locale (lit-localize runtime mode is page-wide). */
export function syncLocale(providerLocale?: string): Promise<void> {
  const locale = resolveLocale(providerLocale);
  if (locale === requested) return Promise.resolve();
  requested = locale;
  // A failed translation load leaves English on screen, which is still usable.
  return setLocale(locale).catch((error: unknown) => console.warn(error));
}

export { getLocale };
