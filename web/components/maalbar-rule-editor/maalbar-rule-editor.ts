/**
 * `<maalbar-rule-editor>`: the trainer's rule editor. Pick a rule file; edit it in a structured view
 * (parameters, condition tree) or as raw JSON — both edit the same text, which is validated as you type
 * (located errors, each a button that puts the caret there) and autosaved whether valid or not; run the rule's
 * test cases on both engines; apply the edit to a sandbox copy of the rule set, which re-runs the working
 * scenario in its own worker pool and shows P(reach) per target before and after; reset; export the file.
 *
 * Properties (set as properties):
 * - `scenario`: `ResolvedScenario | undefined` — the working scenario the sandbox re-runs (undefined: no apply).
 * - `baseline`: `MonteCarloResult | undefined` — its current result with the original rules ("before").
 * - `storage`: where edits are autosaved (default the page's localStorage; tests pass a fake).
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { BUNDLED_RULES, type RuleBundle } from '../../bundle/bundled-rules.ts';
import { SimulationController } from '../../controllers/simulation-controller.ts';
import { download, exportFileName, jsonBlob } from '../../export/download.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { t } from '../../i18n/t.ts';
import { pageStorage } from '../../state/autosave.ts';
import { checkRuleEdit, type RuleEditCheck } from '../../training/check-rule-edit.ts';
import { editAt, parseJsonOrUndefined } from '../../training/json-edit.ts';
import { ruleChoices, ruleFileStem, sharedConditionNames } from '../../training/rule-choices.ts';
import { RuleEditStore, type RuleEditStorage } from '../../training/rule-edit-store.ts';
import { runRuleCases, type CaseRun } from '../../training/run-rule-cases.ts';
import { sandboxBundle } from '../../training/sandbox-bundle.ts';
import { textOffset } from '../../training/text-offset.ts';
import '../maalbar-condition-editor/maalbar-condition-editor.ts';
import type { ConditionEditEvent } from '../maalbar-condition-editor/maalbar-condition-editor.ts';
import { sharedStyles, tableStyles } from '../shared-styles.ts';
import { renderRulePicker } from './rule-picker.ts';
import { RuleSandbox } from './rule-sandbox.ts';
import { renderCases, renderErrors, renderParameters } from './rule-editor-sections.ts';
import { ruleEditorStyles } from './maalbar-rule-editor.styles.ts';

/** The rule a trainer most often starts from (the 22-week reassessment). */
const DEFAULT_RULE = 'rules/reforms/sygedagpenge-revurdering.json';
/** Quiet time after typing before validating, in ms. */
const CHECK_DELAY_MS = 250;

export class MaalbarRuleEditor extends LitElement {
  static override styles = [sharedStyles, tableStyles, ruleEditorStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    storage: { attribute: false },
  };

  declare scenario: ResolvedScenario | undefined;
  declare baseline: MonteCarloResult | undefined;
  declare storage: RuleEditStorage | undefined;

  /** The rule set the editor starts from (the app's bundle). */
  readonly bundle: RuleBundle = BUNDLED_RULES;
  private readonly sandboxRun = new RuleSandbox(this);
  private readonly i18n = new LocaleController(this);
  private store: RuleEditStore | undefined;
  private path = '';
  private text = '';
  private check: RuleEditCheck | undefined;
  private checkedLang = '';
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private cases: CaseRun[] | undefined;
  private casesError: string | undefined;
  private casesRun = 0;
  private readonly onHide = (): void => this.store?.flush();

