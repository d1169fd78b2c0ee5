// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../web/components/maalbar-rule-library/maalbar-rule-library.ts';
import { libraryEntries } from '../../../web/components/maalbar-rule-library/library-entries.ts';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';

async function mount() {
  const element = document.createElement('maalbar-rule-library');
  document.body.append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('renders into a shadow root');
  return { element, shadow };
}

describe('<maalbar-rule-library>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setLocale('da');
  });

  test('groups every rule file of the repository: indicators, reforms and shared conditions', () => {
    const entries = libraryEntries(BUNDLED_RULES.files);
    const count = (kind: string): number => entries.filter((entry) => entry.kind === kind).length;
    const inFolder = (folder: string): number =>
      BUNDLED_RULES.files.filter(({ path }) => path.startsWith(`rules/${folder}/`)).length;
    // The bundle holds the files of rules/ (Vite's glob at build time): 19 indicators, 18 reforms, 6 conditions.
    expect(count('indicator')).toBe(inFolder('indicators'));
    expect(count('reform')).toBe(inFolder('reforms'));
    expect(count('condition')).toBe(inFolder('conditions'));
    expect(count('reform')).toBeGreaterThanOrEqual(18);
    expect(count('broken')).toBe(0);
  });

  test('a file that does not parse is listed as broken, not dropped silently', () => {
    expect(libraryEntries([{ path: 'rules/reforms/x.json', text: '{' }])).toEqual([
      { kind: 'broken', path: 'rules/reforms/x.json' },
    ]);
  });

  test('shows a rule with its Danish title, dates, parameter with unit and source link, and its cases', async () => {
    const { shadow } = await mount();
    const rule = shadow.querySelector('details[data-rule="sygedagpenge-revurdering"]');
    expect(rule?.querySelector('summary .title')?.textContent).toBe(
      'Revurdering af sygedagpenge efter 22 uger',
    );
    expect(rule?.querySelector('summary .dates')?.textContent).toContain('2014');
    const parameters = rule?.querySelector('table.parameters')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(parameters).toContain('sygedagpengeReassessmentWeeks');
    expect(parameters).toContain('22 uger');
    expect(rule?.querySelector('table.parameters a')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(rule?.querySelectorAll('table.cases tbody tr').length).toBeGreaterThanOrEqual(3);
  });

  test('the filter narrows the list by name, title or description', async () => {
    const { element, shadow } = await mount();
    const input = shadow.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no filter field');
    input.value = 'refusion';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const names = [...shadow.querySelectorAll('details.rule')].map((node) => node.getAttribute('data-rule'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names.every((name) => name?.includes('refusion') ?? false)).toBe(true);
  });
});
