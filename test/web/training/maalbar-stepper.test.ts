// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { personaById } from '../../../src/training/personas.ts';
import { stepPersona } from '../../../src/training/step-persona.ts';
import '../../../web/components/maalbar-stepper/maalbar-stepper.ts';
import type { MaalbarStepper } from '../../../web/components/maalbar-stepper/maalbar-stepper.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { fixtureRuleSet, fixtureScenario } from '../sim-fixture.ts';

const ruleSet = fixtureRuleSet();
const henrik = personaById('henrik-sygedagpenge');
if (!henrik) throw new Error('the Henrik persona is missing');
const path = stepPersona(henrik, fixtureScenario(), ruleSet, { seed: 1 });

async function mount(month = 0): Promise<{ element: MaalbarStepper; shadow: ShadowRoot }> {
  const element = document.createElement('maalbar-stepper');
  Object.assign(element, { path, ruleSet, heading: 'Henrik', month });
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  return { element, shadow };
}

/** Waits until `check` holds (explanations come from json-rules-engine, asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('<maalbar-stepper>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('steps forward and back with the buttons, announcing the month and emitting month-change', async () => {
    const { element, shadow } = await mount();
    const moves: number[] = [];
    element.addEventListener('month-change', (event) => moves.push(event.detail.t));
    expect(shadow.querySelector<HTMLButtonElement>('button[data-step="back"]')?.disabled).toBe(true);
    shadow.querySelector<HTMLButtonElement>('button[data-step="next"]')?.click();
    await element.updateComplete;
    shadow.querySelector<HTMLButtonElement>('button[data-step="next"]')?.click();
    await element.updateComplete;
    shadow.querySelector<HTMLButtonElement>('button[data-step="back"]')?.click();
    await element.updateComplete;
    expect(moves).toEqual([1, 2, 1]);
    expect(shadow.querySelector('.where')?.getAttribute('aria-live')).toBe('polite');
    expect(shadow.querySelector('.where')?.textContent).toContain('Måned 1 af 24');
    expect(shadow.querySelector('dd[data-fact="sickWeeksLast9Months"]')?.textContent).toBe('17 uger');
  });

  test('in month 2 the reassessment fires and its tree shows the weeks condition held (22 ≥ 22 weeks)', async () => {
    const { element, shadow } = await mount(2);
    const fired = shadow.querySelector('ul.fired li[data-rule="sygedagpenge-revurdering"]');
    expect(fired?.textContent).toContain('Revurdering af sygedagpenge efter 22 uger');
    fired?.querySelector<HTMLButtonElement>('button[data-explain]')?.click();
    const tree = (): ShadowRoot | null | undefined =>
      shadow.querySelector('maalbar-explain-tree')?.shadowRoot;
    await until(() => tree()?.querySelector('li[data-fact="sickWeeksLast9Months"]') != null);
    await element.updateComplete;
    const leaf = tree()?.querySelector('li[data-fact="sickWeeksLast9Months"]');
    expect(leaf?.className).toBe('pass');
    expect(leaf?.textContent?.replace(/\s+/g, ' ')).toContain(
      'er 22 uger; skal være mindst Revurderingstidspunkt for sygedagpenge (22 uger)',
    );
    expect(leaf?.querySelector('.mark')?.textContent).toBe('✓');
    expect(tree()?.querySelector('.verdict')?.textContent).toContain('udløses.');
  });

  test('in month 1 (17 weeks) the reassessment does not fire and “why not?” shows the failed condition', async () => {
    const { shadow } = await mount(1);
    expect(shadow.querySelector('ul.fired li[data-rule="sygedagpenge-revurdering"]')).toBeNull();
    shadow
      .querySelector<HTMLButtonElement>('details.quiet button[data-explain="sygedagpenge-revurdering"]')
      ?.click();
    const tree = (): ShadowRoot | null | undefined =>
      shadow.querySelector('maalbar-explain-tree')?.shadowRoot;
    await until(() => tree()?.querySelector('li[data-fact="sickWeeksLast9Months"]') != null);
    const leaf = tree()?.querySelector('li[data-fact="sickWeeksLast9Months"]');
    expect(leaf?.className).toBe('fail');
    expect(leaf?.textContent).toContain('ikke opfyldt');
  });

  test('the month the ydelse changes says it was the rule, in English too', async () => {
    const moved = path.months.findIndex((month) => month.facts.ydelse === 'jobafklaring');
    setLocale('en');
    const { shadow } = await mount(moved);
    expect(shadow.querySelector('.change')?.getAttribute('data-change')).toBe('rule');
    expect(shadow.querySelector('.change')?.textContent).toContain(
      'by the rule “Reassessment of sygedagpenge after 22 weeks”',
    );
  });
});
