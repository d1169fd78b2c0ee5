import { describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/rules/explain.ts';
import { explainText } from '../../src/rules/explain-text.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
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
/** The value, or a failed test when it is missing. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const WEEK_22 = person({ ydelse: 'sygedagpenge', sickWeeksLast9Months: 22, age: 45 });

describe('explainText', () => {
  it('renders the 22-week sygedagpenge person in Danish with operator words and fact labels', async () => {
    const [sick] = await explainPerson(SET, WEEK_22);
    expect(explainText(defined(sick), 'da').split('\n')).toEqual([
      '✓ sick-reassessment — Revurdering efter 22 uger: udløst',
      '  hændelse: transition {"to":"jobafklaring","probability":0.4}',
      '  ✓ alle skal gælde',
      '    ✓ Ydelse = sygedagpenge er sygedagpenge',
      '    ✓ Sygeuger de sidste 9 måneder = 22 er mindst Revurderingsfrist (22)',
    ]);
  });

  it('renders a failed rule with a shared condition in English', async () => {
    const [, young] = await explainPerson(SET, WEEK_22);
    expect(explainText(defined(young), 'en').split('\n')).toEqual([
      '✗ young-on-support — Young people under 30 on public support: did not fire',
      '  event: indicator {"indicator":"unge-under-30"}',
      '  ✗ all of',
      '    ✓ shared condition "on-support"',
      '      ✓ any of',
      '        ✓ Benefit (ydelse) = sygedagpenge is one of kontanthjaelp, uddannelseshjaelp or sygedagpenge',
      '        ✗ Benefit (ydelse) = sygedagpenge is a-dagpenge',
      '    ✗ Age = 45 is less than 30',
    ]);
  });

  it('says in words when json-rules-engine did not evaluate a condition', async () => {
    const plain = {
      name: 'young-or-long',
      conditions: {
        any: [
          { fact: 'age', operator: 'lessThan', value: 30, priority: 2 },
          { fact: 'insured', operator: 'equal', value: true, priority: 1 },
        ],
      },
      event: { type: 'flag' },
    };
    const [explanation] = await explainPerson(ruleSetOf(['young-or-long.json', plain]), person({ age: 22 }));
    expect(explainText(defined(explanation), 'da').split('\n').slice(2)).toEqual([
      '  ✓ mindst én skal gælde',
      '    ✓ Alder = 22 er mindre end 30',
      '    · Forsikret = sand er sand (ikke evalueret: json-rules-engine havde allerede afgjort resultatet)',
    ]);
  });
});
