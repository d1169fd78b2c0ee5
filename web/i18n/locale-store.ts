/**
 * The current UI language and who wants to know when it changes. One store for the whole page: components
 * subscribe through `LocaleController`, charts take the locale as an option, `main.ts` mirrors it on <html lang>.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/** Called with the new language after every change (not on subscribing). */
export type LocaleListener = (locale: Locale) => void;

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<LocaleListener>();

export function getLocale(): Locale {
  return current;
}

/**
 * Switch the UI language and notify subscribers (only when it really changes).
 * @example setLocale('en')
 */
export function setLocale(locale: Locale): void {
  if (!isLocale(locale)) throw new RangeError(`Unknown UI language "${String(locale)}"; use "da" or "en".`);
  if (locale === current) return;
  current = locale;
  // Copy first: a listener may unsubscribe while we iterate.
  for (const listener of [...listeners]) listener(locale);
}

/**
 * Hear about language changes. Returns the function that stops listening.
 * @example const stop = onLocaleChange((locale) => render(locale)); … stop();
 */
export function onLocaleChange(listener: LocaleListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
