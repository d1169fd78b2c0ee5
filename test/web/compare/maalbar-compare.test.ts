// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-compare/maalbar-compare.ts';
import type {
  CompareSelectEvent,
  MaalbarCompare,
} from '../../../web/components/maalbar-compare/maalbar-compare.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { fixtureResult, fixtureScenario } from '../../report/report-fixture.ts';

/** A: the fixture. B: the same values, but target 1 asks for ≤ 460 instead of ≤ 450. */
function sides() {
  const scenarioA = fixtureScenario();
  const scenarioB = fixtureScenario();
  scenarioB.targets = scenarioB.targets.map((t) => (t.id === '1' ? { ...t, level: 460 } : t));
  return {
    a: { label: 'Basis', result: fixtureResult(scenarioA), scenario: scenarioA },
    b: { label: 'Lempet', result: fixtureResult(scenarioB), scenario: scenarioB },
  };
}

async function mount(setup: (element: MaalbarCompare) => void): Promise<MaalbarCompare> {
  const element = document.createElement('maalbar-compare');
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const shadow = (element: MaalbarCompare): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('renders into a shadow root');
  return element.shadowRoot;
};
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cells = (element: MaalbarCompare, nr: string): string[] =>
  [...shadow(element).querySelectorAll(`tr[data-nr="${nr}"] > *`)].map(text);

describe('<maalbar-compare>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('the table gives A, B and the difference in P(reach) and in the level at the ambition', async () => {
    const element = await mount((e) => Object.assign(e, sides()));
    const headers = [...shadow(element).querySelectorAll('thead th')].map(text);
    expect(headers).toEqual([
      'Nr.',
      'Mål',
      'Sandsynlighed, Basis',
      'Sandsynlighed, Lempet',
      'Forskel i sandsynlighed (B − A)',
      'Niveau med 80 % sikkerhed, Basis',
      'Niveau med 80 % sikkerhed, Lempet',
      'Forskel i niveau (B − A)',
    ]);
    // unge ≤ 450: 4 of 10 replications; ≤ 460: 7 of 10 (report-fixture.ts) → +30 points. The level at 80 %
    // depends on the values only: 464 in both.
    expect(cells(element, '1')).toEqual([
      '1',
      'Unge under 30',
      '40 % ! meget ambitiøst',
      '70 % ✓ ambitiøst og realistisk',
      '+30 procentpoint',
      '≤ 464 personer',
      '≤ 464 personer',
      '0',
    ]);
    expect(cells(element, '8').slice(2, 5)).toEqual(['Ikke simuleret', 'Ikke simuleret', '–']);
  });

  test('overlays the two fans for each target simulated in both', async () => {
    const element = await mount((e) => Object.assign(e, sides()));
    const charts = [...shadow(element).querySelectorAll('svg.compare-fan-chart')];
    expect(charts.map((svg) => svg.getAttribute('data-target'))).toEqual(['1', '2a', '9']);
    expect(text(charts[0]?.querySelector('title'))).toBe('Sammenligning: Unge under 30');
    expect(charts[0]?.querySelectorAll('.fan-a, .fan-b')).toHaveLength(2);
  });

  test('asks for two scenarios until it has them', async () => {
    const element = await mount(() => undefined);
    expect(text(shadow(element).querySelector('p'))).toBe(
      'Vælg to scenarier med resultater for at sammenligne dem.',
    );
    expect(shadow(element).querySelector('table')).toBeNull();
  });

  test('offers labelled pickers and tells the host which scenario was picked', async () => {
    const element = await mount((e) => {
      e.choices = [
        { id: 'basis', label: 'Basis' },
        { id: 'lempet', label: 'Lempet' },
      ];
      e.selectedA = 'basis';
    });
    const selects = [...shadow(element).querySelectorAll('select')];
    expect(selects.map((select) => text(select.closest('label')).split(' ').slice(0, 2).join(' '))).toEqual([
      'Scenarie A',
      'Scenarie B',
    ]);
    expect(selects[0]?.value).toBe('basis');
    const events: CompareSelectEvent['detail'][] = [];
    element.addEventListener('compare-select', (event) => events.push(event.detail));
    const pickB = selects[1];
    if (!pickB) throw new Error('two pickers');
    pickB.value = 'lempet';
    pickB.dispatchEvent(new Event('change'));
    expect(events).toEqual([{ side: 'b', id: 'lempet' }]);
    expect(element.selectedB).toBe('lempet');
  });

  test('speaks English with the language switch', async () => {
    const element = await mount((e) => Object.assign(e, sides()));
    setLocale('en');
    await element.updateComplete;
    expect(cells(element, '1').slice(2, 5)).toEqual([
      '40 % ! very ambitious',
      '70 % ✓ ambitious and realistic',
      '+30 percentage points',
    ]);
  });
});
