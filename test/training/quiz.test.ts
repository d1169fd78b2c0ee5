import { describe, expect, it } from 'vitest';
import { generateQuiz, quizScore, type QuizPath } from '../../src/training/quiz.ts';
import { quizFacts } from '../../src/training/quiz-facts.ts';
import { PERSONAS } from '../../src/training/personas.ts';
import { stepPersona } from '../../src/training/step-persona.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { fixtureScenario } from '../web/sim-fixture.ts';
import { loadRepoRuleSet } from '../rules/repo-rule-files.ts';

const ruleSet = loadRepoRuleSet();
const scenario = fixtureScenario();
const paths: QuizPath[] = PERSONAS.slice(0, 3).map((persona) => ({
  persona,
  path: stepPersona({ facts: persona.facts, startMonth: persona.startMonth }, scenario, ruleSet, {
    months: 12,
  }),
}));

describe('generateQuiz', () => {
  it('gives the same questions for the same seed and different ones for another seed', () => {
    const a = generateQuiz(ruleSet, { seed: 7, paths });
    const b = generateQuiz(ruleSet, { seed: 7, paths });
    const c = generateQuiz(ruleSet, { seed: 8, paths });
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
  });

  it('asks ten distinct questions, alternating cases and persona months, with both answers', () => {
    const questions = generateQuiz(ruleSet, { seed: 3, paths });
    expect(questions).toHaveLength(10);
    expect(new Set(questions.map((q) => q.id)).size).toBe(10);
    expect(questions.map((q) => q.source)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 1 ? 'persona' : 'case')),
    );
    // Over a few seeds both yes and no come up (answers are drawn yes/no with even odds).
    const answers = [1, 2, 3, 4].flatMap((seed) =>
      generateQuiz(ruleSet, { seed, paths }).map((q) => q.answer),
    );
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('asks only about rule cases without persona paths', () => {
    const questions = generateQuiz(ruleSet, { seed: 1, count: 6 });
    expect(questions.every((q) => q.source === 'case' && q.caseName !== undefined)).toBe(true);
  });

  it('has the answer json-rules-engine gives for every question (cases and persona months)', async () => {
    const engine = createReferenceEngine(ruleSet);
    for (const seed of [11, 12]) {
      for (const question of generateQuiz(ruleSet, { seed, paths })) {
        const result = await runReference(
          engine,
          question.person,
          parameterValues(ruleSet, question.parameters),
        );
        expect(result.fired.includes(question.rule), question.id).toBe(question.answer);
      }
    }
  });

  it('names the indicator of an indicator rule', () => {
    const questions = generateQuiz(ruleSet, { seed: 5, count: 40 });
    const indicator = questions.find((q) => q.rule === 'langtidsledige');
    if (indicator) expect(indicator.indicator).toBe('langtidsledige');
    expect(questions.some((q) => q.indicator !== undefined)).toBe(true);
  });
});

describe('quizScore', () => {
  it('counts answered and right answers', () => {
    const questions = generateQuiz(ruleSet, { seed: 2, count: 3 });
    const [first, second] = questions;
    if (!first || !second) throw new Error('two questions');
    const answers = new Map([
      [first.id, first.answer],
      [second.id, !second.answer],
    ]);
    expect(quizScore(questions, answers)).toEqual({ answered: 2, correct: 1 });
  });
});

describe('quizFacts', () => {
  it('lists age and ydelse always and the facts that differ from the default person', () => {
    const facts = quizFacts({ ...DEFAULT_PERSON, ydelse: 'sygedagpenge', sickWeeksLast9Months: 22 }, 'da');
    expect(facts.map((fact) => fact.fact)).toEqual(['age', 'ydelse', 'sickWeeksLast9Months']);
    expect(facts[1]).toEqual({ fact: 'ydelse', label: 'Ydelse', value: 'sygedagpenge' });
    expect(quizFacts({ ...DEFAULT_PERSON, academic: true }, 'en').at(-1)?.value).toBe('yes');
  });
});
