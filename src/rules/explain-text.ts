/**
 * Renders an explanation (explain.ts) as indented text in Danish or English, one condition a line:
 *
 *   ✓ sygedagpenge-revurdering — Revurdering af sygedagpenge: udløst
 *     hændelse: transition {"to":"jobafklaring"}
 *     ✓ alle skal gælde
 *       ✓ Ydelse = sygedagpenge er sygedagpenge
 *       ✓ Sygeuger de sidste 9 måneder = 22 er mindst Revurderingsfrist (22)
 *
 * ✓ passed, ✗ failed, · not evaluated (json-rules-engine had already decided; said in words too).
 */
import type { LocalText } from './facts.ts';
import type { Lang } from '../messages.ts';
import type { ExplanationNode, ExpectedFact, Outcome, RuleExplanation } from './explain.ts';

/** json-rules-engine's default operators in words. */
const OPERATOR_WORDS: { [operator: string]: LocalText } = {
  equal: { da: 'er', en: 'is' },
  notEqual: { da: 'er ikke', en: 'is not' },
  in: { da: 'er en af', en: 'is one of' },
  notIn: { da: 'er ikke en af', en: 'is not one of' },
  contains: { da: 'indeholder', en: 'contains' },
  doesNotContain: { da: 'indeholder ikke', en: 'does not contain' },
  lessThan: { da: 'er mindre end', en: 'is less than' },
  lessThanInclusive: { da: 'er højst', en: 'is at most' },
  greaterThan: { da: 'er større end', en: 'is greater than' },
  greaterThanInclusive: { da: 'er mindst', en: 'is at least' },
};

const WORDS = {
  fired: { da: 'udløst', en: 'fired' },
  notFired: { da: 'ikke udløst', en: 'did not fire' },
  event: { da: 'hændelse', en: 'event' },
  all: { da: 'alle skal gælde', en: 'all of' },
  any: { da: 'mindst én skal gælde', en: 'any of' },
  not: { da: 'ikke', en: 'not' },
  condition: { da: 'fælles betingelse', en: 'shared condition' },
  notEvaluated: {
    da: 'ikke evalueret: json-rules-engine havde allerede afgjort resultatet',
    en: 'not evaluated: json-rules-engine had already decided the outcome',
  },
  true: { da: 'sand', en: 'true' },
  false: { da: 'falsk', en: 'false' },
  or: { da: 'eller', en: 'or' },
} as const satisfies { [key: string]: LocalText };

const INDENT = '  ';

/** The explanation of one rule as text lines joined by "\n" (no trailing newline). */
export function explainText(explanation: RuleExplanation, lang: Lang): string {
  const verdict = explanation.fired ? WORDS.fired[lang] : WORDS.notFired[lang];
  const lines = [
    `${mark(explanation.fired)} ${explanation.rule} — ${explanation.title[lang]}: ${verdict}`,
    `${INDENT}${WORDS.event[lang]}: ${explanation.event.type} ${JSON.stringify(explanation.event.params ?? {})}`,
  ];
  renderNode(explanation.tree, 1, lang, lines);
  return lines.join('\n');
}

function renderNode(node: ExplanationNode, depth: number, lang: Lang, lines: string[]): void {
  const prefix = INDENT.repeat(depth) + mark(node.passed) + ' ';
  const suffix = node.passed === 'not evaluated' ? ` (${WORDS.notEvaluated[lang]})` : '';
  switch (node.kind) {
    case 'all':
    case 'any':
      lines.push(prefix + WORDS[node.kind][lang] + suffix);
      for (const child of node.children) renderNode(child, depth + 1, lang, lines);
      return;
    case 'not':
      lines.push(prefix + WORDS.not[lang] + suffix);
      renderNode(node.child, depth + 1, lang, lines);
      return;
    case 'condition-ref':
      lines.push(`${prefix}${WORDS.condition[lang]} "${node.name}"${suffix}`);
      renderNode(node.child, depth + 1, lang, lines);
      return;
    case 'fact': {
      const operator = OPERATOR_WORDS[node.operator]?.[lang] ?? node.operator;
      const value = node.factValue === undefined ? '?' : show(node.factValue, lang);
      lines.push(
        `${prefix}${node.factLabel[lang]} = ${value} ${operator} ${showExpected(node.expected, lang)}${suffix}`,
      );
    }
  }
}

function showExpected(expected: unknown, lang: Lang): string {
  if (isExpectedFact(expected)) {
    const value = expected.value === undefined ? '?' : show(expected.value, lang);
    return `${expected.factLabel[lang]} (${value})`;
  }
  return show(expected, lang);
}

function show(value: unknown, lang: Lang): string {
  if (typeof value === 'boolean') return WORDS[value ? 'true' : 'false'][lang];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => show(item, lang));
    const last = items.pop();
    return items.length === 0 ? (last ?? '[]') : `${items.join(', ')} ${WORDS.or[lang]} ${last ?? ''}`;
  }
  return JSON.stringify(value);
}

function mark(outcome: Outcome): string {
  if (outcome === 'not evaluated') return '·';
  return outcome ? '✓' : '✗';
}

function isExpectedFact(value: unknown): value is ExpectedFact {
  return typeof value === 'object' && value !== null && 'factLabel' in value && 'fact' in value;
}
