// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_PERSON } from '../../../src/rules/default-person.ts';
import '../../../web/components/maalbar-person-form/maalbar-person-form.ts';
import type { PersonSubmitEvent } from '../../../web/components/maalbar-person-form/maalbar-person-form.ts';

async function mount() {
  const element = document.createElement('maalbar-person-form');
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  return { element, shadow };
}

function type(shadow: ShadowRoot, field: string, value: string): void {
  const input = shadow.querySelector<HTMLInputElement>(`#field-${field}`);
  if (!input) throw new Error(`no field ${field}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<maalbar-person-form>', () => {
  afterEach(() => document.body.replaceChildren());

  test('every fact has a labelled field', async () => {
    const { shadow } = await mount();
    for (const name of Object.keys(DEFAULT_PERSON)) {
      const label = shadow.querySelector(`label[for="field-${name}"]`);
      expect(label?.textContent?.trim().length ?? 0).toBeGreaterThan(0);
    }
  });

  test('a value outside a fact’s range is refused with the validator’s message by the field; nothing is sent', async () => {
    const { element, shadow } = await mount();
    const sent: PersonSubmitEvent[] = [];
    element.addEventListener('person-submit', (event) => sent.push(event));
    type(shadow, 'age', '200');
    type(shadow, 'startMonth', '2016-13');
    shadow.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await element.updateComplete;
    await element.updateComplete;
    expect(sent).toHaveLength(0);
    expect(shadow.querySelector('#field-age')?.getAttribute('aria-invalid')).toBe('true');
    expect(shadow.querySelector('#error-age')?.textContent).toMatch(/130/);
    expect(shadow.querySelector('#error-startMonth')?.textContent).toMatch(/ÅÅÅÅ-MM/);
    expect(shadow.querySelectorAll('.summary li')).toHaveLength(2);
  });

  test('a valid person is sent as a complete fact record with the start month', async () => {
    const { element, shadow } = await mount();
    const sent: PersonSubmitEvent[] = [];
    element.addEventListener('person-submit', (event) => sent.push(event));
    type(shadow, 'age', '45');
    const ydelse = shadow.querySelector<HTMLSelectElement>('#field-ydelse');
    if (ydelse) {
      ydelse.value = 'sygedagpenge';
      ydelse.dispatchEvent(new Event('change'));
    }
    shadow.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await element.updateComplete;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.detail).toEqual({
      facts: { ...DEFAULT_PERSON, age: 45, ydelse: 'sygedagpenge' },
      startMonth: '2016-01',
    });
  });
});
