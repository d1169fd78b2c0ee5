/**
 * The UI's languages. Danish is the default; English is a switch. Domain words (a-dagpenge, kontanthjælp,
 * resultatniveau…) stay Danish in both, so the English table only translates the surrounding language.
 */

export const LOCALES = ['da', 'en'] as const;
/** A UI language: `da` (default) or `en`. */
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'da';

/** The BCP 47 tag Intl formats with for each UI language (British English: day-month order, 24-hour clock). */
export const INTL_TAG: Readonly<Record<Locale, string>> = { da: 'da-DK', en: 'en-GB' };

/** The name of each language in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { da: 'Dansk', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
