// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-progress/maalbar-progress.ts';
import type { MaalbarProgress } from '../../../web/components/maalbar-progress/maalbar-progress.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';

async function mountProgress(set: Partial<Pick<MaalbarProgress, 'state' | 'done' | 'total' | 'used'>>) {
  const element = document.createElement('maalbar-progress');
  Object.assign(element, set);
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  return { element, shadow };
}

describe('<maalbar-progress>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('while running: a labelled progress bar, the count in a live status, an enabled cancel button', async () => {
    const { shadow } = await mountProgress({ state: 'running', done: 250, total: 1000 });
    const bar = shadow.querySelector('progress');
    expect(bar?.value).toBe(250);
    expect(bar?.max).toBe(1000);
    expect(shadow.getElementById(bar?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Simulering');
    const status = shadow.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('250 af 1.000 replikationer');
    expect(shadow.querySelector('button')?.disabled).toBe(false);
  });

  test('the cancel button emits a bubbling cancel event', async () => {
    const { element, shadow } = await mountProgress({ state: 'running', done: 1, total: 10 });
    let cancelled = 0;
    document.body.addEventListener('cancel', () => (cancelled += 1));
    shadow.querySelector('button')?.click();
    expect(cancelled).toBe(1);
    expect(element.state).toBe('running'); // the owner decides what cancelling means
  });

  test('idle and done states disable cancel and say what happened, in the chosen language', async () => {
    const { element, shadow } = await mountProgress({ state: 'idle' });
    expect(shadow.querySelector('button')?.disabled).toBe(true);
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Ingen simulering kører');
    setLocale('en');
    element.state = 'done';
    element.total = 2000;
    await element.updateComplete;
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Done: 2,000 replications');
    expect(shadow.querySelector('progress')?.value).toBe(2000);
  });

  test('while refining, the status also says how many replications the numbers on screen rest on', async () => {
    const { shadow } = await mountProgress({ state: 'running', done: 260, total: 1000, used: 250 });
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe(
      '260 af 1.000 replikationer · 250 af 1.000 replikationer i brug',
    );
  });

  test('cancelled and failed runs say so; cancel is disabled', async () => {
    const { element, shadow } = await mountProgress({
      state: 'cancelled',
      done: 120,
      total: 1000,
      used: 100,
    });
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe(
      'Afbrudt: tallene bygger på 100 af 1.000 replikationer',
    );
    expect(shadow.querySelector('button')?.disabled).toBe(true);
    element.state = 'error';
    await element.updateComplete;
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Simuleringen fejlede');
  });
});
