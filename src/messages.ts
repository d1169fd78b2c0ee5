/**
 * Every user-facing error and warning text, in Danish and English, in one place so that the CLI, the browser
 * and the tests say the same thing. A message is a function of its details returning a LocalText; callers pick
 * the language at the edge (`MESSAGES.unknownFact('x')[lang]`). Add new texts to the section of their area.
 * Domain words (ydelse, a-dagpenge…) stay Danish in both languages; identifiers are quoted as written.
 */
import type { LocalText } from './rules/facts.ts';

/** The languages of the product: Danish by default, English on request. */
export type Lang = 'da' | 'en';

export const LANGS: readonly Lang[] = ['da', 'en'];

const t = (da: string, en: string): LocalText => ({ da, en });
const q = (value: unknown): string => JSON.stringify(value);
const list = (values: readonly unknown[]): string => values.map(q).join(', ');

/** Names of JSON types in prose, for "must be …" messages. */
const TYPE_WORDS: { [type: string]: LocalText } = {
  number: t('et tal', 'a number'),
  integer: t('et helt tal', 'a whole number'),
  string: t('en tekst', 'a string'),
  boolean: t('true eller false', 'true or false'),
  object: t('et objekt { … }', 'an object { … }'),
  array: t('en liste [ … ]', 'a list [ … ]'),
  null: t('null', 'null'),
};

function typeWords(types: readonly string[]): LocalText {
  const words = types.map((type) => TYPE_WORDS[type] ?? t(type, type));
  return t(words.map((word) => word.da).join(' eller '), words.map((word) => word.en).join(' or '));
}

