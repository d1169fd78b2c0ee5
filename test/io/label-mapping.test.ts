import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLabelMapping } from '../../src/io/check-label-mapping.ts';
import { DEFAULT_LABEL_MAPPING } from '../../src/io/default-label-mapping.ts';
import { formatTarget, lookupLabel, mergeMappings } from '../../src/io/label-mapping.ts';
import { readLabelMapping } from '../../src/io/read-label-mapping.ts';
import { SUPPORT_STATES } from '../../src/rules/facts.ts';
import { printed } from './fixture-files.ts';

/** The indicator ids the repository's indicator rules count under (their event's params.indicator). */
function repositoryIndicators(): Set<string> {
  const folder = new URL('../../rules/indicators/', import.meta.url);
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
          event: { params: { indicator: string } };
        },
    )
    .map((rule) => rule.event.params.indicator);
  return new Set(ids);
}

describe('the default label mapping (src/io/default-label-mapping.json)', () => {
  it('is a valid mapping', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../src/io/default-label-mapping.json', import.meta.url), 'utf8'),
    );
    const problems: string[] = [];
    expect(
      checkLabelMapping(raw, (pointer, message) => problems.push(`${pointer}: ${message.en}`)),
    ).toBeDefined();
    expect(problems).toEqual([]);
  });

  it('names only indicators that a rule in rules/indicators/ counts', () => {
    const known = repositoryIndicators();
    expect(Object.values(DEFAULT_LABEL_MAPPING.indicators).filter((id) => !known.has(id))).toEqual([]);
  });

  it('has a Danish label for every public-support ydelse', () => {
    const mapped = new Set(Object.values(DEFAULT_LABEL_MAPPING.ydelser));
    expect(SUPPORT_STATES.filter((state) => !mapped.has(state))).toEqual([]);
  });

  it.each([
    ['A-dagpenge mv.', 'ydelse:a-dagpenge'],
    ['Kontanthjælp', 'ydelse:kontanthjaelp'],
    ['kontanthjaelp', 'ydelse:kontanthjaelp'],
    ['Sygedagpenge mv.', 'ydelse:sygedagpenge'],
    ['Ledighedsydelse', 'ydelse:ledighedsydelse'],
    ['Fleksjob', 'ydelse:fleksjob'],
    ['Førtidspension', 'ydelse:foertidspension'],
    ['Ressourceforløb', 'ydelse:ressourceforloeb'],
    ['Jobafklaringsforløb', 'ydelse:jobafklaring'],
    ['Uddannelseshjælp', 'ydelse:uddannelseshjaelp'],
    ['Integrationsydelse', 'ydelse:integrationsydelse'],
    ['Revalidering', 'ydelse:revalidering'],
    ['  LANGTIDSLEDIGE ', 'indicator:langtidsledige'],
    ['Ydelsesgrupper i alt', ''],
  ])('maps %j to %j', (label, target) => {
    const found = lookupLabel(DEFAULT_LABEL_MAPPING, label);
    expect(found).toBeDefined();
    expect(formatTarget(found)).toBe(target);
  });

  it('knows nothing of a label it does not list', () => {
    expect(lookupLabel(DEFAULT_LABEL_MAPPING, 'Efterløn')).toBeUndefined();
  });
});

describe('a user mapping file', () => {
  it('adds to the defaults, and its labels win over the same labels there', () => {
    const file = JSON.stringify({
      ydelser: { Efterløn: 'pension', Fleksjob: 'ledighedsydelse' },
      ignore: ['Hele landet'],
    });
    const { mapping, errors } = readLabelMapping(file, { file: 'mine.json' });
    expect(errors).toEqual([]);
    if (!mapping) throw new Error('no mapping');
    expect(formatTarget(lookupLabel(mapping, 'Efterløn'))).toBe('ydelse:pension');
    expect(formatTarget(lookupLabel(mapping, 'Fleksjob'))).toBe('ydelse:ledighedsydelse');
    expect(formatTarget(lookupLabel(mapping, 'Kontanthjælp'))).toBe('ydelse:kontanthjaelp');
  });

  it('replaces the defaults with "replaceDefaults": true', () => {
    const { mapping } = readLabelMapping('{"ydelser": {"Dp": "a-dagpenge"}, "replaceDefaults": true}');
    expect(mapping).toEqual({ ydelser: { Dp: 'a-dagpenge' }, indicators: {}, ignore: [] });
  });

  it('gets located errors with suggestions', () => {
    const text =
      '{\n  "ydelser": {"Kontanthjælp": "kontanthjalp"},\n  "indicator": {},\n  "ignore": ["Kontanthjælp", 3]\n}';
    const { mapping, errors } = readLabelMapping(text, { file: 'mine.json' });
    expect(mapping).toBeUndefined();
    expect(printed(errors)).toEqual([
      'mine.json:2:15 /ydelser/Kontanthjælp: "kontanthjalp" is not one of "a-dagpenge", "kontanthjaelp", "integrationsydelse", "uddannelseshjaelp", "revalidering", "ressourceforloeb", "jobafklaring", "sygedagpenge", "fleksjob", "ledighedsydelse", "foertidspension", "selvforsoergelse", "pension", "udrejst" — did you mean "kontanthjaelp"?',
      'mine.json:3:3 /indicator: unknown property "indicator" — did you mean "indicators"?',
      'mine.json:4:14 /ignore/0: label "Kontanthjælp" also appears at /ydelser/Kontanthjælp',
      'mine.json:4:30 /ignore/1: must be a string',
    ]);
  });
});

describe('mergeMappings', () => {
  it('does not change its inputs', () => {
    const base = { ydelser: { A: 'a-dagpenge' as const }, indicators: {}, ignore: ['I alt'] };
    const copy = structuredClone(base);
    mergeMappings(base, { ydelser: {}, indicators: { A: 'x' }, ignore: [] });
    expect(base).toEqual(copy);
  });
});
