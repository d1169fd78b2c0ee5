/**
 * `<maalbar-quiz>`: a round of yes/no questions — "does this person count in the target (does this rule fire)?"
 * — from the rules' test cases and from months of the personas' stepped paths (src/training/quiz.ts). Answer
 * with Ja/Nej, see whether it was right and why (the rule's explanation tree), and the score of the session.
 *
 * Properties (all optional):
 * - `seed`: the round's seed (default: drawn once per page from crypto; "Ny runde" adds one).
 * - `scenario`: the scenario the personas are stepped in (default the app's default working scenario).
 * - `count`: questions per round (default 10).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { explainRule, type RuleExplanation } from '../../../src/rules/explain.ts';
import { loadRuleSet } from '../../../src/rules/load-rule-set.ts';
import { parameterValues } from '../../../src/rules/reference-engine.ts';
import type { RuleSet } from '../../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../../src/scenario/scenario.ts';
import { PERSONAS } from '../../../src/training/personas.ts';
import {
  DEFAULT_QUIZ_LENGTH,
  generateQuiz,
  quizScore,
  type QuizPath,
  type QuizQuestion,
} from '../../../src/training/quiz.ts';
import { stepPersona } from '../../../src/training/step-persona.ts';
import { BUNDLED_RULES } from '../../bundle/bundled-rules.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { defaultWorkingState, workingScenario } from '../../state/working-state.ts';
import { sharedStyles } from '../shared-styles.ts';
import '../maalbar-explain-tree/maalbar-explain-tree.ts';
import { quizStyles } from './maalbar-quiz.styles.ts';
import { renderQuestionHead } from './question-head.ts';

/** Months of each persona's path the quiz may ask about. */
const QUIZ_PATH_MONTHS = 24;

export class MaalbarQuiz extends LitElement {
  static override styles = [sharedStyles, quizStyles];
  static override properties = {
    seed: { type: Number },
    scenario: { attribute: false },
    count: { type: Number },
  };

  declare seed: number;
  declare scenario: ResolvedScenario | undefined;
  declare count: number;

  private readonly i18n = new LocaleController(this);
  private ruleSet: RuleSet | undefined;
  private paths: QuizPath[] = [];
  /** Why persona questions are missing (stepping failed), if they are. */
  private personaNote: string | undefined;
  private error: string | undefined;
  private questions: QuizQuestion[] = [];
  /** Where the round stands; shared with later instances (the training view remounts the tab). */
  private progress: RoundProgress = { index: 0, answers: new Map() };
  private explanation: RuleExplanation | undefined;
  private explained = '';
  private focusNext = false;

  constructor() {
    super();
    this.seed = PAGE_SEED;
    this.scenario = undefined;
    this.count = DEFAULT_QUIZ_LENGTH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ruleSet || this.error) return;
    // Loading the rules and stepping the personas takes a moment: show "preparing" first.
    setTimeout(() => {
      if (!this.ruleSet && !this.error) this.prepare();
      this.newRound();
      this.requestUpdate();
    }, 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Not on `scenario`: it only steps the personas, once; a new object from the host must not restart the round.
    if (changed.has('seed') || changed.has('count')) this.newRound();
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    this.focusNext = false;
    this.renderRoot.querySelector<HTMLElement>('#quiz-next, #quiz-again')?.focus();
  }

  protected override render() {
    const locale = this.i18n.locale;
    const question = this.questions[this.progress.index];
    const score = quizScore(this.questions, this.progress.answers);
    return html`<section class="quiz" aria-labelledby="quiz-heading">
      <h2 id="quiz-heading">${t('editor.quiz.heading')}</h2>
      <p class="intro">${t('editor.quiz.intro')}</p>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      ${this.personaNote ? html`<p class="muted">${this.personaNote}</p>` : nothing}
      <p id="quiz-score" role="status">
        ${
          this.questions.length > 0
            ? t('editor.quiz.score', {
                n: Math.min(this.progress.index + 1, this.questions.length),
                total: this.questions.length,
                correct: score.correct,
                answered: score.answered,
              })
            : t('editor.quiz.preparing')
        }
      </p>
      ${question ? this.renderQuestion(question, locale) : nothing}
      ${
        this.questions.length > 0 && score.answered === this.questions.length
          ? html`<p class="done">
                ${t('editor.quiz.done', { correct: score.correct, total: this.questions.length })}
              </p>
              <button type="button" id="quiz-again" @click=${() => this.seed++}>
                ${t('editor.quiz.again')}
              </button>`
          : nothing
      }
    </section>`;
  }

