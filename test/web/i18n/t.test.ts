import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { da, type StringKey } from '../../../web/i18n/strings-da.ts';
import { en } from '../../../web/i18n/strings-en.ts';
import { t } from '../../../web/i18n/t.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('t', () => {
  afterEach(() => setLocale('da'));

  test('Danish is the default language and fills placeholders', () => {
    expect(t('progress.running', { done: '250', total: '1.000' })).toBe('250 af 1.000 replikationer');
  });

  test('follows the locale switch, and an explicit locale wins over the current one', () => {
    setLocale('en');
    expect(t('progress.running', { done: '250', total: '1,000' })).toBe('250 of 1,000 replications');
    expect(t('nav.board', {}, 'da')).toBe('Målbord');
  });

  test('a missing parameter throws with the key and the parameter name', () => {
    expect(() => t('progress.running', { done: '1' })).toThrow(/progress\.running.*\{total\}/);
  });

  test('both tables have the same keys, non-empty texts and the same placeholders per key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const key of Object.keys(da) as StringKey[]) {
      expect(da[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(da[key]));
    }
  });

  test('a table missing a key fails the type check', () => {
    // @ts-expect-error -- 'app.name' and every other key are missing: tsc must reject this table.
    const incomplete: Record<StringKey, string> = { 'nav.board': 'Board' };
    expect(Object.keys(incomplete)).toHaveLength(1);
  });

  test('domain words stay Danish in English', () => {
    expect(en['board.col.level']).toBe('Resultatniveau');
    expect(en['app.tagline']).toContain('resultatniveauer');
  });
});
