/**
 * The Data view's result panels, as templates of an import: the summary (format, rows, persons, month, cells,
 * small-cell discretion) and the first rows of the normalised long table, where a suppressed count reads
 * "< 3" with the status "skjult", never the number.
 */
import { html, nothing } from 'lit';
import { SUPPRESSED_STATUS } from '../../../src/io/long-table.ts';
import { formatPeriod } from '../../../src/io/parse-period.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import type { DataImport } from '../../import/import-protocol.ts';

/** Rows of the normalised table shown in the preview. */
export const PREVIEW_ROWS = 50;

export function renderImportSummary(result: DataImport | undefined, locale: Locale) {
  if (!result) return nothing;
  const n = (value: number) => formatNumber(value, locale, 0);
  return html`<h3>${t('data.summary')}</h3>
    <dl class="summary">
      <dt>${t('data.summary.format')}</dt>
      <dd>${t(`data.format.${result.format}` as StringKey)}</dd>
      ${
        result.rows !== undefined
          ? html`<dt>${t('data.summary.rows')}</dt>
              <dd class="rows">${n(result.rows)}</dd>`
          : nothing
      }
      ${
        result.cohort
          ? html`<dt>${t('data.summary.persons')}</dt>
              <dd class="persons">${n(result.cohort.count)}</dd>`
          : nothing
      }
      ${
        result.month
          ? html`<dt>${t('data.summary.month')}</dt>
              <dd>${result.month}</dd>`
          : nothing
      }
      ${
        result.imputed && result.imputed.cells > 0
          ? html`<dt>${t('data.summary.imputed')}</dt>
              <dd>${n(result.imputed.cells)}</dd>`
          : nothing
      }
      ${
        result.table
          ? html`<dt>${t('data.summary.cells')}</dt>
              <dd>${n(result.table.rows.length)}</dd>`
          : nothing
      }
      <dt>${t('data.summary.suppressed')}</dt>
      <dd class="suppressed">
        ${n(result.suppressed)} —
        ${
          result.suppressBelow === undefined
            ? t('data.summary.noSuppression')
            : t('data.summary.suppressedNote', { threshold: n(result.suppressBelow) })
        }
      </dd>
    </dl>`;
}

export function renderTablePreview(result: DataImport | undefined, locale: Locale) {
  const table = result?.table;
  if (!table) return nothing;
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  const threshold = formatNumber(result?.suppressBelow ?? 3, locale, 0);
  return html`<div class="table-wrap">
    <table class="preview">
      <caption>
        ${t('data.table.caption', {
          shown: formatNumber(shown.length, locale, 0),
          total: formatNumber(table.rows.length, locale, 0),
        })}
      </caption>
      <thead>
        <tr>
          ${table.dimensions.map((dimension) => html`<th scope="col">${dimension}</th>`)}
          <th scope="col">${t('data.table.period')}</th>
          <th scope="col">${t('data.table.value')}</th>
          <th scope="col">${t('data.table.status')}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map((row) => {
          const suppressed = row.status === SUPPRESSED_STATUS;
          return html`<tr>
            ${table.dimensions.map((dimension) => html`<td>${row.keys[dimension] ?? ''}</td>`)}
            <td>${formatPeriod(row.period)}</td>
            <td class=${suppressed ? 'number suppressed' : 'number'}>
              ${
                suppressed
                  ? t('data.table.suppressed', { threshold })
                  : row.value === null
                    ? ''
                    : formatNumber(row.value, locale, 2)
              }
            </td>
            <td>${suppressed ? t('data.table.suppressedStatus') : (row.status ?? '')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
