import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioFiles } from '../../src/scenario/validate-scenario-files.ts';

const ltk2015 = {
  path: 'scenarios/lyngby-taarbaek-2015.json',
  text: readFileSync(new URL('../../scenarios/lyngby-taarbaek-2015.json', import.meta.url), 'utf8'),
};

/** A file "child.json" that extends the 2015 scenario with `overrides`, pretty-printed as a user writes it. */
function childFile(overrides: unknown[]): { path: string; text: string } {
  const child = {
    id: 'child',
    title: { da: 'Barn', en: 'Child' },
    extends: 'lyngby-taarbaek-2015',
    overrides,
  };
  return { path: 'child.json', text: JSON.stringify(child, null, 2) };
}

describe('validateScenarioFiles', () => {
  it('accepts the Lyngby-Taarbæk 2015 scenario and resolves it', () => {
    const { scenarios, errors } = validateScenarioFiles([ltk2015]);
    expect(errors).toEqual([]);
    expect(scenarios.get(ltk2015.path)?.id).toBe('lyngby-taarbaek-2015');
  });

  it('locates a misspelt top-level property and names the nearest allowed one', () => {
    const text = ltk2015.text.replace('"municipality"', '"municipalty"');
    const { errors } = validateScenarioFiles([{ path: 'x.json', text }]);
    const unknown = errors.find((error) => error.message.includes('municipalty'));
    expect(unknown).toMatchObject({ file: 'x.json', pointer: '/municipalty', severity: 'error' });
    expect(unknown?.line).toBeGreaterThan(1);
    expect(unknown?.hint).toContain('municipality');
  });

  it('locates a JSON syntax error by line and column', () => {
    const { errors } = validateScenarioFiles([
      { path: 'broken.json', text: '{\n  "id": "a",\n  "title": }' },
    ]);
    expect(errors[0]).toMatchObject({ file: 'broken.json', line: 3 });
  });

  it('reports a missing parent at /extends', () => {
    const text = JSON.stringify(
      { id: 'child', title: { da: 'Barn', en: 'Child' }, extends: 'no-such-parent' },
      null,
      2,
    );
    const { errors, scenarios } = validateScenarioFiles([{ path: 'child.json', text }]);
    expect(scenarios.size).toBe(0);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'child.json', pointer: '/extends', line: 7, severity: 'error' }),
    );
  });

  it('resolves a child against a parent given in the same call', () => {
    const child = childFile([{ path: '/seed', value: 7 }]);
    const { errors, scenarios } = validateScenarioFiles([ltk2015, child]);
    expect(errors).toEqual([]);
    expect(scenarios.get('child.json')?.seed).toBe(7);
  });

  it('places a value an override sets and the schema refuses at that override, and resolves nothing', () => {
    const child = childFile([
      { path: '/seed', value: 7 },
      { path: '/replications', value: 0 },
      { path: '/macro', value: 'low' },
    ]);
    const { errors, scenarios } = validateScenarioFiles([ltk2015, child], { lang: 'da' });
    expect(scenarios.has('child.json')).toBe(false);
    expect(scenarios.has(ltk2015.path)).toBe(true);
    const childErrors = errors.filter((error) => error.file === 'child.json');
    expect(childErrors.map((error) => error.pointer)).toEqual(['/overrides/1/value', '/overrides/2/value']);
    expect(childErrors[0]?.message).toContain('/replications skal være >= 1');
    expect(childErrors[1]?.message).toContain('/macro skal være et objekt');
    // The lines of the two values in the pretty-printed file.
    const lines = child.text.split('\n');
    expect(childErrors.map((error) => lines[error.line - 1])).toEqual([
      expect.stringContaining('"value": 0'),
      expect.stringContaining('"value": "low"'),
    ]);
  });

  it('places an override that adds an unknown field at its path and names the nearest field', () => {
    const child = childFile([{ path: '/model/partTimeUnemploymnet', value: { share: 0.5 } }]);
    const { errors, scenarios } = validateScenarioFiles([ltk2015, child]);
    expect(scenarios.has('child.json')).toBe(false);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'child.json',
        pointer: '/overrides/0/path',
        severity: 'error',
        hint: expect.stringContaining('partTimeUnemployment'),
      }),
    ]);
  });

  it('words a source that is neither a reference nor an assumption as one error naming both shapes', () => {
    const scenario = JSON.parse(ltk2015.text) as { macro: { unemploymentChange: { source: unknown } } };
    scenario.macro.unemploymentChange.source = { kind: 'assumption', rationale: 'flat' };
    const text = JSON.stringify(scenario, null, 2);
    const { errors } = validateScenarioFiles([{ path: 'x.json', text }], { lang: 'da' });
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: '/macro/unemploymentChange/source',
        message: 'skal være en af: {"document"} eller {"assumption", "rationale"}',
      }),
    ]);
  });
});
