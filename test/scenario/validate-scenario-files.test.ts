import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioFiles } from '../../src/scenario/validate-scenario-files.ts';

const ltk2015 = {
  path: 'scenarios/lyngby-taarbaek-2015.json',
  text: readFileSync(new URL('../../scenarios/lyngby-taarbaek-2015.json', import.meta.url), 'utf8'),
};

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
    const child = {
      path: 'child.json',
      text: JSON.stringify({
        id: 'child',
        title: { da: 'Barn', en: 'Child' },
        extends: 'lyngby-taarbaek-2015',
        overrides: [{ path: '/seed', value: 7 }],
      }),
    };
    const { errors, scenarios } = validateScenarioFiles([ltk2015, child]);
    expect(errors).toEqual([]);
    expect(scenarios.get('child.json')?.seed).toBe(7);
  });
});