  constructor() {
    super();
    this.scenario = undefined;
    this.baseline = undefined;
    this.storage = pageStorage();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onHide);
    this.store?.flush();
  }

  /** The sandbox run: the working scenario with the edited rule set, in its own worker pool. */
  get sandbox(): SimulationController {
    return this.sandboxRun.simulation;
  }

  /** The text of the open rule file as edited (for tests and the host). */
  get editedText(): string {
    return this.text;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || !this.store) {
      this.store?.flush();
      this.store = new RuleEditStore(this.storage);
      const paths = ruleChoices(this.bundle, 'da').map((choice) => choice.path);
      const remembered = this.store.selected;
      this.open(
        remembered && paths.includes(remembered)
          ? remembered
          : paths.includes(DEFAULT_RULE)
            ? DEFAULT_RULE
            : (paths[0] ?? ''),
      );
    }
    // Messages are in the UI language: check again when it changes.
    if (this.checkedLang !== this.i18n.locale) this.runCheck();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `?selected` inside <optgroup> is not enough everywhere: say the select's value outright.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#rule-select');
    if (select && select.value !== this.path) select.value = this.path;
  }

  protected override render() {
    const lang = this.i18n.locale;
    const edited = this.text !== this.original();
    const parsed = parseJsonOrUndefined(this.text);
    const errors = this.check?.errors ?? [];
    return html`<section class="editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">${t('editor.heading')}</h2>
      <p class="intro">${t('editor.intro')}</p>
      <div class="toolbar">
        ${renderRulePicker(ruleChoices(this.bundle, lang), this.path, (path) => this.pick(path))}
        <span class="saved" role="status">
          ${
            !this.store?.available
              ? t('editor.notSaved')
              : edited
                ? t('editor.editedSaved')
                : t('editor.original')
          }
        </span>
      </div>
      <div class="columns">
        <div class="structured">
          <h3>${t('editor.structured')}</h3>
          ${
            parsed === undefined || typeof parsed !== 'object' || parsed === null
              ? html`<p class="muted">${t('editor.structuredNeedsJson')}</p>`
              : html`${renderParameters(parsed, lang, (name, value) => this.edit(`/meta/parameters/${name}/value`, value))}
                  <h4>${t('editor.conditions')}</h4>
                  <maalbar-condition-editor
                    .condition=${(parsed as { conditions?: unknown }).conditions}
                    .conditionNames=${Object.keys(this.check?.ruleSet?.conditions ?? sharedConditionNames(this.bundle))}
                    .parameterNames=${Object.keys(
                      (parsed as { meta?: { parameters?: object } }).meta?.parameters ?? {},
                    )}
                    @condition-edit=${(event: ConditionEditEvent) => this.edit(event.detail.pointer, event.detail.value)}
                  ></maalbar-condition-editor>`
          }
        </div>
        <div class="raw">
          <h3><label for="rule-text">${t('editor.raw', { file: this.path })}</label></h3>
          <textarea
            id="rule-text"
            spellcheck="false"
            rows="26"
            aria-describedby="rule-errors"
            aria-invalid=${errors.some((error) => error.severity === 'error') ? 'true' : 'false'}
            .value=${live(this.text)}
            @input=${(event: Event) => this.type((event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${renderErrors(errors, this.path, this.check !== undefined, (line, column) => this.goTo(line, column))}
        </div>
      </div>
      ${renderCases(this.cases, this.casesError, this.check)}
      ${this.sandboxRun.render({
        edited,
        valid: this.check?.ruleSet !== undefined,
        text: this.text,
        scenario: this.scenario,
        baseline: this.baseline,
        locale: lang,
        onApply: () => this.apply(),
        onReset: () => this.reset(),
        onExport: () => this.exportFile(),
      })}
    </section>`;
  }

  /** Opens the rule file at `path`: its autosaved edit when there is one, else the original. */
  private open(path: string): void {
    this.path = path;
    this.text = this.store?.get(path) ?? this.original();
    this.cases = undefined;
    this.sandboxRun.clear();
    this.runCheck();
  }

  private pick(path: string): void {
    this.store?.flush();
    this.store?.select(path);
    this.open(path);
    this.requestUpdate();
  }

  /** The user typed: keep the text as typed, save it, check it after a pause. */
  private type(text: string): void {
    this.text = text;
    this.store?.schedule(this.path, text);
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.runCheck(), CHECK_DELAY_MS);
    this.requestUpdate();
  }

  /** A structured edit: change the parsed rule at `pointer` and write the text again. */
  private edit(pointer: string, value: unknown): void {
    const parsed = parseJsonOrUndefined(this.text);
    if (parsed === undefined) return;
    const next = JSON.stringify(editAt(parsed, pointer, value), null, 2) + '\n';
    this.text = next;
    this.store?.schedule(this.path, next);
    this.runCheck();
  }

  private runCheck(): void {
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
    const lang = this.i18n.locale;
    this.checkedLang = lang;
    this.check = this.path ? checkRuleEdit(this.bundle, this.path, this.text, lang) : undefined;
    const { ruleSet, rule } = this.check ?? {};
    const run = ++this.casesRun;
    this.casesError = undefined;
    if (!ruleSet || !rule) {
      this.cases = undefined;
    } else {
      runRuleCases(ruleSet, rule.name).then(
        (cases) => {
          if (run !== this.casesRun) return;
          this.cases = cases;
          this.requestUpdate();
        },
        (error: unknown) => {
          if (run !== this.casesRun) return;
          this.cases = undefined;
          this.casesError = error instanceof Error ? error.message : String(error);
          this.requestUpdate();
        },
      );
    }
    this.requestUpdate();
  }

  /** Moves the caret to a located error's line and column and scrolls it into view. */
  private goTo(line: number, column: number): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#rule-text');
    if (!area) return;
    const offset = textOffset(this.text, line, column);
    area.focus();
    area.setSelectionRange(offset, offset);
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  private apply(): void {
    if (!this.scenario || !this.check?.ruleSet) return;
    this.sandboxRun.apply(this.scenario, sandboxBundle(this.bundle, this.path, this.text), this.text);
    this.requestUpdate();
  }

  private reset(): void {
    this.store?.remove(this.path);
    this.sandboxRun.clear();
    this.text = this.original();
    this.runCheck();
  }

  private exportFile(): void {
    this.store?.flush();
    download(jsonBlob(this.text), exportFileName(ruleFileStem(this.path), 'json'));
  }

  private original(): string {
    return this.bundle.files.find((file) => file.path === this.path)?.text ?? '';
  }
}

customElements.define('maalbar-rule-editor', MaalbarRuleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-rule-editor': MaalbarRuleEditor;
  }
}
