/**
 * `<maalbar-explain-tree>`: why a rule fired or not for one person-month — the explanation tree of
 * src/rules/explain.ts as nested lists: each comparison with the fact, the person's value, the operator in words,
 * the expected value (or the other fact or parameter and its value) and whether it held; groups say whether all
 * or any must hold. Outcomes are shown by a word and a symbol, never by colour alone.
 *
 * Properties:
 * - `explanation`: `RuleExplanation | undefined` — nothing is shown without one.
 * - `ruleSet`: `RuleSet | undefined` — when given, parameter values carry their unit ("22 uger").
 * Events: none.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { ExpectedFact, ExplanationNode, Outcome, RuleExplanation } from '../../../src/rules/explain.ts';
import type { JsonValue, RuleSet } from '../../../src/rules/rule-file.ts';
import { FACTS, isFactName, parameterNameOf } from '../../../src/rules/facts.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { explainTreeStyles } from './maalbar-explain-tree.styles.ts';

/** Operators in words ("er mindst"), by json-rules-engine operator name. */
const OPERATOR_KEYS: Readonly<Record<string, StringKey>> = {
  equal: 'training.op.equal',
  notEqual: 'training.op.notEqual',
  in: 'training.op.in',
  notIn: 'training.op.notIn',
  contains: 'training.op.contains',
  doesNotContain: 'training.op.doesNotContain',
  lessThan: 'training.op.lessThan',
  lessThanInclusive: 'training.op.lessThanInclusive',
  greaterThan: 'training.op.greaterThan',
  greaterThanInclusive: 'training.op.greaterThanInclusive',
};

export class MaalbarExplainTree extends LitElement {
  static override styles = [sharedStyles, explainTreeStyles];
  static override properties = {
    explanation: { attribute: false },
    ruleSet: { attribute: false },
  };

  declare explanation: RuleExplanation | undefined;
  declare ruleSet: RuleSet | undefined;

  private readonly i18n = new LocaleController(this);

  override render() {
    const explanation = this.explanation;
    if (!explanation) return nothing;
    const locale = this.i18n.locale;
    return html`<div class="explanation" part="explanation">
      <p class="verdict ${explanation.fired ? 'pass' : 'fail'}">
        <span class="mark" aria-hidden="true">${explanation.fired ? '✓' : '✗'}</span>
        ${t(explanation.fired ? 'training.explain.fired' : 'training.explain.notFired', {
          rule: explanation.title[locale],
        })}
      </p>
      <ul class="tree" aria-label=${t('training.explain.treeLabel', { rule: explanation.title[locale] })}>
        ${this.node(explanation.tree, locale)}
      </ul>
    </div>`;
  }

  private node(explained: ExplanationNode, locale: Locale): TemplateResult {
    const mark = outcome(explained.passed);
    const head = (text: string): TemplateResult =>
      html`<span class="mark" aria-hidden="true">${mark.symbol}</span> ${text} —
        <span class="outcome">${mark.words}</span>`;
    switch (explained.kind) {
      case 'all':
      case 'any':
        return html`<li class=${mark.className} data-kind=${explained.kind}>
          ${head(t(explained.kind === 'all' ? 'training.explain.all' : 'training.explain.any'))}
          <ul>
            ${explained.children.map((child) => this.node(child, locale))}
          </ul>
        </li>`;
      case 'not':
        return html`<li class=${mark.className} data-kind="not">
          ${head(t('training.explain.not'))}
          <ul>
            ${this.node(explained.child, locale)}
          </ul>
        </li>`;
      case 'condition-ref':
        return html`<li class=${mark.className} data-kind="condition">
          ${head(t('training.explain.shared', { name: explained.name }))}
          <ul>
            ${this.node(explained.child, locale)}
          </ul>
        </li>`;
      case 'fact': {
        const expected = explained.expected;
        const right = isExpectedFact(expected)
          ? t('training.explain.otherFact', {
              label: expected.factLabel[locale],
              value: show(expected.value, expected.fact, locale, this.ruleSet),
            })
          : show(expected, explained.fact, locale);
        const key = OPERATOR_KEYS[explained.operator];
        const operator = key ? t(key) : explained.operator;
        return html`<li class=${mark.className} data-kind="fact" data-fact=${explained.fact}>
          <span class="mark" aria-hidden="true">${mark.symbol}</span>
          <strong>${explained.factLabel[locale]}</strong>
          ${t('training.explain.leaf', {
            value: show(explained.factValue, explained.fact, locale),
            operator,
            expected: right,
          })}
          — <span class="outcome">${mark.words}</span>
        </li>`;
      }
    }
  }
}

function isExpectedFact(value: JsonValue | ExpectedFact): value is ExpectedFact {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'factLabel' in value;
}

function outcome(passed: Outcome): { symbol: string; words: string; className: string } {
  if (passed === 'not evaluated') {
    return { symbol: '–', words: t('training.explain.notEvaluated'), className: 'skip' };
  }
  return passed
    ? { symbol: '✓', words: t('training.explain.passed'), className: 'pass' }
    : { symbol: '✗', words: t('training.explain.failed'), className: 'fail' };
}

/** A value as a trainer reads it: numbers with the fact's (or parameter's) unit, yes/no, lists joined. */
function show(value: unknown, fact: string, locale: Locale, ruleSet?: RuleSet): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return t(value ? 'training.value.yes' : 'training.value.no');
  if (Array.isArray(value)) return value.map((item) => show(item, fact, locale)).join(', ');
  if (typeof value === 'number') {
    const parameter = parameterNameOf(fact);
    const declared = parameter === undefined ? undefined : ruleSet?.parameters[parameter];
    const unit = isFactName(fact)
      ? FACTS[fact].kind === 'integer'
        ? unitWord(FACTS[fact].unit)
        : ''
      : declared
        ? unitWord(declared.unit)
        : '';
    return unit ? `${formatNumber(value, locale, 2)} ${unit}` : formatNumber(value, locale, 2);
  }
  return String(value);
}

/** A unit of the fact registry in the UI language. */
export function unitWord(unit: string): string {
  switch (unit) {
    case 'years':
      return t('training.unit.years');
    case 'months':
      return t('training.unit.months');
    case 'weeks':
      return t('training.unit.weeks');
    case 'share':
      return t('training.unit.share');
    case 'per cent':
      return t('training.unit.percent');
    case 'factor':
      return t('training.unit.factor');
    case 'kr':
      return 'kr.';
    default:
      return unit;
  }
}

if (!customElements.get('maalbar-explain-tree'))
  customElements.define('maalbar-explain-tree', MaalbarExplainTree);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-explain-tree': MaalbarExplainTree;
  }
}
