/**
 * `<maalbar-condition-editor>`: the structured view of a rule's conditions — `all`/`any` groups, `not`, shared
 * condition references and leaf comparisons (fact, operator, value) — with controls to change, add and remove
 * them. It edits nothing itself: every change is an event with the JSON pointer and the new value, and the
 * rule editor applies it to the rule's JSON (so the raw and structured views always show the same rule).
 *
 * Properties (set as properties):
 * - `condition`: the value at `/conditions` of the rule (any JSON: shapes it does not know are shown as JSON).
 * - `conditionNames`: names of the shared conditions (for references), default `[]`.
 * - `parameterNames`: parameters the rule declares (for `param:` comparisons), default `[]`.
 * Events: `condition-edit` (`CustomEvent<ConditionEdit>`, bubbles, composed).
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { DEFAULT_OPERATORS, isDefaultOperator } from '../../../src/rules/compile/engine-operators.ts';
import { FACTS, FACT_NAMES, isFactName, parameterFactName } from '../../../src/rules/facts.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { sharedStyles } from '../shared-styles.ts';
import { conditionEditorStyles } from './maalbar-condition-editor.styles.ts';
import { parseLeafValue, leafValueText } from './leaf-value.ts';

/** One change: the value at `pointer` (from the rule's root, e.g. "/conditions/all/0/value") becomes `value`. */
export interface ConditionEdit {
  pointer: string;
  /** The new value; undefined removes the value (an array element is spliced out). */
  value: unknown;
}

export type ConditionEditEvent = CustomEvent<ConditionEdit>;

/** A new leaf: a comparison the user then changes. */
const NEW_LEAF = { fact: 'age', operator: 'greaterThanInclusive', value: 30 };

type Json = Record<string, unknown>;

export class MaalbarConditionEditor extends LitElement {
  static override styles = [sharedStyles, conditionEditorStyles];
  static override properties = {
    condition: { attribute: false },
    conditionNames: { attribute: false },
    parameterNames: { attribute: false },
  };

