/**
 * The user-facing texts of cohort specs, in Danish and English (kept here until they move into src/messages.ts,
 * whose owner merges them). Domain words stay Danish in both languages.
 */
import type { LocalText } from '../rules/facts.ts';

const t = (da: string, en: string): LocalText => ({ da, en });
const q = (value: unknown): string => JSON.stringify(value);

export const COHORT_MESSAGES = {
  badTotal: (total: unknown) =>
    t(`total skal være et tal ≥ 0, ikke ${q(total)}`, `total must be a number ≥ 0, not ${q(total)}`),
  badBand: (min: unknown, max: unknown, low: number, high: number) =>
    t(
      `et bånd skal have hele tal ${low} ≤ min ≤ max ≤ ${high}, ikke [${q(min)}, ${q(max)}]`,
      `a band needs whole numbers ${low} ≤ min ≤ max ≤ ${high}, not [${q(min)}, ${q(max)}]`,
    ),
  duplicateBand: (id: string) => t(`båndet ${q(id)} står to gange`, `band ${q(id)} appears twice`),
  overlappingBands: (a: string, b: string) =>
    t(`båndene ${q(a)} og ${q(b)} overlapper`, `bands ${q(a)} and ${q(b)} overlap`),
  badDimensions: () =>
    t('en tabel skal have 1–3 forskellige dimensioner', 'a table needs 1–3 different dimensions'),
  unknownDimension: (name: string, known: readonly string[]) =>
    t(
      `ukendt dimension ${q(name)}; kendte: ${known.join(', ')}`,
      `unknown dimension ${q(name)}; known: ${known.join(', ')}`,
    ),
  missingBands: (dimension: string, field: string) =>
    t(
      `dimensionen ${q(dimension)} bruger båndene i ${q(field)}, som ikke er givet`,
      `dimension ${q(dimension)} uses the bands in ${q(field)}, which are not given`,
    ),
  cellMissingDimension: (dimension: string) =>
    t(`cellen mangler en værdi for ${q(dimension)}`, `the cell has no value for ${q(dimension)}`),
  cellExtraDimension: (dimension: string) =>
    t(
      `cellen giver ${q(dimension)}, som ikke er en af tabellens dimensioner`,
      `the cell gives ${q(dimension)}, which is not one of the table's dimensions`,
    ),
  badCellValue: (dimension: string, value: unknown, allowed: readonly string[]) =>
    t(
      `${q(value)} er ikke en værdi af ${q(dimension)}; tilladt: ${allowed.join(', ')}`,
      `${q(value)} is not a value of ${q(dimension)}; allowed: ${allowed.join(', ')}`,
    ),
  duplicateCell: () =>
    t('samme kombination står to gange i tabellen', 'the same combination appears twice in the table'),
  badCount: (count: unknown) =>
    t(`count skal være et tal ≥ 0, ikke ${q(count)}`, `count must be a number ≥ 0, not ${q(count)}`),
  noYdelseTable: () => t('ingen tabel fordeler kohorten på ydelse', 'no table splits the cohort by ydelse'),
  noYdelseTableHint: () =>
    t(
      'tilføj en tabel med dimensionen "ydelse" (fx ydelse × alder)',
      'add a table with the dimension "ydelse" (e.g. ydelse × age)',
    ),
  tableSumDiffers: (sum: number, total: number) =>
    t(
      `tabellens celler summer til ${sum}, men total er ${total}; IPF kan ikke ramme begge`,
      `the table's cells sum to ${sum}, but total is ${total}; IPF cannot meet both`,
    ),
  tableSumDiffersHint: () =>
    t(
      'ret tallene, eller sæt "unlisted": "rest" hvis tabellen kun giver nogle af cellerne',
      'fix the counts, or set "unlisted": "rest" if the table gives only some of its cells',
    ),
  restExceedsTotal: (sum: number, total: number) =>
    t(
      `de givne celler summer til ${sum}, mere end total ${total}`,
      `the listed cells sum to ${sum}, more than total ${total}`,
    ),
  gridTooLarge: (size: number, limit: number) =>
    t(
      `tabellerne krydser ${size} kombinationer (grænsen er ${limit})`,
      `the tables cross ${size} combinations (the limit is ${limit})`,
    ),
  gridTooLargeHint: () =>
    t('brug færre dimensioner eller bredere bånd', 'use fewer dimensions or wider bands'),
  invalidSpec: (count: number) =>
    t(`kohortebeskrivelsen har ${count} fejl`, `the cohort spec has ${count} error(s)`),
};
