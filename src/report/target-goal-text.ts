/**
 * The MÅL column of the committee table: the target's title and its level in one sentence, as the annex states
 * it ("… højst 428 personer i december 2015, et fald på 20 % fra 535 personer i december 2013").
 */
import type { Lang } from '../messages.ts';
import type { CommitteeRow } from './committee-table.ts';
import { reportFormat } from './report-format.ts';
import { changePhrase, levelPhrase, pointsPhrase, unitDecimals } from './report-phrases.ts';

/**
 * @example targetGoalText(row, 'da') → "Unge under 30 år på offentlig forsørgelse: højst 428 personer i december
 *   2015, et fald på 20 % fra 535 personer i december 2013."
 */
export function targetGoalText(row: CommitteeRow, lang: Lang): string {
  const format = reportFormat(lang);
  const da = lang === 'da';
  const title = row.title[lang];
  const baseline = `${format.value(row.baseline.value, row.unit, unitDecimals(row.unit))} ${da ? 'i' : 'in'} ${format.month(row.baseline.month)}`;
  if (row.level === undefined) {
    if (row.kind === 'unsimulated') {
      return da ? `${title}: resultatniveau ikke fastsat.` : `${title}: no level set.`;
    }
    return da
      ? `${title}: følges uden resultatniveau (udgangspunkt ${baseline}).`
      : `${title}: followed without a level (baseline ${baseline}).`;
  }
  const level = `${levelPhrase(format, row.direction, row.level, row.unit)} ${da ? 'i' : 'in'} ${format.month(row.month)}`;
  const change =
    row.unit === 'percent'
      ? pointsPhrase(format, row.baseline.value, row.level)
      : row.relativeChange !== undefined
        ? changePhrase(format, row.relativeChange)
        : undefined;
  if (!change) return `${title}: ${level}.`;
  return `${title}: ${level}, ${change} ${da ? 'fra' : 'from'} ${baseline}.`;
}
