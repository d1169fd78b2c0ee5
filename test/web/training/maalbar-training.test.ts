// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-training/maalbar-training.ts';
import type { MaalbarTraining } from '../../../web/components/maalbar-training/maalbar-training.ts';
import { PERSONAS } from '../../../src/training/personas.ts';
import { fixtureScenario } from '../sim-fixture.ts';

const scenario = fixtureScenario();

async function mount(): Promise<{ element: MaalbarTraining; shadow: ShadowRoot }> {
  const element = document.createElement('maalbar-training');
  element.scenario = scenario;
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  return { element, shadow };
}

const selectedTab = (shadow: ShadowRoot): string | null | undefined =>
  shadow.querySelector('[role="tab"][aria-selected="true"]')?.id;

describe('<maalbar-training>', () => {
  afterEach(() => document.body.replaceChildren());

  test('lists every persona; picking one opens the stepper at month 0 of its start month', async () => {
    const { element, shadow } = await mount();
    expect(shadow.querySelectorAll('button[data-persona]').length).toBe(PERSONAS.length + 1);
    shadow.querySelector<HTMLButtonElement>('button[data-persona="henrik-sygedagpenge"]')?.click();
    await element.updateComplete;
    const stepper = shadow.querySelector('maalbar-stepper');
    await stepper?.updateComplete;
    expect(stepper?.heading).toBe('Henrik');
    expect(stepper?.path?.months[0]?.month).toBe('2016-01');
    expect(stepper?.shadowRoot?.querySelector('.where')?.textContent).toContain('Måned 0 af 24');
    expect(
      shadow.querySelector('button[data-persona="henrik-sygedagpenge"]')?.getAttribute('aria-pressed'),
    ).toBe('true');
  });

  test('tabs follow the WAI-ARIA pattern: one tab stop, arrow keys, Home and End move the selection', async () => {
    const { element, shadow } = await mount();
    expect(selectedTab(shadow)).toBe('tab-personas');
    expect(shadow.querySelectorAll('[role="tab"][tabindex="0"]').length).toBe(1);
    const tablist = shadow.querySelector('[role="tablist"]');
    const press = async (key: string): Promise<void> => {
      tablist?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await element.updateComplete;
    };
    await press('ArrowRight');
    expect(selectedTab(shadow)).toBe('tab-library');
    expect(shadow.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('tab-library');
    expect(shadow.querySelector('maalbar-rule-library')).not.toBeNull();
    await press('End');
    expect(selectedTab(shadow)).toBe('tab-quiz');
    await press('ArrowRight');
    expect(selectedTab(shadow)).toBe('tab-personas');
    await press('ArrowLeft');
    expect(selectedTab(shadow)).toBe('tab-quiz');
    await press('Home');
    expect(selectedTab(shadow)).toBe('tab-personas');
  });

  test('a drill-down request opens “from a number to a person” with a sample for that target and month', async () => {
    const { element, shadow } = await mount();
    element.drill = { target: '5', month: '2015-06' };
    await element.updateComplete;
    expect(selectedTab(shadow)).toBe('tab-drill');
    const list = shadow.querySelector('maalbar-counted-persons');
    expect(list?.result?.indicator).toBe('langtidsledige');
    expect(list?.result?.month).toBe('2015-06');
    expect(list?.result?.counted.length).toBeGreaterThan(0);
  });
});
