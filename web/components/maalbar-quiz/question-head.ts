/**
 * The top of a quiz question: who the person is (a persona, or a person from a rule case), their facts in a few
 * words, and the question itself — "does the person count in the target …?" for an indicator rule, "does the
 * rule … apply?" for a reform rule, with the month for persona questions.
 */
import { html, type TemplateResult } from 'lit';
import { quizFacts } from '../../../src/training/quiz-facts.ts';
import type { QuizQuestion } from '../../../src/training/quiz.ts';
import { formatMonth } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';

/** The question's sentence in the locale. */
export function questionText(question: QuizQuestion, locale: Locale): string {
  const title = question.ruleTitle[locale];
  const month = question.month ? formatMonth(question.month, locale, 'long') : undefined;
  if (question.indicator) {
    return month
      ? t('editor.quiz.askIndicatorMonth', { title, month })
      : t('editor.quiz.askIndicator', { title });
  }
  return month ? t('editor.quiz.askRuleMonth', { title, month }) : t('editor.quiz.askRule', { title });
}

/** Who, their facts, and the question as the heading `#quiz-question` (focusable, for "next question"). */
export function renderQuestionHead(question: QuizQuestion, locale: Locale): TemplateResult {
  return html`<p class="who">
      ${
        question.persona
          ? html`<strong>${question.persona.name}</strong>: ${question.persona.description[locale]}`
          : t('editor.quiz.fromCase')
      }
    </p>
    <dl class="facts" aria-label=${t('editor.quiz.factsLabel')}>
      ${quizFacts(question.person, locale).map(
        (fact) =>
          html`<div>
            <dt>${fact.label}</dt>
            <dd>${fact.value}</dd>
          </div>`,
      )}
    </dl>
    <h3 id="quiz-question" tabindex="-1">${questionText(question, locale)}</h3>`;
}