export const MESSAGES = {
  // —— Suggestions ——
  didYouMean: (name: string) => t(`mente du ${q(name)}?`, `did you mean ${q(name)}?`),

  // —— Reading files (CLI) ——
  pathNotFound: (path: string) => t(`${path} findes ikke`, `${path} does not exist`),
  noJsonFiles: (path: string) => t(`ingen .json-filer i ${path}`, `no .json files in ${path}`),
  notUtf8: () =>
    t('filen er ikke UTF-8 (måske gemt som Windows-1252?)', 'the file is not UTF-8 (saved as Windows-1252?)'),
  notUtf8Hint: () => t('gem filen igen med tegnsættet UTF-8', 'save the file again with the UTF-8 encoding'),

  // —— JSON syntax ——
  emptyFile: () => t('filen er tom', 'the file is empty'),
  jsonSyntax: (problem: LocalText) => t(`ugyldig JSON: ${problem.da}`, `invalid JSON: ${problem.en}`),
  trailingCommaHint: () =>
    t(
      'fjern kommaet før } eller ] (JSON tillader ikke et afsluttende komma)',
      'remove the comma before } or ] (JSON allows no trailing comma)',
    ),
  duplicateKey: (key: string) =>
    t(`feltet ${q(key)} står to gange i samme objekt`, `property ${q(key)} appears twice in one object`),
  commentHint: () =>
    t('fjern kommentaren: JSON tillader ikke kommentarer', 'remove the comment: JSON allows no comments'),

  // —— Schema ——
  missingProperty: (name: string) => t(`mangler feltet ${q(name)}`, `missing property ${q(name)}`),
  unknownProperty: (name: string) => t(`ukendt felt ${q(name)}`, `unknown property ${q(name)}`),
  wrongType: (types: readonly string[]) => {
    const words = typeWords(types);
    return t(`skal være ${words.da}`, `must be ${words.en}`);
  },
  notOneOf: (value: unknown, allowed: readonly unknown[]) =>
    t(`${q(value)} er ikke en af ${list(allowed)}`, `${q(value)} is not one of ${list(allowed)}`),
  notMonth: (value: unknown) =>
    t(
      `${q(value)} er ikke en måned; skriv ÅÅÅÅ-MM, fx "2015-12"`,
      `${q(value)} is not a month; write YYYY-MM, e.g. "2015-12"`,
    ),
  patternMismatch: (value: unknown, pattern: string) =>
    t(
      `${q(value)} passer ikke til mønsteret ${pattern}`,
      `${q(value)} does not match the pattern ${pattern}`,
    ),
  conditionShape: () =>
    t(
      'en betingelse skal have "all", "any", "not", "condition" eller "fact" + "operator" + "value"',
      'a condition needs "all", "any", "not", "condition", or "fact" + "operator" + "value"',
    ),
  topConditionShape: () =>
    t(
      'reglens øverste betingelse skal være "all", "any", "not" eller "condition" (json-rules-engine kræver det)',
      'the top condition must be "all", "any", "not" or "condition" (json-rules-engine requires it)',
    ),
  unknownEventType: (type: unknown, allowed: readonly string[]) =>
    t(
      `ukendt hændelsestype ${q(type)}; brug en af ${list(allowed)}`,
      `unknown event type ${q(type)}; use one of ${list(allowed)}`,
    ),
  numberOrParameter: () =>
    t('skal være et tal eller {"fact": "param:<navn>"}', 'must be a number or {"fact": "param:<name>"}'),
  sourceShape: () =>
    t(
      'en kilde er {"document": …} eller en antagelse {"assumption": true, "rationale": {"da": …, "en": …}}',
      'a source is {"document": …} or an assumption {"assumption": true, "rationale": {"da": …, "en": …}}',
    ),
  noShapeMatches: () => t('passer ikke til nogen tilladt form', 'matches none of the allowed shapes'),
  schemaOther: (detail: string) => t(`ugyldig: ${detail}`, `invalid: ${detail}`),

  // —— Facts, operators and values in conditions ——
  unknownFact: (name: string) => t(`ukendt fakta ${q(name)}`, `unknown fact ${q(name)}`),
  unknownFactHint: () =>
    t('de kendte fakta står i rules/README.md', 'the known facts are listed in rules/README.md'),
  undeclaredParameter: (name: string) =>
    t(`parameteren ${q(name)} er ikke erklæret`, `parameter ${q(name)} is not declared`),
  declareParameterHint: (name: string) =>
    t(`erklær den under meta.parameters.${name}`, `declare it under meta.parameters.${name}`),
  parameterInPlainRule: (name: string) =>
    t(
      `${q(name)}: almindelige json-rules-engine-regler har ingen parametre`,
      `${q(name)}: plain json-rules-engine rules have no parameters`,
    ),
  parameterInPlainRuleHint: () =>
    t(
      'skriv tallet direkte, eller lav en Målbar-regelfil med meta.parameters',
      'write the number itself, or make a Målbar rule file with meta.parameters',
    ),
  unknownOperator: (operator: string) =>
    t(`ukendt operator ${q(operator)}`, `unknown operator ${q(operator)}`),
  knownOperatorsHint: (operators: readonly string[]) =>
    t(`brug en af ${list(operators)}`, `use one of ${list(operators)}`),
  operatorNeedsNumbers: (operator: string, fact: string, kind: string) =>
    t(
      `${operator} sammenligner tal, men ${q(fact)} er ${kindWord(kind).da}; det er altid falsk`,
      `${operator} compares numbers, but ${q(fact)} is ${kindWord(kind).en}; it is always false`,
    ),
  valueMustBe: (fact: string, kind: string) =>
    t(
      `værdien for ${q(fact)} skal være ${kindValueWord(kind).da}`,
      `the value for ${q(fact)} must be ${kindValueWord(kind).en}`,
    ),
  unknownCategoryValue: (fact: string, value: unknown) =>
    t(`${q(value)} er ikke en værdi af ${q(fact)}`, `${q(value)} is not a value of ${q(fact)}`),
  knownValuesHint: (values: readonly unknown[]) =>
    t(`brug en af ${list(values)}`, `use one of ${list(values)}`),
  valueMustBeList: (operator: string) =>
    t(`${operator} kræver en liste [ … ] som værdi`, `${operator} needs a list [ … ] as its value`),
  listOperatorOnFact: (operator: string) =>
    t(
      `${operator} kræver en liste, men fakta er enkeltværdier; det er altid falsk`,
      `${operator} needs a list-valued fact, but facts are single values; it is always false`,
    ),
  listOperatorHint: () => t('brug "in" eller "equal"', 'use "in" or "equal"'),
  factKindsDiffer: (left: string, right: string) =>
    t(
      `${q(left)} og ${q(right)} har forskellige typer og kan ikke sammenlignes`,
      `${q(left)} and ${q(right)} have different types and cannot be compared`,
    ),
  pathNotSupported: () =>
    t('"path" understøttes ikke: fakta er enkeltværdier', '"path" is not supported: facts are single values'),
  factParamsIgnored: () =>
    t(
      '"params" på en betingelse bruges ikke: fakta tager ingen parametre',
      '"params" on a condition is not used: facts take no parameters',
    ),
  eventParamNotParameter: (fact: string) =>
    t(
      `hændelsens parametre kan kun pege på parametre ("param:…"), ikke ${q(fact)}`,
      `event params may name parameters ("param:…") only, not ${q(fact)}`,
    ),
  eventParamInPlainRule: () =>
    t(
      'hændelsens parametre i almindelige regler skal være faste værdier',
      'event params of plain rules must be literal values',
    ),

  // —— Rule and condition files ——
  nameMismatch: (name: string, expected: string) =>
    t(
      `navnet ${q(name)} skal være filnavnet ${q(expected)}`,
      `name ${q(name)} must equal the file name ${q(expected)}`,
    ),
  renameHint: (expected: string) =>
    t(
      `omdøb reglen til ${q(expected)} eller filen til det samme som navnet`,
      `rename the rule to ${q(expected)} or the file to match the name`,
    ),
  tooFewCases: (count: number, minimum: number) =>
    t(
      `reglen har ${count} testtilfælde; mindst ${minimum} kræves`,
      `the rule has ${count} cases; at least ${minimum} are required`,
    ),
  tooFewCasesHint: () => t('dæk begge sider af hver tærskel', 'cover both sides of every threshold'),
  caseUnknownParameter: (name: string) =>
    t(`testtilfældet sætter en ukendt parameter ${q(name)}`, `the case sets an unknown parameter ${q(name)}`),
  caseParameterAsFactHint: () =>
    t('parametre sættes under "parameters", ikke "facts"', 'set parameters under "parameters", not "facts"'),
  factValueOutOfRange: (fact: string, min: number, max: number, value: unknown) =>
    t(
      `${q(fact)} skal være et helt tal fra ${min} til ${max}, ikke ${q(value)}`,
      `${q(fact)} must be a whole number from ${min} to ${max}, not ${q(value)}`,
    ),
  factValueNotBoolean: (fact: string, value: unknown) =>
    t(
      `${q(fact)} skal være true eller false, ikke ${q(value)}`,
      `${q(fact)} must be true or false, not ${q(value)}`,
    ),
  effectiveToBeforeFrom: (from: string, to: string) =>
    t(
      `effectiveTo ${q(to)} ligger før effectiveFrom ${q(from)}`,
      `effectiveTo ${q(to)} is before effectiveFrom ${q(from)}`,
    ),
  unusedParameter: (name: string) =>
    t(`parameteren ${q(name)} bruges ikke af reglen`, `parameter ${q(name)} is not used by the rule`),
  notARuleFile: () =>
    t(
      'ikke en regelfil: forventede et objekt med "event" (regel) eller "conditions" (fælles betingelse)',
      'not a rule file: expected an object with "event" (a rule) or "conditions" (a shared condition)',
    ),
  plainRulesNotInRepo: () =>
    t(
      'almindelige json-rules-engine-regler (uden meta og cases) accepteres kun af classify og explain',
      'plain json-rules-engine rules (without meta and cases) are accepted by classify and explain only',
    ),
  plainRulesNotInRepoHint: () =>
    t('giv reglen "meta" og mindst 3 "cases"', 'give the rule "meta" and at least 3 "cases"'),
  plainRuleDescription: (file: string) =>
    t(`Almindelig json-rules-engine-regel fra ${file}`, `Plain json-rules-engine rule from ${file}`),
  plainRuleNotObject: () => t('hver regel skal være et objekt { … }', 'each rule must be an object { … }'),

  // —— Rule sets ——
  duplicateRuleName: (name: string, otherFile: string) =>
    t(`reglen ${q(name)} findes også i ${otherFile}`, `rule ${q(name)} is also defined in ${otherFile}`),
  duplicateConditionName: (name: string, otherFile: string) =>
    t(
      `betingelsen ${q(name)} findes også i ${otherFile}`,
      `condition ${q(name)} is also defined in ${otherFile}`,
    ),
  uniqueNameHint: () => t('navne skal være unikke', 'names must be unique'),
  unknownConditionReference: (name: string) =>
    t(`ukendt fælles betingelse ${q(name)}`, `unknown shared condition ${q(name)}`),
  conditionCycle: (cycle: readonly string[]) =>
    t(
      `fælles betingelser refererer i ring: ${cycle.join(' → ')}`,
      `shared conditions refer to each other in a cycle: ${cycle.join(' → ')}`,
    ),
  parameterConflict: (name: string, otherFile: string) =>
    t(
      `parameteren ${q(name)} er erklæret med en anden standardværdi eller enhed i ${otherFile}`,
      `parameter ${q(name)} is declared with another default or unit in ${otherFile}`,
    ),
  parameterConflictHint: () =>
    t(
      'brug samme værdi og enhed, eller giv den et andet navn',
      'use the same value and unit, or give it another name',
    ),

  // —— Persons (classify, explain) ——
  personNotJson: (detail: string) => t(`ikke gyldig JSON: ${detail}`, `not valid JSON: ${detail}`),
  personNotObject: () =>
    t('en person skal være et JSON-objekt { … }', 'a person must be a JSON object { … }'),
  personMissingFact: (fact: string) =>
    t(
      `mangler fakta ${q(fact)} (ingen stiltiende standardværdier)`,
      `missing fact ${q(fact)} (no silent defaults)`,
    ),
  personUnknownField: (field: string) => t(`ukendt fakta ${q(field)}`, `unknown fact ${q(field)}`),
  personBadId: () => t('"id" skal være en tekst eller et tal', '"id" must be a string or a number'),

  // —— CLI ——
  unknownRule: (name: string) => t(`ingen regel hedder ${q(name)}`, `no rule is named ${q(name)}`),
  unknownParameterOverride: (name: string) =>
    t(
      `--param ${name}: ingen regel erklærer parameteren ${q(name)}`,
      `--param ${name}: no rule declares parameter ${q(name)}`,
    ),
  parameterOverrideSyntax: (text: string) =>
    t(`--param ${text}: skriv navn=tal`, `--param ${text}: write name=number`),
  slowPath: (rules: readonly string[]) =>
    t(
      `${rules.length} regel/regler kan ikke oversættes og køres i json-rules-engine: ${rules.join(', ')}`,
      `${rules.length} rule(s) cannot be compiled and run on json-rules-engine: ${rules.join(', ')}`,
    ),
  notValidatedYet: (kind: string) =>
    t(`${kind}-filer kontrolleres ikke endnu`, `${kind} files are not validated yet`),
  usage: (detail: string) => t(`forkert brug: ${detail}`, `wrong usage: ${detail}`),
  missingOption: (option: string) => t(`${option} mangler`, `${option} is required`),
  badOptionValue: (option: string, value: string, allowed: readonly string[]) =>
    t(
      `${option} ${value}: brug en af ${allowed.join(', ')}`,
      `${option} ${value}: use one of ${allowed.join(', ')}`,
    ),
  notPositiveWholeNumber: (option: string, value: string) =>
    t(`${option} ${value}: skal være et helt tal ≥ 1`, `${option} ${value}: must be a whole number ≥ 1`),
  noRules: () => t('ingen regler fundet', 'no rules found'),
  validateSummary: (files: number, errors: number, warnings: number) =>
    t(
      `${files} fil(er) kontrolleret: ${errors} fejl, ${warnings} advarsel(er)`,
      `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s)`,
    ),
  moreErrors: (count: number) => t(`… og ${count} fejl mere`, `… and ${count} more errors`),
} as const satisfies { [code: string]: (...args: never[]) => LocalText };

/** Stable identifiers of the messages, e.g. for tests and UI lookups. */
export type MessageCode = keyof typeof MESSAGES;

function kindWord(kind: string): LocalText {
  if (kind === 'category') return t('en kategori', 'a category');
  if (kind === 'boolean') return t('sand/falsk', 'true/false');
  return t('et tal', 'a number');
}

function kindValueWord(kind: string): LocalText {
  if (kind === 'category') return t('en tekst', 'a string');
  if (kind === 'boolean') return t('true eller false (uden anførselstegn)', 'true or false (without quotes)');
  return t('et tal (uden anførselstegn)', 'a number (without quotes)');
}