  declare condition: unknown;
  declare conditionNames: readonly string[];
  declare parameterNames: readonly string[];

  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.condition = undefined;
    this.conditionNames = [];
    this.parameterNames = [];
  }

  protected override render() {
    return html`<div class="tree">${this.node(this.condition, '/conditions', '1', false)}</div>`;
  }

  private emit(pointer: string, value: unknown): void {
    this.dispatchEvent(
      new CustomEvent<ConditionEdit>('condition-edit', {
        detail: { pointer, value },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** One node; `place` numbers it for labels ("1.2.1"), `removable` when its parent is a group. */
  private node(node: unknown, pointer: string, place: string, removable: boolean): TemplateResult {
    const remove = removable
      ? html`<button type="button" class="remove" @click=${() => this.emit(pointer, undefined)}>
          ${t('editor.cond.remove')}<span class="visually-hidden"> ${t('editor.cond.where', { place })}</span>
        </button>`
      : nothing;
    if (typeof node !== 'object' || node === null || Array.isArray(node))
      return html`<div class="node unknown"><code>${JSON.stringify(node)}</code> ${remove}</div>`;
    const object = node as Json;
    if (Array.isArray(object['all']) || Array.isArray(object['any']))
      return this.group(object, pointer, place, remove);
    if ('not' in object)
      return html`<div class="node not" role="group" aria-label=${t('editor.cond.notLabel', { place })}>
        <div class="row"><span class="kind">${t('editor.cond.not')}</span>${remove}</div>
        ${this.node(object['not'], `${pointer}/not`, `${place}.1`, false)}
      </div>`;
    if (typeof object['condition'] === 'string') return this.reference(object, pointer, place, remove);
    if (typeof object['fact'] === 'string') return this.leaf(object, pointer, place, remove);
    return html`<div class="node unknown"><code>${JSON.stringify(node)}</code> ${remove}</div>`;
  }

  private group(object: Json, pointer: string, place: string, remove: unknown): TemplateResult {
    const kind = Array.isArray(object['all']) ? 'all' : 'any';
    const children = (object[kind] as unknown[]) ?? [];
    const childPointer = `${pointer}/${kind}`;
    const setKind = (next: string) => {
      if (next === kind) return;
      const copy: Json = {};
      for (const [key, value] of Object.entries(object)) copy[key === kind ? next : key] = value;
      this.emit(pointer, copy);
    };
    return html`<div class="node group" role="group" aria-label=${t('editor.cond.groupLabel', { place })}>
      <div class="row">
        <label>
          <span class="visually-hidden">${t('editor.cond.groupKind', { place })}</span>
          <select @change=${(event: Event) => setKind((event.target as HTMLSelectElement).value)}>
            <option value="all" ?selected=${kind === 'all'}>${t('editor.cond.all')}</option>
            <option value="any" ?selected=${kind === 'any'}>${t('editor.cond.any')}</option>
          </select>
        </label>
        ${remove}
      </div>
      <ol class="children">
        ${children.map(
          (child, index) =>
            html`<li>${this.node(child, `${childPointer}/${index}`, `${place}.${index + 1}`, true)}</li>`,
        )}
      </ol>
      <div class="row add">
        <button
          type="button"
          @click=${() => this.emit(`${childPointer}/${children.length}`, { ...NEW_LEAF })}
        >
          ${t('editor.cond.addLeaf')}<span class="visually-hidden">
            ${t('editor.cond.where', { place })}</span
          >
        </button>
        <button
          type="button"
          @click=${() => this.emit(`${childPointer}/${children.length}`, { all: [{ ...NEW_LEAF }] })}
        >
          ${t('editor.cond.addGroup')}<span class="visually-hidden">
            ${t('editor.cond.where', { place })}</span
          >
        </button>
        <button
          type="button"
          @click=${() => this.emit(`${childPointer}/${children.length}`, { not: { ...NEW_LEAF } })}
        >
          ${t('editor.cond.addNot')}<span class="visually-hidden"> ${t('editor.cond.where', { place })}</span>
        </button>
      </div>
    </div>`;
  }

  private reference(object: Json, pointer: string, place: string, remove: unknown): TemplateResult {
    const name = String(object['condition']);
    const names = this.conditionNames.includes(name) ? this.conditionNames : [name, ...this.conditionNames];
    return html`<div class="node row ref">
      <label>
        ${t('editor.cond.reference')}
        <select
          aria-label=${t('editor.cond.referenceLabel', { place })}
          @change=${(event: Event) =>
            this.emit(`${pointer}/condition`, (event.target as HTMLSelectElement).value)}
        >
          ${names.map((option) => html`<option value=${option} ?selected=${option === name}>${option}</option>`)}
        </select>
      </label>
      ${remove}
    </div>`;
  }

  private leaf(object: Json, pointer: string, place: string, remove: unknown): TemplateResult {
    const lang = this.i18n.locale;
    const fact = String(object['fact']);
    const operator = String(object['operator'] ?? '');
    const value = object['value'];
    const parameters = this.parameterNames.map((name) => parameterFactName(name));
    const factOptions = [...FACT_NAMES, ...parameters];
    if (!factOptions.includes(fact)) factOptions.unshift(fact);
    const operators: string[] = [...DEFAULT_OPERATORS];
    if (!operators.includes(operator)) operators.unshift(operator);
    const isReference =
      typeof value === 'object' && value !== null && typeof (value as Json)['fact'] === 'string';
    const label = (name: string) => (isFactName(name) ? `${FACTS[name].label[lang]} (${name})` : name);
    const setValue = (next: unknown) => this.emit(`${pointer}/value`, next);
    return html`<div class="node row leaf">
      <label>
        <span class="visually-hidden">${t('editor.cond.factLabel', { place })}</span>
        <select
          @change=${(event: Event) => this.emit(`${pointer}/fact`, (event.target as HTMLSelectElement).value)}
        >
          ${factOptions.map(
            (option) => html`<option value=${option} ?selected=${option === fact}>${label(option)}</option>`,
          )}
        </select>
      </label>
      <label>
        <span class="visually-hidden">${t('editor.cond.operatorLabel', { place })}</span>
        <select
          @change=${(event: Event) => this.emit(`${pointer}/operator`, (event.target as HTMLSelectElement).value)}
        >
          ${operators.map(
            (option) =>
              html`<option value=${option} ?selected=${option === operator}>
                ${operatorLabel(option)}
              </option>`,
          )}
        </select>
      </label>
      <label>
        <span class="visually-hidden">${t('editor.cond.valueKindLabel', { place })}</span>
        <select
          @change=${(event: Event) => {
            const toReference = (event.target as HTMLSelectElement).value === 'fact';
            if (toReference === isReference) return;
            setValue(toReference ? { fact: parameters[0] ?? 'age' } : 0);
          }}
        >
          <option value="literal" ?selected=${!isReference}>${t('editor.cond.literal')}</option>
          <option value="fact" ?selected=${isReference}>${t('editor.cond.factOrParameter')}</option>
        </select>
      </label>
      ${
        isReference
          ? html`<label>
              <span class="visually-hidden">${t('editor.cond.valueLabel', { place })}</span>
              <select
                @change=${(event: Event) => setValue({ fact: (event.target as HTMLSelectElement).value })}
              >
                ${factOptions.map(
                  (option) =>
                    html`<option value=${option} ?selected=${option === (value as Json)['fact']}>
                      ${label(option)}
                    </option>`,
                )}
              </select>
            </label>`
          : this.literal(fact, operator, value, place, setValue)
      }
      ${remove}
    </div>`;
  }

  /** The literal's control: a select for categories and booleans, else a text input (lists comma-separated). */
  private literal(
    fact: string,
    operator: string,
    value: unknown,
    place: string,
    setValue: (next: unknown) => void,
  ): TemplateResult {
    const definition = isFactName(fact) ? FACTS[fact] : undefined;
    const list = operator === 'in' || operator === 'notIn';
    const name = t('editor.cond.valueLabel', { place });
    if (!list && definition?.kind === 'category') {
      const values: string[] = [...definition.values];
      if (typeof value === 'string' && !values.includes(value)) values.unshift(value);
      return html`<label>
        <span class="visually-hidden">${name}</span>
        <select @change=${(event: Event) => setValue((event.target as HTMLSelectElement).value)}>
          ${values.map((option) => html`<option value=${option} ?selected=${option === value}>${option}</option>`)}
        </select>
      </label>`;
    }
    if (!list && definition?.kind === 'boolean') {
      return html`<label>
        <span class="visually-hidden">${name}</span>
        <select @change=${(event: Event) => setValue((event.target as HTMLSelectElement).value === 'true')}>
          <option value="true" ?selected=${value === true}>${t('editor.yes')}</option>
          <option value="false" ?selected=${value === false}>${t('editor.no')}</option>
        </select>
      </label>`;
    }
    return html`<label>
      <span class="visually-hidden">${name}</span>
      <input
        type="text"
        .value=${leafValueText(value)}
        inputmode=${definition?.kind === 'integer' && !list ? 'numeric' : 'text'}
        @change=${(event: Event) => setValue(parseLeafValue((event.target as HTMLInputElement).value, list))}
      />
    </label>`;
  }
}

/** The operator's words ("er mindst"), or its name when it is not one of json-rules-engine's defaults. */
function operatorLabel(operator: string): string {
  return isDefaultOperator(operator) ? t(`editor.op.${operator}`) : operator;
}

customElements.define('maalbar-condition-editor', MaalbarConditionEditor);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-condition-editor': MaalbarConditionEditor;
  }
}
