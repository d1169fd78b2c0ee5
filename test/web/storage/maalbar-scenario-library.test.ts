// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ltk2015 from '../../../scenarios/lyngby-taarbaek-2015.json' with { type: 'json' };
import '../../../web/components/maalbar-scenario-library/maalbar-scenario-library.ts';
import type {
  MaalbarScenarioLibrary,
  ScenarioImportEvent,
  ScenarioOpenEvent,
} from '../../../web/components/maalbar-scenario-library/maalbar-scenario-library.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { MemoryScenarioStore } from '../../../web/storage/memory-scenario-store.ts';
import { ResilientScenarioStore } from '../../../web/storage/resilient-scenario-store.ts';
import type { ScenarioStore } from '../../../web/storage/scenario-store.ts';
import { scenario } from './storage-fixture.ts';

const KNOWN = [ltk2015 as unknown as Scenario];
const NOW = () => new Date(Date.UTC(2015, 0, 27, 9, 30));

async function mount(store: ScenarioStore = new MemoryScenarioStore()): Promise<MaalbarScenarioLibrary> {
  const library = document.createElement('maalbar-scenario-library');
  library.store = store;
  library.scenario = scenario('working', 11);
  library.knownScenarios = KNOWN;
  library.now = NOW;
  document.body.append(library);
  await library.updateComplete;
  await library.refresh();
  await library.updateComplete;
  return library;
}

const shadow = (library: MaalbarScenarioLibrary): ShadowRoot => {
  if (!library.shadowRoot) throw new Error('renders into a shadow root');
  return library.shadowRoot;
};
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (library: MaalbarScenarioLibrary): string[] =>
  [...shadow(library).querySelectorAll('tbody tr[data-id] th')].map((th) => text(th).replace(/ åben$/, ''));

async function saveAs(library: MaalbarScenarioLibrary, name: string): Promise<void> {
  const root = shadow(library);
  const input = root.querySelector<HTMLInputElement>('#name');
  if (!input) throw new Error('the name field');
  input.value = name;
  root.querySelector('form.save')?.dispatchEvent(new Event('submit', { cancelable: true }));
  await vi.waitFor(async () => {
    await library.updateComplete;
    expect(
      text(root.querySelector('.message')) + (library.nameError ?? '') + (library.replaceId ?? ''),
    ).not.toBe('');
  });
  await library.updateComplete;
}

const button = (library: MaalbarScenarioLibrary, label: string): HTMLButtonElement => {
  const found = [...shadow(library).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === label || text(b) === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

async function settle(library: MaalbarScenarioLibrary): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await library.updateComplete;
  }
}

