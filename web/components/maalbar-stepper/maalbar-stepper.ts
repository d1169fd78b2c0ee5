/**
 * `<maalbar-stepper>`: steps one person's recorded path month by month, forward and back. For the shown month:
 * the person's facts (ydelse, offer, counters), how the ydelse changed (by a rule event or a random draw), the
 * rules that fired with their events, and — for any rule in effect — the explanation tree, computed on demand
 * by json-rules-engine (explainRule) in the UI language. A timeline table of all months lets the user jump.
 *
 * Properties:
 * - `path`: `PersonPath | undefined` (src/training/step-persona.ts) — the recorded months.
 * - `ruleSet`: `RuleSet | undefined` — the rules the path ran with (for titles and explanations).
 * - `heading`: `string` — who is stepped, e.g. "Henrik".
 * - `month`: `number` — the shown month index (default 0); set it to jump.
 * Events:
 * - `month-change`: `CustomEvent<{ t: number }>` when the user moves to another month.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { explainRule, type RuleExplanation } from '../../../src/rules/explain.ts';
import { FACTS, type FactName } from '../../../src/rules/facts.ts';
import type { RuleFile, RuleSet } from '../../../src/rules/rule-file.ts';
import type { FiredRule, PathMonth } from '../../../src/training/path-month.ts';
import type { PersonPath } from '../../../src/training/step-persona.ts';
import { formatMonth, formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import '../maalbar-explain-tree/maalbar-explain-tree.ts';
import { unitWord } from '../maalbar-explain-tree/maalbar-explain-tree.ts';
import { eventSummary } from './event-summary.ts';
import { stepperStyles } from './maalbar-stepper.styles.ts';

export type MonthChangeEvent = CustomEvent<{ t: number }>;

/** Facts shown for the month, in this order. */
const SHOWN_FACTS: readonly FactName[] = [
  'age',
  'ydelse',
  'previousYdelse',
  'visitation',
  'offer',
  'monthsInOffer',
  'monthsInYdelse',
  'monthsOnSupport',
  'weeksOnSupport',
  'sickWeeksLast9Months',
  'weeksUnemployedLast52',
  'monthsUnemployedLast12',
  'dagpengeMonthsUsed',
  'education',
  'academic',
  'insured',
  'integrationProgram',
  'enteredYdelseThisMonth',
];

export class MaalbarStepper extends LitElement {
  static override styles = [sharedStyles, tableStyles, stepperStyles];
  static override properties = {
    path: { attribute: false },
    ruleSet: { attribute: false },
    heading: { type: String },
    month: { type: Number, reflect: true },
    explanation: { state: true },
    explaining: { state: true },
    explainError: { state: true },
  };

  declare path: PersonPath | undefined;
  declare ruleSet: RuleSet | undefined;
  declare heading: string;
  declare month: number;
  declare explanation: RuleExplanation | undefined;
  declare explaining: string | undefined;
  declare explainError: string | undefined;

  private readonly i18n = new LocaleController(this);
  /** Invalidates explanations that arrive after the user moved on. */
  private explainRequest = 0;

