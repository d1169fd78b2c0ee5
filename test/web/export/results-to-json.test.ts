// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resultsToJson } from '../../../web/export/results-to-json.ts';
import { fixtureResult, fixtureScenario, R } from '../../report/report-fixture.ts';

describe('resultsToJson', () => {
  const result = fixtureResult();

  it('parses back to the core’s numbers, with the run’s identity', () => {
    const document = JSON.parse(resultsToJson(result)) as {
      format: string;
      version: number;
      scenario: string;
      replications: number;
      targets: { id: string; pReach?: number; levelAt?: Record<string, number> }[];
      indicators: { id: string; mean: number[]; values?: number[] }[];
    };
    expect(document.format).toBe('maalbar-results');
    expect(document.version).toBe(1);
    expect(document.scenario).toBe('fixture');
    expect(document.replications).toBe(R);
    expect(document.targets.map((t) => t.pReach)).toEqual(result.targets.map((t) => t.pReach));
    expect(document.targets[0]?.levelAt).toEqual(result.targets[0]?.levelAt);
    expect(document.indicators[0]?.mean).toEqual(result.indicators[0]?.mean);
    expect(document.indicators[0]?.values).toBeUndefined();
  });

  it('includes every replication value as a plain array when asked', () => {
    const document = JSON.parse(resultsToJson(result, { includeValues: true })) as {
      indicators: { values: number[] }[];
    };
    expect(document.indicators[0]?.values).toEqual(Array.from(result.indicators[0]?.values ?? []));
    expect(document.indicators[0]?.values).toHaveLength(R * 3);
  });

  it('can be embedded in a <script> block: no literal "</script>" and the text still reads back', () => {
    const scenario = fixtureScenario();
    scenario.targets = scenario.targets.map((t) => ({ ...t, title: { da: '</script><x>', en: 'a\u2028b' } }));
    const json = resultsToJson(fixtureResult(scenario));
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('\u2028');
    const document = JSON.parse(json) as { targets: { title: { da: string; en: string } }[] };
    expect(document.targets[0]?.title).toEqual({ da: '</script><x>', en: 'a\u2028b' });
  });
});
