// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_MAPPING } from '../../../src/io/default-label-mapping.ts';
import { lookupLabel } from '../../../src/io/label-mapping.ts';
import type { LongTable } from '../../../src/io/long-table.ts';
import type { MappingChangeEvent } from '../../../web/components/maalbar-mapping-editor/maalbar-mapping-editor.ts';
import '../../../web/components/maalbar-mapping-editor/maalbar-mapping-editor.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { mappingLabels } from '../../../web/import/mapping-labels.ts';

const table: LongTable = {
  dimensions: ['Ydelsesgrupper'],
  rows: ['Kontanthjælp', 'Efterløn'].map((label) => ({
    keys: { Ydelsesgrupper: label },
    period: { kind: 'month', start: '2015-12' },
    value: 10,
  })),
};

describe('<maalbar-mapping-editor>', () => {
  it('flags unknown labels and emits the edited mapping when a select changes', async () => {
    setLocale('da');
    const editor = document.createElement('maalbar-mapping-editor');
    const { dimension, labels } = mappingLabels(table, DEFAULT_LABEL_MAPPING);
    editor.labels = labels;
    editor.dimension = dimension ?? '';
    document.body.append(editor);
    await editor.updateComplete;
    const root = editor.shadowRoot;
    const rows = [...(root?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((row) => row.classList.contains('unknown'))).toEqual([false, true]);
    expect(rows[1]?.querySelector('.flag')?.textContent).toBe('Ukendt etiket');
    expect(root?.querySelector('.unknown-count')?.textContent).toContain('1 ukendte etiketter');

    const events: MappingChangeEvent[] = [];
    editor.addEventListener('mapping-change', (event) => events.push(event));
    const select = rows[1]?.querySelector('select');
    if (!select) throw new Error('no select');
    select.value = 'ydelse:pension';
    select.dispatchEvent(new Event('change'));
    expect(events).toHaveLength(1);
    const mapping = events[0]?.detail.mapping;
    expect(mapping && lookupLabel(mapping, 'Efterløn')).toEqual({ kind: 'ydelse', id: 'pension' });
    expect(mapping && lookupLabel(mapping, 'Kontanthjælp')).toEqual({ kind: 'ydelse', id: 'kontanthjaelp' });
    editor.remove();
  });
});