  constructor() {
    super();
    this.path = undefined;
    this.ruleSet = undefined;
    this.heading = '';
    this.month = 0;
    this.explanation = undefined;
    this.explaining = undefined;
    this.explainError = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('path') || changed.has('month')) {
      this.explanation = undefined;
      this.explaining = undefined;
      this.explainError = undefined;
      this.explainRequest++;
    }
  }

  override render() {
    const path = this.path;
    if (!path || path.months.length === 0) return html`<p>${t('training.stepper.empty')}</p>`;
    const locale = this.i18n.locale;
    const last = path.months.length - 1;
    const index = Math.min(Math.max(0, this.month), last);
    const current = path.months[index];
    if (!current) return nothing;
    return html`<section class="stepper" aria-labelledby="stepper-title">
      <h3 id="stepper-title">${t('training.stepper.title', { name: this.heading })}</h3>
      <p class="mode">
        ${t(path.randomExits ? 'training.stepper.modeRandom' : 'training.stepper.modeRules', {
          seed: String(path.seed),
        })}
      </p>
      <div class="controls" role="group" aria-label=${t('training.stepper.controls')}>
        <button type="button" data-step="first" ?disabled=${index === 0} @click=${() => this.go(0)}>
          ${t('training.stepper.first')}
        </button>
        <button type="button" data-step="back" ?disabled=${index === 0} @click=${() => this.go(index - 1)}>
          ◀ ${t('training.stepper.back')}
        </button>
        <label>
          ${t('training.stepper.month')}
          <input
            type="range"
            min="0"
            max=${last}
            .value=${String(index)}
            aria-valuetext=${formatMonth(current.month, locale, 'long')}
            @input=${(event: Event) => this.go(Number((event.target as HTMLInputElement).value))}
          />
        </label>
        <button type="button" data-step="next" ?disabled=${index === last} @click=${() => this.go(index + 1)}>
          ${t('training.stepper.next')} ▶
        </button>
        <button type="button" data-step="last" ?disabled=${index === last} @click=${() => this.go(last)}>
          ${t('training.stepper.last')}
        </button>
      </div>
      <p class="where" aria-live="polite" data-month=${current.month}>
        ${t('training.stepper.where', {
          t: String(index),
          last: String(last),
          month: formatMonth(current.month, locale, 'long'),
          ydelse: String(current.facts.ydelse),
        })}
      </p>
      ${this.renderChange(current, path.months[index - 1])}
      <div class="month">
        <div>
          <h4>${t('training.stepper.facts')}</h4>
          <dl class="facts">
            ${SHOWN_FACTS.map(
              (name) =>
                html`<div>
                  <dt>${FACTS[name].label[locale]}</dt>
                  <dd data-fact=${name}>${factText(name, current.facts[name], locale)}</dd>
                </div>`,
            )}
          </dl>
        </div>
        <div>${this.renderRules(current, locale)}</div>
      </div>
      ${this.renderTimeline(path.months, index, locale)}
    </section>`;
  }

  private renderChange(current: PathMonth, before: PathMonth | undefined) {
    if (!before) return html`<p class="change">${t('training.stepper.start')}</p>`;
    const lines: string[] = [];
    if (current.change === 'rule') {
      const rule = before.fired.find(
        ({ event }) =>
          event.type === 'transition' &&
          (event.params.to === current.facts.ydelse || event.params.otherwise === current.facts.ydelse),
      );
      lines.push(
        t('training.stepper.changeRule', {
          from: String(before.facts.ydelse),
          to: String(current.facts.ydelse),
          rule: rule ? this.ruleTitle(rule.rule) : '?',
        }),
      );
    } else if (current.change === 'draw') {
      lines.push(
        t('training.stepper.changeDraw', {
          from: String(before.facts.ydelse),
          to: String(current.facts.ydelse),
        }),
      );
    }
    if (current.offerStarted)
      lines.push(t('training.stepper.offerStarted', { offer: String(current.facts.offer) }));
    if (lines.length === 0) lines.push(t('training.stepper.noChange'));
    return html`<p class="change" data-change=${current.change ?? 'none'}>${lines.join(' ')}</p>`;
  }

  private renderRules(current: PathMonth, locale: Locale) {
    const fired = new Set(current.fired.map((rule) => rule.rule));
    const quiet = current.inEffect.filter((name) => !fired.has(name));
    return html`<h4>${t('training.stepper.fired')}</h4>
      ${
        current.fired.length === 0
          ? html`<p>${t('training.stepper.noneFired')}</p>`
          : html`<ul class="fired">
              ${current.fired.map((rule) => this.renderFired(rule, locale))}
            </ul>`
      }
      <details class="quiet">
        <summary>${t('training.stepper.notFired', { count: String(quiet.length) })}</summary>
        <ul>
          ${quiet.map(
            (name) =>
              html`<li data-rule=${name}>
                ${this.ruleTitle(name)}
                <button type="button" class="explain" data-explain=${name} @click=${() => this.explain(name)}>
                  ${t('training.stepper.explainWhyNot')}
                </button>
              </li>`,
          )}
        </ul>
      </details>
      <div class="explanation" aria-live="polite">
        ${this.explaining ? html`<p>${t('training.stepper.explaining')}</p>` : nothing}
        ${this.explainError ? html`<p role="alert">${this.explainError}</p>` : nothing}
        <maalbar-explain-tree
          .explanation=${this.explanation}
          .ruleSet=${this.ruleSet}
        ></maalbar-explain-tree>
      </div>`;
  }

  private renderFired(rule: FiredRule, locale: Locale) {
    const file = this.rule(rule.rule);
    const kind = file?.event.type === 'indicator' ? 'indicator' : 'reform';
    return html`<li data-rule=${rule.rule} data-kind=${kind}>
      <strong>${file ? file.meta.title[locale] : rule.rule}</strong>
      <span class="event">${eventSummary(rule.event, locale)}</span>
      <button type="button" class="explain" data-explain=${rule.rule} @click=${() => this.explain(rule.rule)}>
        ${t('training.stepper.explainWhy')}
      </button>
    </li>`;
  }

  private renderTimeline(months: readonly PathMonth[], index: number, locale: Locale) {
    return html`<details class="timeline" open>
      <summary>${t('training.stepper.timeline')}</summary>
      <div class="table-wrap">
        <table>
          <caption>
            ${t('training.stepper.timelineCaption', { name: this.heading })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('training.stepper.col.month')}</th>
              <th scope="col">${FACTS.ydelse.label[locale]}</th>
              <th scope="col">${FACTS.offer.label[locale]}</th>
              <th scope="col">${FACTS.monthsOnSupport.label[locale]}</th>
              <th scope="col">${FACTS.sickWeeksLast9Months.label[locale]}</th>
              <th scope="col">${FACTS.weeksUnemployedLast52.label[locale]}</th>
              <th scope="col">${FACTS.dagpengeMonthsUsed.label[locale]}</th>
              <th scope="col">${t('training.stepper.col.events')}</th>
            </tr>
          </thead>
          <tbody>
            ${months.map((month, i) => {
              const reforms = month.fired.filter((rule) => this.rule(rule.rule)?.event.type !== 'indicator');
              return html`<tr
                aria-current=${i === index ? 'step' : 'false'}
                class=${i === index ? 'current' : ''}
              >
                <th scope="row">
                  <button type="button" class="link" @click=${() => this.go(i)}>
                    ${formatMonth(month.month, locale)}
                  </button>
                </th>
                <td>
                  ${month.facts.ydelse}${
                    month.change
                      ? html` <span class="cause"
                          >(${t(month.change === 'rule' ? 'training.stepper.byRule' : 'training.stepper.byDraw')})</span
                        >`
                      : nothing
                  }
                </td>
                <td>${month.facts.offer}</td>
                <td>${formatNumber(Number(month.facts.monthsOnSupport), locale, 0)}</td>
                <td>${formatNumber(Number(month.facts.sickWeeksLast9Months), locale, 0)}</td>
                <td>${formatNumber(Number(month.facts.weeksUnemployedLast52), locale, 0)}</td>
                <td>${formatNumber(Number(month.facts.dagpengeMonthsUsed), locale, 0)}</td>
                <td>${reforms.map((rule) => rule.rule).join(', ')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private rule(name: string): RuleFile | undefined {
    return this.ruleSet?.rules.find((rule) => rule.name === name);
  }

  private ruleTitle(name: string): string {
    return this.rule(name)?.meta.title[this.i18n.locale] ?? name;
  }

  private go(month: number): void {
    const last = (this.path?.months.length ?? 1) - 1;
    const next = Math.min(Math.max(0, month), last);
    if (next === this.month) return;
    this.month = next;
    this.dispatchEvent(
      new CustomEvent('month-change', { detail: { t: next }, bubbles: true, composed: true }),
    );
  }

  private async explain(name: string): Promise<void> {
    const current = this.path?.months[this.month];
    const ruleSet = this.ruleSet;
    if (!current || !ruleSet) return;
    const request = ++this.explainRequest;
    this.explaining = name;
    this.explainError = undefined;
    try {
      const explanation = await explainRule(ruleSet, name, current.facts, current.parameters);
      if (request !== this.explainRequest) return;
      this.explanation = explanation;
    } catch (error) {
      if (request !== this.explainRequest) return;
      this.explainError = t('training.stepper.explainFailed', {
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (request === this.explainRequest) this.explaining = undefined;
    }
  }
}

/** A fact's value as shown: numbers with their unit, yes/no for booleans, the category value itself. */
function factText(name: FactName, value: unknown, locale: Locale): string {
  const fact = FACTS[name];
  if (typeof value === 'boolean') return t(value ? 'training.value.yes' : 'training.value.no');
  if (typeof value === 'number' && fact.kind === 'integer') {
    return `${formatNumber(value, locale, 0)} ${unitWord(fact.unit)}`;
  }
  return String(value);
}

if (!customElements.get('maalbar-stepper')) customElements.define('maalbar-stepper', MaalbarStepper);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-stepper': MaalbarStepper;
  }
  interface HTMLElementEventMap {
    'month-change': MonthChangeEvent;
  }
}
