/**
 * The parts of `<maalbar-rule-editor>` that only show data: the parameters form, the located errors, the test
 * cases and the effect on the targets. Functions of their inputs; the element owns the state and the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocatedError } from '../../../src/rules/located-error.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { RuleEditCheck } from '../../training/check-rule-edit.ts';
import type { CaseRun } from '../../training/run-rule-cases.ts';
import { targetEffect } from '../../training/target-effect.ts';

interface ParameterShape {
  label?: { da?: unknown; en?: unknown };
  value?: unknown;
  unit?: unknown;
}

/** The rule's parameters, each a number field; `onChange(name, value)` when one is changed. */
export function renderParameters(
  parsed: object,
  locale: Locale,
  onChange: (name: string, value: unknown) => void,
): TemplateResult {
  const parameters = (parsed as { meta?: { parameters?: Record<string, ParameterShape> } }).meta?.parameters;
  const entries = Object.entries(parameters ?? {});
  if (entries.length === 0) return html`<p class="muted">${t('editor.noParameters')}</p>`;
  return html`<h4>${t('editor.parameters')}</h4>
    <div class="parameters">
      ${entries.map(([name, parameter]) => {
        const label = typeof parameter.label?.da === 'string' ? parameter.label : undefined;
        const id = `param-${name}`;
        return html`<div class="parameter">
          <label for=${id}>${label ? labelIn(label, locale) : name}</label>
          <input
            id=${id}
            name=${name}
            type="number"
            step="any"
            .value=${String(parameter.value ?? '')}
            @change=${(event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              const value = Number(text);
              // A value that is not a number goes into the JSON as typed: validation then says what is wrong.
              onChange(name, text.trim() !== '' && Number.isFinite(value) ? value : text);
            }}
          />
          <span class="unit">${typeof parameter.unit === 'string' ? parameter.unit : ''}</span>
          <code class="name">${name}</code>
        </div>`;
      })}
    </div>`;
}

function labelIn(label: { da?: unknown; en?: unknown }, locale: Locale): string {
  const text = label[locale] ?? label.da;
  return typeof text === 'string' ? text : '';
}

