import { afterEach, describe, expect, test } from 'vitest';
import { getLocale, onLocaleChange, setLocale } from '../../../web/i18n/locale-store.ts';
import type { Locale } from '../../../web/i18n/locales.ts';

describe('locale store', () => {
  afterEach(() => setLocale('da'));

  test('starts in Danish', () => {
    expect(getLocale()).toBe('da');
  });

  test('notifies subscribers once per real change, and not after they unsubscribe', () => {
    const heard: Locale[] = [];
    const stop = onLocaleChange((locale) => heard.push(locale));
    setLocale('en');
    setLocale('en'); // no change, no notice
    setLocale('da');
    stop();
    setLocale('en');
    expect(heard).toEqual(['en', 'da']);
  });

  test('refuses an unknown language', () => {
    expect(() => setLocale('sv' as Locale)).toThrow(/Unknown UI language "sv"/);
    expect(getLocale()).toBe('da');
  });
});
