// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-levers/maalbar-levers.ts';
import type { MaalbarLevers } from '../../../web/components/maalbar-levers/maalbar-levers.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import type { LeverView } from '../../../web/levers/apply-lever.ts';
import type { LeverSpec } from '../../../web/levers/lever.ts';

const spec = (over: Partial<LeverSpec>): LeverSpec => ({
  id: 'macro-change',
  group: 'macro',
  label: { da: 'Forventet ændring i ledigheden', en: 'Expected change in unemployment' },
  format: 'change',
  control: 'range',
  min: -0.4,
  max: 0.2,
  step: 0.01,
  target: { kind: 'override', path: '/macro/unemploymentChange' },
  read: () => -0.15,
  source: { document: 'Seed 000', section: 'Punkt 1', url: 'https://example.org/seed' },
  ...over,
});

const LEVERS: LeverView[] = [
  { spec: spec({}), value: -0.15, defaultValue: -0.15 },
  {
    spec: spec({
      id: 'activation-employer-share',
      group: 'activation',
      label: { da: 'Andel virksomhedsrettede tilbud' },
      format: 'share',
      min: 0,
      max: 1,
      source: {
        assumption: true,
        rationale: { da: 'Antagelse: sat efter status okt. 2014.', en: 'Assumed.' },
      },
    }),
    value: 0.8,
    defaultValue: 0.71,
  },
  {
    spec: spec({
      id: 'run-seed',
      group: 'run',
      label: { da: 'Seed' },
      format: 'seed',
      control: 'number',
      min: 0,
      max: 99,
      step: 1,
    }),
    value: 7,
    defaultValue: 7,
  },
];

async function mount(debounceMs = 150): Promise<{ element: MaalbarLevers; shadow: ShadowRoot }> {
  const element = document.createElement('maalbar-levers');
  element.levers = LEVERS;
  element.debounceMs = debounceMs;
  document.body.append(element);
  await element.updateComplete;
  if (!element.shadowRoot) throw new Error('renders into a shadow root');
  return { element, shadow: element.shadowRoot };
}

const listen = (element: HTMLElement, type: string) => {
  const heard: unknown[] = [];
  element.addEventListener(type, (event) => heard.push((event as CustomEvent).detail ?? type));
  return heard;
};

describe('<maalbar-levers>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('each lever is a labelled control with its value spoken, in a group with a legend', async () => {
    const { shadow } = await mount();
    const input = shadow.querySelector<HTMLInputElement>('#lever-macro-change');
    expect(input?.type).toBe('range');
    expect(shadow.querySelector('label[for="lever-macro-change"]')?.textContent).toBe(
      'Forventet ændring i ledigheden',
    );
    expect(input?.getAttribute('aria-valuetext')).toBe('−15\u00a0%');
    expect(shadow.querySelector('[data-group="macro"] legend')?.textContent).toBe('Konjunktur');
    expect(shadow.querySelector<HTMLInputElement>('#lever-run-seed')?.type).toBe('number');
  });

  test('shows whether the default comes from a source or is an assumption, with the reference', async () => {
    const { shadow } = await mount();
    const macro = shadow.querySelector('[data-lever="macro-change"]');
    expect(macro?.querySelector('.badge')?.textContent).toBe('Kilde');
    expect(macro?.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Kilde Standard: −15 %',
    );
    expect(macro?.querySelector('details.source')?.textContent).toContain('Seed 000, Punkt 1');
    expect(macro?.querySelector('details.source a')?.getAttribute('href')).toBe('https://example.org/seed');
    const share = shadow.querySelector('[data-lever="activation-employer-share"] details.source');
    expect(share?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Antagelse: Antagelse: sat efter status okt. 2014.',
    );
  });

  test('a changed lever says so and offers a reset to its default', async () => {
    const { element, shadow } = await mount();
    const share = shadow.querySelector('[data-lever="activation-employer-share"]');
    expect(share?.getAttribute('data-changed')).toBe('true');
    expect(share?.querySelector('.badge')?.textContent).toBe('Ændret af dig');
    const resets = listen(element, 'lever-reset');
    share?.querySelector<HTMLButtonElement>('button.reset')?.click();
    expect(resets).toEqual([{ id: 'activation-employer-share' }]);
    const all = listen(element, 'levers-reset-all');
    shadow.querySelector<HTMLButtonElement>('button.reset-all')?.click();
    expect(all).toEqual(['levers-reset-all']);
  });

  test('a released slider (or a keyboard step) emits lever-change at once', async () => {
    const { element, shadow } = await mount();
    const heard = listen(element, 'lever-change');
    const input = shadow.querySelector<HTMLInputElement>('#lever-macro-change');
    if (!input) throw new Error('no slider');
    input.value = '-0.05';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    expect(heard).toEqual([{ id: 'macro-change', value: -0.05 }]);
  });

  test('a dragged slider shows its value at once and emits once it rests for debounceMs', async () => {
    const { element, shadow } = await mount(20);
    const heard = listen(element, 'lever-change');
    const input = shadow.querySelector<HTMLInputElement>('#lever-macro-change');
    if (!input) throw new Error('no slider');
    for (const value of ['-0.14', '-0.12', '-0.1']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await element.updateComplete;
    expect(shadow.querySelector('[data-lever="macro-change"] output')?.textContent).toBe('−10\u00a0%');
    expect(heard).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(heard).toEqual([{ id: 'macro-change', value: -0.1 }]);
  });

  test('a number field emits when committed', async () => {
    const { element, shadow } = await mount();
    const heard = listen(element, 'lever-change');
    const input = shadow.querySelector<HTMLInputElement>('#lever-run-seed');
    if (!input) throw new Error('no field');
    input.value = '42';
    input.dispatchEvent(new Event('change'));
    expect(heard).toEqual([{ id: 'run-seed', value: 42 }]);
  });
});
