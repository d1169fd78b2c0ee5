import { describe, expect, it } from 'vitest';
import { explainPerson, explainRule } from '../../src/rules/explain.ts';
import type { ExplanationNode, GroupExplanation, LeafExplanation } from '../../src/rules/explain.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import { parameterValues } from '../../src/rules/reference-engine.ts';
import { fileText, onSupportCondition, person, sickRule, youngRule } from './rule-file-fixtures.ts';

function ruleSetOf(...entries: [string, unknown][]): RuleSet {
  const { ruleSet, errors } = loadRuleSet(
    entries.map(([path, value]) => ({ path, text: fileText(value) })),
    { allowPlainRules: true },
  );
  if (!ruleSet) throw new Error(errors.map((error) => error.message).join('\n'));
  return ruleSet;
}

const SET = ruleSetOf(
  ['sick-reassessment.json', sickRule()],
  ['young-on-support.json', youngRule()],
  ['on-support.json', onSupportCondition()],
);

/** A person in week 22 of sygedagpenge within 9 months: exactly at the reassessment point. */
const WEEK_22 = person({ ydelse: 'sygedagpenge', sickWeeksLast9Months: 22, age: 45 });

const children = (node: ExplanationNode): ExplanationNode[] => (node as GroupExplanation).children;

describe('explainPerson', () => {
  it('explains the 22-week sygedagpenge person: fired, each leaf with its value and the parameter it met', async () => {
    const [sick, young] = await explainPerson(SET, WEEK_22);
    expect(sick?.fired).toBe(true);
    // The event's probability is the parameter's default, 0.4, resolved by json-rules-engine.
    expect(sick?.event).toEqual({ type: 'transition', params: { to: 'jobafklaring', probability: 0.4 } });
    expect(sick?.tree).toEqual({
      kind: 'all',
      passed: true,
      children: [
        {
          kind: 'fact',
          fact: 'ydelse',
          factLabel: { da: 'Ydelse', en: 'Benefit (ydelse)' },
          factValue: 'sygedagpenge',
          operator: 'equal',
          expected: 'sygedagpenge',
          passed: true,
        },
        {
          kind: 'fact',
          fact: 'sickWeeksLast9Months',
          factLabel: { da: 'Sygeuger de sidste 9 måneder', en: 'Sick weeks in the last 9 months' },
          factValue: 22,
          operator: 'greaterThanInclusive',
          expected: {
            fact: 'param:reassessmentWeeks',
            factLabel: { da: 'Revurderingsfrist', en: 'Reassessment point' },
            value: 22,
          },
          passed: true,
        },
      ],
    });
    // 45 years old: the young-people rule fails on age although the shared condition holds.
    expect(young?.fired).toBe(false);
    const [reference, age] = children(young?.tree as ExplanationNode);
    expect(reference).toMatchObject({ kind: 'condition-ref', name: 'on-support', passed: true });
    expect(age).toMatchObject({ kind: 'fact', fact: 'age', factValue: 45, passed: false });
  });

  it('follows parameter overrides: with the point at 23 weeks, week 22 does not fire', async () => {
    const [sick] = await explainPerson(
      SET,
      WEEK_22,
      parameterValues(SET, { reassessmentWeeks: 23, notExtendedShare: 0.5 }),
    );
    expect(sick?.fired).toBe(false);
    expect(sick?.event.params).toEqual({ to: 'jobafklaring', probability: 0.5 });
    expect((children(sick?.tree as ExplanationNode)[1] as LeafExplanation).passed).toBe(false);
  });

  it('marks conditions json-rules-engine skipped as not evaluated, never guessing their outcome', async () => {
    // Priority 2 runs first; once it holds, the `any` is decided and the priority-1 group is skipped.
    const plain = {
      name: 'young-or-long',
      conditions: {
        any: [
          { fact: 'age', operator: 'lessThan', value: 30, priority: 2 },
          { fact: 'monthsOnSupport', operator: 'greaterThanInclusive', value: 12, priority: 1 },
          { condition: 'on-support', priority: 1 },
        ],
      },
      event: { type: 'flag' },
    };
    const set = ruleSetOf(['young-or-long.json', plain], ['on-support.json', onSupportCondition()]);
    const [explanation] = await explainPerson(set, person({ age: 22, monthsOnSupport: 20 }));
    const [age, months, reference] = children(explanation?.tree as ExplanationNode);
    expect(explanation?.fired).toBe(true);
    expect(age).toMatchObject({ passed: true, factValue: 22 });
    // Not evaluated, although it would have held (20 ≥ 12): the explanation says what the engine did.
    expect(months).toMatchObject({ passed: 'not evaluated', factValue: 20 });
    expect(reference).toMatchObject({ kind: 'condition-ref', passed: 'not evaluated' });
    expect((reference as { child: ExplanationNode }).child.passed).toBe('not evaluated');
  });

  it('explains not and fact-to-fact comparisons', async () => {
    const plain = {
      name: 'switched-uninsured',
      conditions: {
        all: [
          { not: { fact: 'insured', operator: 'equal', value: true } },
          { fact: 'ydelse', operator: 'notEqual', value: { fact: 'previousYdelse' } },
        ],
      },
      event: { type: 'flag' },
    };
    const set = ruleSetOf(['switched-uninsured.json', plain]);
    const [explanation] = await explainPerson(
      set,
      person({ insured: false, ydelse: 'kontanthjaelp', previousYdelse: 'a-dagpenge' }),
    );
    const [not, switched] = children(explanation?.tree as ExplanationNode);
    expect(not).toMatchObject({
      kind: 'not',
      passed: true,
      child: { fact: 'insured', factValue: false, passed: false },
    });
    expect(switched).toMatchObject({
      factValue: 'kontanthjaelp',
      expected: { fact: 'previousYdelse', value: 'a-dagpenge' },
      passed: true,
    });
  });
});

describe('explainRule', () => {
  it('explains one rule by name', async () => {
    const explanation = await explainRule(
      SET,
      'young-on-support',
      person({ age: 25, ydelse: 'kontanthjaelp' }),
    );
    expect([explanation.rule, explanation.fired, explanation.title.en]).toEqual([
      'young-on-support',
      true,
      'Young people under 30 on public support',
    ]);
  });

  it('throws for a rule the set does not have', async () => {
    await expect(explainRule(SET, 'nope', WEEK_22)).rejects.toThrow('no rule named "nope"');
  });
});
