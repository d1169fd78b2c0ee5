/**
 * The report's list of assumptions and sources: every number the model rests on, grouped (macro, exits,
 * inflow, activation, parameters, costs, model, cohort, baselines, statuses), with its value, the range drawn
 * per replication, and its source — or "Antagelse" with the rationale when no source gives it.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { ASSUMPTION_GROUPS, sourceText, type AssumptionEntry } from '../../../src/report/assumption-list.ts';
import { assumptionValueText } from '../../../src/report/assumption-value-text.ts';

/** Labels are written to sit inside a sentence ("ledighedens udvikling"); a table cell starts a new one. */
const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

export function assumptionTable(assumptions: readonly AssumptionEntry[], locale: Locale): TemplateResult {
  const groups = ASSUMPTION_GROUPS.map((group) => ({
    group,
    entries: assumptions.filter((entry) => entry.group === group),
  })).filter(({ entries }) => entries.length > 0);
  return html`<section class="assumptions-section" aria-labelledby="assumptions-heading">
    <h4 id="assumptions-heading">${t('report.assumptions.heading')}</h4>
    <p class="intro">${t('report.assumptions.intro')}</p>
    <div class="table-wrap" role="region" aria-labelledby="assumptions-heading" tabindex="0">
      <table class="assumptions">
        <caption>
          ${t('report.assumptions.caption', { count: assumptions.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('report.assumptions.col.what')}</th>
            <th scope="col">${t('report.assumptions.col.value')}</th>
            <th scope="col">${t('report.assumptions.col.range')}</th>
            <th scope="col">${t('report.assumptions.col.source')}</th>
          </tr>
        </thead>
        ${groups.map(
          ({ group, entries }) =>
            html`<tbody data-group=${group}>
              <tr>
                <th scope="colgroup" colspan="4">${t(`report.group.${group}`)}</th>
              </tr>
              ${entries.map((entry) => {
                const text = assumptionValueText(entry, locale);
                return html`<tr data-path=${entry.path}>
                  <td>${capitalised(entry.label[locale])}</td>
                  <td class="number">${text.value}</td>
                  <td class="number">${text.range ?? ''}</td>
                  <td>
                    ${
                      entry.assumption
                        ? html`<span class="assumption-kind">${t('report.assumption')}:</span>
                            ${'rationale' in entry.source ? entry.source.rationale[locale] : ''}`
                        : sourceText(entry.source, locale)
                    }
                  </td>
                </tr>`;
              })}
            </tbody>`,
        )}
      </table>
    </div>
  </section>`;
}