  private renderQuestion(question: QuizQuestion, locale: Locale) {
    const answer = this.progress.answers.get(question.id);
    const answered = answer !== undefined;
    return html`<article class="question" aria-labelledby="quiz-question">
      ${renderQuestionHead(question, locale)}
      <div class="answers" role="group" aria-labelledby="quiz-question">
        <button
          type="button"
          id="quiz-yes"
          ?disabled=${answered}
          aria-pressed=${answer === true}
          @click=${() => this.answer(question, true)}
        >
          ${t('editor.quiz.yes')}
        </button>
        <button
          type="button"
          id="quiz-no"
          ?disabled=${answered}
          aria-pressed=${answer === false}
          @click=${() => this.answer(question, false)}
        >
          ${t('editor.quiz.no')}
        </button>
      </div>
      <div id="quiz-feedback" role="alert">
        ${
          answered
            ? html`<p class=${answer === question.answer ? 'right' : 'wrong'}>
                ${
                  answer === question.answer
                    ? t('editor.quiz.right')
                    : t(question.answer ? 'editor.quiz.wrongYes' : 'editor.quiz.wrongNo')
                }
              </p>`
            : nothing
        }
      </div>
      ${
        answered
          ? html`${question.caseName ? html`<p class="case">${t('editor.quiz.case', { name: question.caseName })}</p>` : nothing}
            ${
              this.explanation && this.explained === question.id
                ? html`<maalbar-explain-tree .explanation=${this.explanation}></maalbar-explain-tree>`
                : html`<p class="muted">${t('editor.quiz.explaining')}</p>`
            }
            ${
              this.progress.index + 1 < this.questions.length
                ? html`<button type="button" id="quiz-next" @click=${() => this.next()}>
                    ${t('editor.quiz.next')}
                  </button>`
                : nothing
            }`
          : nothing
      }
    </article>`;
  }

  /** Loads the bundled rules and steps the personas (once); persona questions are left out if stepping fails. */
  private prepare(): void {
    if (PREPARED) {
      ({ ruleSet: this.ruleSet, paths: this.paths, note: this.personaNote } = PREPARED);
      return;
    }
    const loaded = loadRuleSet(BUNDLED_RULES.files);
    if (!loaded.ruleSet) {
      this.error = t('editor.quiz.rulesFailed', { message: loaded.errors[0]?.message ?? '?' });
      return;
    }
    this.ruleSet = loaded.ruleSet;
    try {
      const scenario = this.scenario ?? workingScenario(defaultWorkingState());
      const ruleSet = loaded.ruleSet;
      this.paths = PERSONAS.map((persona) => ({
        persona,
        path: stepPersona(persona, scenario, ruleSet, { months: QUIZ_PATH_MONTHS }),
      }));
    } catch (error) {
      this.paths = [];
      this.personaNote = t('editor.quiz.casesOnly', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
    PREPARED = { ruleSet: loaded.ruleSet, paths: this.paths, note: this.personaNote };
  }

  private newRound(): void {
    if (!this.ruleSet) return;
    this.questions = generateQuiz(this.ruleSet, { seed: this.seed, count: this.count, paths: this.paths });
    const key = `${this.seed}|${this.count}`;
    const kept = ROUNDS.get(key);
    this.progress = kept ?? { index: 0, answers: new Map() };
    ROUNDS.set(key, this.progress);
    this.explanation = undefined;
    this.explained = '';
    // Back on the tab at an answered question: show its explanation again.
    const current = this.questions[this.progress.index];
    if (current && this.progress.answers.has(current.id)) this.explain(current);
  }

  private answer(question: QuizQuestion, answer: boolean): void {
    if (this.progress.answers.has(question.id)) return;
    this.progress.answers.set(question.id, answer);
    this.focusNext = true;
    this.requestUpdate();
    this.explain(question);
  }

  /** Builds the rule's explanation tree for the question's person (json-rules-engine, asynchronous). */
  private explain(question: QuizQuestion): void {
    const ruleSet = this.ruleSet;
    if (!ruleSet) return;
    explainRule(ruleSet, question.rule, question.person, parameterValues(ruleSet, question.parameters)).then(
      (explanation) => {
        this.explanation = explanation;
        this.explained = question.id;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
        this.requestUpdate();
      },
    );
  }

  private next(): void {
    this.progress.index = Math.min(this.progress.index + 1, this.questions.length - 1);
    this.explanation = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#quiz-question')?.focus(),
    );
  }
}

/** A seed for the page's first round: the quiz differs between sessions, and is reproducible within one. */
/** A round's place: the question shown and the answers given. */
interface RoundProgress {
  index: number;
  answers: Map<string, boolean>;
}

/** Rounds of this page by "seed|count", so that leaving the quiz tab and coming back keeps the score. */
const ROUNDS = new Map<string, RoundProgress>();
/** The rules and stepped personas, prepared once per page. */
let PREPARED: { ruleSet: RuleSet; paths: QuizPath[]; note: string | undefined } | undefined;

function sessionSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto?.getRandomValues?.(values);
  return values[0] ?? 1;
}

const PAGE_SEED = sessionSeed();

customElements.define('maalbar-quiz', MaalbarQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'maalbar-quiz': MaalbarQuiz;
  }
}
