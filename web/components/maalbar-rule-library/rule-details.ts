/**
 * The body of one rule in the library: sources, the event, parameters (value, unit, source or assumption) and
 * the test cases (facts, parameters, expected outcome). Source links are plain `<a href>`: nothing is fetched.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonValue, RuleFile, RuleParameter } from '../../../src/rules/rule-file.ts';
import { formatMonth, formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { unitWord } from '../maalbar-explain-tree/maalbar-explain-tree.ts';

export function renderRuleDetails(rule: RuleFile, locale: Locale): TemplateResult {
  const parameters = Object.entries(rule.meta.parameters ?? {});
  return html`<h4>${t('training.library.sources')}</h4>
    <ul class="sources">
      ${rule.meta.sources.map(
        (source) =>
          html`<li>
            ${source.url ? html`<a href=${source.url} rel="noreferrer">${source.document}</a>` : source.document}${
              source.section ? html`, ${source.section}` : nothing
            }
          </li>`,
      )}
    </ul>
    <h4>${t('training.library.event')}</h4>
    <p><code>${rule.event.type}</code> ${compact(rule.event.params as unknown as JsonValue)}</p>
    ${
      parameters.length === 0
        ? nothing
        : html`<div class="table-wrap">
            <table class="parameters">
              <caption>
                ${t('training.library.parameters')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('training.library.col.parameter')}</th>
                  <th scope="col">${t('training.library.col.value')}</th>
                  <th scope="col">${t('training.library.col.source')}</th>
                </tr>
              </thead>
              <tbody>
                ${parameters.map(([name, parameter]) => parameterRow(name, parameter, locale))}
              </tbody>
            </table>
          </div>`
    }
    <div class="table-wrap">
      <table class="cases">
        <caption>
          ${t('training.library.cases', { count: String(rule.cases.length) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('training.library.col.case')}</th>
            <th scope="col">${t('training.library.col.facts')}</th>
            <th scope="col">${t('training.library.col.expected')}</th>
          </tr>
        </thead>
        <tbody>
          ${rule.cases.map(
            (item) =>
              html`<tr>
                <th scope="row">
                  ${item.name}${item.month ? html` <span class="month">(${formatMonth(item.month, locale)})</span>` : nothing}
                </th>
                <td>
                  ${compact(item.facts as JsonValue)}${
                    item.parameters
                      ? html`<br />${t('training.library.caseParameters', { values: compact(item.parameters as JsonValue) })}`
                      : nothing
                  }
                </td>
                <td>
                  <span class="mark" aria-hidden="true">${item.expect.fires ? '✓' : '✗'}</span>
                  ${t(item.expect.fires ? 'training.library.fires' : 'training.library.doesNotFire')}${
                    item.expect.params ? html` ${compact(item.expect.params as JsonValue)}` : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function parameterRow(name: string, parameter: RuleParameter, locale: Locale): TemplateResult {
  const source = parameter.source;
  return html`<tr>
    <th scope="row">${parameter.label[locale]} <code>${name}</code></th>
    <td>
      ${formatNumber(parameter.value, locale, 4)}
      ${unitWord(parameter.unit)}${
        parameter.history?.length
          ? html`<br />${parameter.history
                .map((dated) =>
                  t('training.library.history', {
                    from: formatMonth(dated.from, locale),
                    value: String(dated.value),
                  }),
                )
                .join('; ')}`
          : nothing
      }
    </td>
    <td>
      ${
        'assumption' in source
          ? html`<strong>${t('training.library.assumption')}</strong>: ${source.rationale[locale]}`
          : html`${source.url ? html`<a href=${source.url} rel="noreferrer">${source.document}</a>` : source.document}${
              source.section ? `, ${source.section}` : ''
            }`
      }
    </td>
  </tr>`;
}

/** `{"age": 29, "ydelse": "kontanthjaelp"}` → "age = 29, ydelse = kontanthjaelp". */
function compact(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  return Object.entries(value)
    .map(
      ([key, item]) =>
        `${key} = ${item !== null && typeof item === 'object' ? `{${compact(item)}}` : String(item)}`,
    )
    .join(', ');
}
