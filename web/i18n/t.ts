/**
 * Look up a UI string in the current (or a given) language and fill its `{placeholders}`.
 * Every user-facing string in web/ goes through here, so the two tables are the whole UI text.
 */
import { getLocale } from './locale-store.ts';
import type { Locale } from './locales.ts';
import { da, type StringKey } from './strings-da.ts';
import { en } from './strings-en.ts';

export type { StringKey } from './strings-da.ts';

/** Values for a string's placeholders. Pass numbers and months already formatted (formatNumber, formatMonth…). */
export type StringParams = Readonly<Record<string, string | number>>;

const TABLES: Readonly<Record<Locale, Record<StringKey, string>>> = { da, en };
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * @example t('progress.running', { done: '250', total: '1.000' }) → "250 af 1.000 replikationer"
 * @throws when the string has a placeholder that `params` does not fill: a programming error we want loud.
 */
export function t(key: StringKey, params: StringParams = {}, locale: Locale = getLocale()): string {
  const template = TABLES[locale][key];
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`String "${key}" (${locale}) needs the parameter {${name}}.`);
    return String(value);
  });
}
