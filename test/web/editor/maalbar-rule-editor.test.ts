// @vitest-environment happy-dom
/**
 * `<maalbar-rule-editor>` without workers: it opens the 22-week rule, validates what is typed (invalid text stays
 * as typed, flagged with a located error), autosaves every change, edits the same JSON from the parameter form
 * and the condition tree, and runs the rule's cases.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/components/maalbar-rule-editor/maalbar-rule-editor.ts';
import type { MaalbarRuleEditor } from '../../../web/components/maalbar-rule-editor/maalbar-rule-editor.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { RULE_EDITS_KEY } from '../../../web/training/rule-edit-store.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

async function mount(storage = memoryStorage()): Promise<MaalbarRuleEditor> {
  const element = document.createElement('maalbar-rule-editor');
  element.storage = storage;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: MaalbarRuleEditor): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('renders into a shadow root');
  return element.shadowRoot;
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(element: MaalbarRuleEditor): Promise<void> {
  await vi.waitFor(() => expect(root(element).querySelector('#cases-summary')).not.toBeNull(), {
    timeout: 5000,
  });
  await element.updateComplete;
}

describe('<maalbar-rule-editor>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  it('opens the 22-week rule, valid, with its cases all holding', async () => {
    const element = await mount();
    await settle(element);
    const select = root(element).querySelector<HTMLSelectElement>('#rule-select');
    expect(select?.value).toBe('rules/reforms/sygedagpenge-revurdering.json');
    expect(text(root(element).querySelector('#rule-errors'))).toContain('Ingen fejl');
    expect(text(root(element).querySelector('#cases-summary'))).toBe('6 af 6 testcases holder.');
  });

  it('keeps invalid text as typed, shows a located error, and autosaves it', async () => {
    const storage = memoryStorage();
    const element = await mount(storage);
    const area = root(element).querySelector<HTMLTextAreaElement>('#rule-text');
    if (!area) throw new Error('textarea');
    const broken = area.value.replace('"operator": "equal"', '"operator": "equals"');
    area.value = broken;
    area.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(text(root(element).querySelector('#rule-errors'))).toContain('Linje 8'), {
      timeout: 3000,
    });
    expect(area.value).toBe(broken);
    expect(area.getAttribute('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(storage.map.get(RULE_EDITS_KEY)).toContain('equals'), { timeout: 3000 });
  });

  it('moves the caret to an error when its button is pressed', async () => {
    const element = await mount();
    const area = root(element).querySelector<HTMLTextAreaElement>('#rule-text');
    if (!area) throw new Error('textarea');
    area.value = area.value.replace('"operator": "equal"', '"operator": "equals"');
    area.dispatchEvent(new Event('input'));
    const button = await vi.waitFor(() => {
      const found = root(element).querySelector<HTMLButtonElement>('#rule-errors button.goto');
      if (!found) throw new Error('no error button yet');
      return found;
    });
    button.click();
    // Line 8 column 19 is where the operator's value starts (rules/reforms/sygedagpenge-revurdering.json).
    const before = area.value.slice(0, area.selectionStart);
    expect(before.split('\n').length).toBe(8);
  });

  it('edits the parameter default from the form into the JSON, and the 22-week case then fails', async () => {
    const element = await mount();
    await settle(element);
    const input = root(element).querySelector<HTMLInputElement>('#param-sygedagpengeReassessmentWeeks');
    if (!input) throw new Error('parameter input');
    expect(input.value).toBe('22');
    input.value = '26';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.editedText).toContain('"value": 26');
    await vi.waitFor(
      () => expect(text(root(element).querySelector('#cases-summary'))).toBe('5 af 6 testcases holder.'),
      {
        timeout: 5000,
      },
    );
  });

  it('edits a condition from the structured tree and resets to the original', async () => {
    const element = await mount();
    const editor = root(element).querySelector('maalbar-condition-editor');
    await editor?.updateComplete;
    const remove = editor?.shadowRoot?.querySelector<HTMLButtonElement>('button.remove');
    remove?.click();
    await element.updateComplete;
    expect(element.editedText).not.toContain('"value": "sygedagpenge"');
    root(element).querySelector<HTMLButtonElement>('#reset')?.click();
    await element.updateComplete;
    expect(element.editedText).toContain('"value": "sygedagpenge"');
  });

  it('opens the autosaved text of the last visit', async () => {
    const storage = memoryStorage();
    storage.map.set(
      RULE_EDITS_KEY,
      JSON.stringify({
        edits: { 'rules/reforms/sygedagpenge-revurdering.json': '{ half typed' },
        selected: 'rules/reforms/sygedagpenge-revurdering.json',
      }),
    );
    const element = await mount(storage);
    expect(root(element).querySelector<HTMLTextAreaElement>('#rule-text')?.value).toBe('{ half typed');
  });
});