/** The live list of located errors; each is a button that moves the caret to its line and column. */
export function renderErrors(
  errors: readonly LocatedError[],
  path: string,
  checked: boolean,
  goTo: (line: number, column: number) => void,
): TemplateResult {
  const count = errors.filter((error) => error.severity === 'error').length;
  const warnings = errors.length - count;
  return html`<div id="rule-errors" class="errors" aria-live="polite">
    <p class=${count > 0 ? 'summary bad' : 'summary good'}>
      ${
        !checked
          ? nothing
          : count > 0
            ? t('editor.errors.count', { count, warnings })
            : warnings > 0
              ? t('editor.errors.warningsOnly', { warnings })
              : t('editor.errors.none')
      }
    </p>
    ${
      errors.length > 0
        ? html`<ul>
            ${errors.map(
              (error) =>
                html`<li class=${error.severity}>
                  ${
                    error.file === path
                      ? html`<button
                          type="button"
                          class="goto"
                          @click=${() => goTo(error.line, error.column)}
                        >
                          ${t('editor.errors.at', { line: error.line, column: error.column })}<span
                            class="visually-hidden"
                            >${t('editor.errors.goto')}</span
                          >
                        </button>`
                      : html`<span class="file">${error.file}:${error.line}:${error.column}</span>`
                  }
                  ${error.pointer ? html`<code>${error.pointer}</code>` : nothing}
                  <span class="message"
                    >${error.severity === 'warning' ? t('editor.errors.warning') : ''}${error.message}</span
                  >
                  ${error.hint ? html`<span class="hint">${error.hint}</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The rule's test cases with the outcome on json-rules-engine and on the compiled kernel. */
export function renderCases(
  cases: readonly CaseRun[] | undefined,
  error: string | undefined,
  check: RuleEditCheck | undefined,
): TemplateResult {
  const yesNo = (fires: boolean | undefined) =>
    fires === undefined
      ? t('editor.cases.noKernel')
      : fires
        ? t('editor.cases.fires')
        : t('editor.cases.notFires');
  const passed = cases?.filter((run) => run.passed).length ?? 0;
  return html`<section class="cases" aria-labelledby="cases-heading">
    <h3 id="cases-heading">${t('editor.cases.heading')}</h3>
    ${error ? html`<p class="notice notice-error" role="alert">${error}</p>` : nothing}
    ${
      !cases
        ? html`<p class="muted">
            ${check?.ruleSet ? t('editor.cases.running') : t('editor.cases.fixFirst')}
          </p>`
        : html`<p id="cases-summary" class=${passed === cases.length ? 'good' : 'bad'} role="status">
              ${t('editor.cases.summary', { passed, total: cases.length })}
            </p>
            <div class="table-wrap" role="region" aria-labelledby="cases-heading" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t('editor.cases.name')}</th>
                    <th scope="col">${t('editor.cases.expected')}</th>
                    <th scope="col">${t('editor.cases.reference')}</th>
                    <th scope="col">${t('editor.cases.compiled')}</th>
                    <th scope="col">${t('editor.cases.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${cases.map(
                    (run) =>
                      html`<tr class=${run.passed ? 'pass' : 'fail'}>
                        <th scope="row">${run.name}</th>
                        <td>${yesNo(run.expectFires)}</td>
                        <td>${yesNo(run.reference)}</td>
                        <td title=${run.error ?? ''}>${yesNo(run.compiled)}</td>
                        <td>
                          ${
                            run.passed
                              ? t('editor.cases.pass')
                              : run.reference === run.expectFires && !run.paramsMatch
                                ? t('editor.cases.failParams')
                                : t('editor.cases.fail')
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }
  </section>`;
}

/** P(reach) per target with the original rules (`baseline`) and with the edit (`edited`), and the change. */
export function renderEffect(
  baseline: MonteCarloResult | undefined,
  edited: MonteCarloResult,
  used: number,
  total: number,
  locale: Locale,
): TemplateResult {
  if (!baseline) return html`<p class="muted">${t('editor.sandbox.noBaseline')}</p>`;
  const rows = targetEffect(baseline, edited);
  const chance = (value: number | undefined) =>
    value === undefined
      ? html`<span class="muted">${t('editor.sandbox.none')}</span>`
      : formatPercent(value, locale, 0);
  // Same seed, same replications: then the difference is the rule's alone, not Monte Carlo noise.
  const before = baseline.raw.to - baseline.raw.from;
  return html`${
      used < total ? html`<p class="muted">${t('editor.sandbox.partial', { used, total })}</p>` : nothing
    }
    ${before !== used ? html`<p class="notice">${t('editor.sandbox.unequal', { before, after: used })}</p>` : nothing}
    <div class="table-wrap" role="region" aria-labelledby="effect-caption" tabindex="0">
      <table id="effect">
        <caption id="effect-caption">
          ${t('editor.sandbox.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('editor.sandbox.target')}</th>
            <th scope="col" class="number">${t('editor.sandbox.before')}</th>
            <th scope="col" class="number">${t('editor.sandbox.after')}</th>
            <th scope="col" class="number">${t('editor.sandbox.difference')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const d = row.difference;
            const points = d === undefined ? undefined : formatNumber(d * 100, locale, 1);
            return html`<tr
              data-target=${row.id}
              class=${d !== undefined && Math.abs(d) > 1e-9 ? 'changed' : ''}
            >
              <th scope="row">${row.title[locale]}</th>
              <td class="number">${chance(row.before)}</td>
              <td class="number">${chance(row.after)}</td>
              <td class="number">
                ${
                  points === undefined
                    ? html`<span class="muted">${t('editor.sandbox.none')}</span>`
                    : t('editor.sandbox.points', { value: d !== undefined && d > 0 ? `+${points}` : points })
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