describe('<maalbar-scenario-library>', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
    setLocale('da');
  });

  test('saves the working scenario under a name, marks it open and offers to save over it', async () => {
    const store = new MemoryScenarioStore();
    const library = await mount(store);
    const changes: number[] = [];
    library.addEventListener('library-change', (event) => changes.push(event.detail.scenarios.length));
    await saveAs(library, '  Basis ');
    expect(names(library)).toEqual(['Basis']);
    expect(text(shadow(library).querySelector('.message'))).toBe('Gemt som "Basis".');
    expect((await store.list())[0]).toMatchObject({
      name: 'Basis',
      scenario: scenario('working', 11),
      savedAt: '2015-01-27T09:30:00.000Z',
    });
    expect(changes).toEqual([1]);
    expect(text(shadow(library).querySelector('tr[data-id] .current'))).toBe('åben');
    library.scenario = scenario('working', 12);
    await library.updateComplete;
    button(library, 'Gem i "Basis"').click();
    await settle(library);
    expect((await store.list()).map((r) => r.scenario)).toEqual([scenario('working', 12)]);
  });

  test('refuses an empty name in place and asks before replacing a name that exists', async () => {
    const store = new MemoryScenarioStore();
    const library = await mount(store);
    await saveAs(library, '   ');
    expect(text(shadow(library).querySelector('#name-error'))).toBe('Skriv et navn.');
    expect(shadow(library).querySelector('#name')?.getAttribute('aria-invalid')).toBe('true');
    await saveAs(library, 'Basis');
    library.scenario = scenario('working', 13);
    await saveAs(library, 'basis');
    expect(text(shadow(library).querySelector('.confirm span'))).toBe(
      'Der findes allerede et scenarie med navnet "Basis".',
    );
    button(library, 'Erstat det').click();
    await settle(library);
    const records = await store.list();
    expect(records.map((r) => [r.name, r.scenario])).toEqual([['Basis', scenario('working', 13)]]);
  });

  test('opens, renames and deletes saved scenarios', async () => {
    const store = new MemoryScenarioStore();
    await store.put({ id: 'a', name: 'Lav vækst', scenario: scenario('lav', 1), savedAt: 'x' });
    await store.put({ id: 'b', name: 'Høj vækst', scenario: scenario('hoej', 2), savedAt: 'y' });
    const library = await mount(store);
    expect(names(library)).toEqual(['Høj vækst', 'Lav vækst']);
    const opened: ScenarioOpenEvent['detail'][] = [];
    library.addEventListener('scenario-open', (event) => opened.push(event.detail));
    button(library, 'Åbn "Lav vækst"').click();
    await settle(library);
    expect(opened).toEqual([{ id: 'a', name: 'Lav vækst', scenario: scenario('lav', 1) }]);
    expect(library.openId).toBe('a');

    button(library, 'Omdøb "Lav vækst"').click();
    await settle(library);
    const input = shadow(library).querySelector<HTMLInputElement>('#rename-a');
    if (!input) throw new Error('the rename field');
    expect(shadow(library).activeElement).toBe(input);
    input.value = 'høj vækst';
    shadow(library)
      .querySelector('form.rename')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(library);
    expect(text(shadow(library).querySelector('#rename-error'))).toBe(
      'Der findes allerede et scenarie med navnet "høj vækst".',
    );
    input.value = 'Meget lav vækst';
    shadow(library)
      .querySelector('form.rename')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(library);
    expect(names(library)).toEqual(['Høj vækst', 'Meget lav vækst']);

    button(library, 'Slet "Høj vækst"').click();
    await settle(library);
    expect(text(shadow(library).querySelector('tr[data-id="b"] .actions span'))).toBe(
      'Slet "Høj vækst"? Det kan ikke fortrydes.',
    );
    shadow(library).querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')?.click();
    await settle(library);
    expect(names(library)).toEqual(['Meget lav vækst']);
    expect(await store.get('b')).toBeUndefined();
  });

  test('a file with a JSON error is refused in place with line and column; the working scenario stays', async () => {
    const library = await mount();
    const imported: unknown[] = [];
    library.addEventListener('scenario-import', (event) => imported.push(event.detail));
    const broken =
      '{\n  "id": "x",\n  "title": { "da": "x", "en": "x" },,\n  "extends": "lyngby-taarbaek-2015"\n}\n';
    await library.importFile(new File([broken], 'min-fil.json'));
    await library.updateComplete;
    const report = shadow(library).querySelector('.import-errors');
    expect(report?.getAttribute('role')).toBe('alert');
    expect(text(report?.querySelector('strong'))).toBe('min-fil.json');
    expect(text(report?.querySelector('li'))).toMatch(/^linje 3, kolonne \d+: /);
    expect(imported).toEqual([]);
    expect(library.scenario).toEqual(scenario('working', 11));
  });

  test('a file with a misspelt field is refused with its pointer and a suggestion', async () => {
    const library = await mount();
    const misspelt = JSON.stringify(
      { id: 'x', title: { da: 'x', en: 'x' }, extends: 'lyngby-taarbaek-2015', seeed: 3 },
      null,
      2,
    );
    await library.importFile(new File([misspelt], 'stavefejl.json'));
    await library.updateComplete;
    const item = text(shadow(library).querySelector('.import-errors li'));
    // The core's validator places an unknown property at the property itself: line 8 of the file.
    expect(item).toMatch(/^linje 8, kolonne 3 \(\/seeed\): /);
    expect(item).toContain('ukendt felt "seeed"');
    expect(item).toContain('mente du "seed"?');
  });

  test('a valid scenario that extends a shipped one is imported and saved under its title', async () => {
    const store = new MemoryScenarioStore();
    const library = await mount(store);
    const imported: ScenarioImportEvent['detail'][] = [];
    library.addEventListener('scenario-import', (event) => imported.push(event.detail));
    const lowGrowth = {
      id: 'ltk-lav-vaekst',
      title: { da: 'Lav vækst', en: 'Low growth' },
      extends: 'lyngby-taarbaek-2015',
      overrides: [{ path: '/macro/unemploymentChange/value', value: -0.05 }],
    };
    await library.importFile(new File([JSON.stringify(lowGrowth)], 'lav.json'));
    await settle(library);
    expect(imported).toHaveLength(1);
    expect(imported[0]?.name).toBe('Lav vækst');
    expect(imported[0]?.scenario).toEqual(lowGrowth);
    expect(imported[0]?.resolved.macro.unemploymentChange.value).toBe(-0.05);
    expect(imported[0]?.resolved.lineage).toEqual(['lyngby-taarbaek-2015', 'ltk-lav-vaekst']);
    expect(text(shadow(library).querySelector('.import-ok'))).toBe(
      'lav.json: importeret og gemt som "Lav vækst".',
    );
    expect(names(library)).toEqual(['Lav vækst']);
    expect(library.scenario).toEqual(scenario('working', 11));
  });

  test('exports the working scenario as a JSON file', async () => {
    const library = await mount();
    const files: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, href: this.href });
    });
    shadow(library).querySelector<HTMLButtonElement>('[data-action="export"]')?.click();
    expect(files.map((file) => file.name)).toEqual(['working.json']);
  });

  test('says so, as an alert, when the browser’s storage cannot be used', async () => {
    const library = await mount(new ResilientScenarioStore(undefined, 'unavailable'));
    const alert = shadow(library).querySelector('.notice.problem');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toMatch(/^Browserens lager kan ikke bruges her\./);
    await saveAs(library, 'Basis');
    expect(names(library)).toEqual(['Basis']);
  });
});
