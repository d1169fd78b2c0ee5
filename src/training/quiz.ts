/**
 * The training quiz: yes/no questions "does this person count (does this rule fire) for them?", drawn from the
 * rules' own test cases and from months of personas' stepped paths. Pure and seeded: the same rule set, paths
 * and seed give the same questions everywhere (no Math.random). The answer of a case question is the case's
 * expectation (the rule authors', checked by test/rules/rule-cases-*.test.ts); the answer of a persona question
 * is whether the rule fired in that month of the path (the simulator's compiled kernel).
 */
import { createStream } from '../random/random-stream.ts';
import { bernoulli, uniformInt } from '../random/uniform.ts';
import { DEFAULT_PERSON } from '../rules/default-person.ts';
import type { LocalText, PersonFacts } from '../rules/facts.ts';
import type { RuleFile, RuleSet } from '../rules/rule-file.ts';
import type { Month } from '../time/month.ts';
import type { Persona } from './personas.ts';
import type { PersonPath } from './step-persona.ts';

/** Questions in a round unless told otherwise. */
export const DEFAULT_QUIZ_LENGTH = 10;
/** The stream key of quiz draws ("quiz" in ASCII), apart from every simulation stream of the same seed. */
const QUIZ_STREAM = 0x7175697a;

export interface QuizQuestion {
  /** Unique within a round: "case:<rule>:<index>" or "persona:<id>:<t>:<rule>". */
  id: string;
  source: 'case' | 'persona';
  rule: string;
  ruleTitle: LocalText;
  /** The indicator the rule counts (an "is the person counted in the target?" question), if any. */
  indicator?: string;
  /** The target the indicator measures ("5"), when the rule says. */
  target?: string;
  /** Every fact of the person in the month asked about. */
  person: PersonFacts;
  /** Parameter values that differ from the rule set's defaults (case parameters, or the month's values). */
  parameters: { [name: string]: number };
  /** The month asked about (persona questions). */
  month?: Month;
  /** The persona's name and description (persona questions). */
  persona?: { name: string; description: LocalText };
  /** The case's sentence (case questions); it gives the answer away, so show it only on reveal. */
  caseName?: string;
  /** The right answer: true when the person counts / the rule fires. */
  answer: boolean;
}

/** A persona with its stepped path, from stepPerson. */
export interface QuizPath {
  persona: Persona;
  path: PersonPath;
}

export interface QuizOptions {
  seed: number;
  /** Questions in the round; fewer when there are not enough candidates. @default DEFAULT_QUIZ_LENGTH */
  count?: number;
  /** Stepped persona paths; without them every question comes from a rule case. */
  paths?: readonly QuizPath[];
}

/**
 * `generateQuiz(ruleSet, {seed: 7, paths})` → the round's questions: every second one from a persona month when
 * paths are given, each answer yes or no with even odds (when both exist), no question twice.
 */
export function generateQuiz(ruleSet: RuleSet, options: QuizOptions): QuizQuestion[] {
  const stream = createStream(options.seed, QUIZ_STREAM);
  const cases = ruleSet.rules.flatMap((rule) => caseQuestions(rule));
  const personas = (options.paths ?? []).flatMap((path) => personaQuestions(ruleSet, path));
  const count = options.count ?? DEFAULT_QUIZ_LENGTH;
  const used = new Set<string>();
  const questions: QuizQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const pool = i % 2 === 1 && personas.length > 0 ? personas : cases.length > 0 ? cases : personas;
    const want = bernoulli(stream, 0.5);
    const open = pool.filter((question) => !used.has(question.id));
    const wanted = open.filter((question) => question.answer === want);
    const from = wanted.length > 0 ? wanted : open;
    if (from.length === 0) break;
    const question = from[uniformInt(stream, 0, from.length - 1)];
    if (!question) break;
    used.add(question.id);
    questions.push(question);
  }
  return questions;
}

/** How a round went: questions answered and answered right. */
export interface QuizScore {
  answered: number;
  correct: number;
}

/** `quizScore(questions, new Map([[id, true]]))` → answered and correct so far. */
export function quizScore(
  questions: readonly QuizQuestion[],
  answers: ReadonlyMap<string, boolean>,
): QuizScore {
  let answered = 0;
  let correct = 0;
  for (const question of questions) {
    const answer = answers.get(question.id);
    if (answer === undefined) continue;
    answered++;
    if (answer === question.answer) correct++;
  }
  return { answered, correct };
}

function caseQuestions(rule: RuleFile): QuizQuestion[] {
  return rule.cases.map((ruleCase, index) => ({
    id: `case:${rule.name}:${index}`,
    source: 'case',
    ...about(rule),
    person: { ...DEFAULT_PERSON, ...ruleCase.facts } as PersonFacts,
    parameters: { ...(ruleCase.parameters ?? {}) },
    ...(ruleCase.month !== undefined ? { month: ruleCase.month } : {}),
    caseName: ruleCase.name,
    answer: ruleCase.expect.fires,
  }));
}

/** One candidate per rule in effect in each month after month 0 (month 0 is where the trainer starts). */
function personaQuestions(ruleSet: RuleSet, { persona, path }: QuizPath): QuizQuestion[] {
  const rules = new Map(ruleSet.rules.map((rule) => [rule.name, rule] as const));
  const defaults = ruleSet.parameters;
  return path.months.slice(1).flatMap((month) =>
    month.inEffect.flatMap((name) => {
      const rule = rules.get(name);
      if (!rule) return [];
      const parameters: { [name: string]: number } = {};
      for (const [parameter, value] of Object.entries(month.parameters))
        if (defaults[parameter]?.value !== value) parameters[parameter] = value;
      return [
        {
          id: `persona:${persona.id}:${month.t}:${name}`,
          source: 'persona' as const,
          ...about(rule),
          person: month.facts,
          parameters,
          month: month.month,
          persona: { name: persona.name, description: persona.description },
          answer: month.fired.some((fired) => fired.rule === name),
        },
      ];
    }),
  );
}

function about(rule: RuleFile): Pick<QuizQuestion, 'rule' | 'ruleTitle' | 'indicator' | 'target'> {
  const event = rule.event;
  return {
    rule: rule.name,
    ruleTitle: rule.meta.title,
    ...(event.type === 'indicator' ? { indicator: event.params.indicator } : {}),
    ...(rule.meta.target !== undefined ? { target: rule.meta.target } : {}),
  };
}
