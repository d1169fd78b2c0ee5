/**
 * The library's table of saved scenarios: name (with an "åben" marker on the one the working scenario came
 * from), when it was saved, and the actions — open, rename in place, delete after an inline confirmation.
 * Every button has an accessible name that includes the scenario's name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INTL_TAG, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { SavedScenario } from '../../storage/scenario-store.ts';

/** The table's state and what its controls do; the element owns both. */
export interface SavedScenarioTableState {
  locale: Locale;
  openId: string;
  renamingId: string | undefined;
  renameError: string | undefined;
  deletingId: string | undefined;
  open(id: string): void;
  startRename(id: string): void;
  rename(event: Event, record: SavedScenario): void;
  cancelRename(): void;
  askDelete(id: string): void;
  confirmDelete(record: SavedScenario): void;
  cancelDelete(): void;
}

export function savedScenarioTable(
  records: readonly SavedScenario[],
  state: SavedScenarioTableState,
): TemplateResult {
  const time = new Intl.DateTimeFormat(INTL_TAG[state.locale], { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : time.format(date);
  };
  return html`<table class="list">
    <caption>
      ${t('library.list.caption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('library.col.name')}</th>
        <th scope="col">${t('library.col.savedAt')}</th>
        <th scope="col">${t('library.col.actions')}</th>
      </tr>
    </thead>
    <tbody>
      ${
        records.length === 0
          ? html`<tr>
              <td colspan="3" class="muted">${t('library.empty')}</td>
            </tr>`
          : records.map(
              (record) =>
                html`<tr data-id=${record.id}>
                  <th scope="row">
                    ${state.renamingId === record.id ? renameForm(record, state) : record.name}
                    ${record.id === state.openId ? html`<span class="current">${t('library.current')}</span>` : nothing}
                  </th>
                  <td>${when(record.savedAt)}</td>
                  <td class="actions">
                    ${state.deletingId === record.id ? deleteConfirmation(record, state) : actions(record, state)}
                  </td>
                </tr>`,
            )
      }
    </tbody>
  </table>`;
}

function actions(record: SavedScenario, state: SavedScenarioTableState): TemplateResult {
  const action = (label: string, aria: string, run: () => void) =>
    html`<button type="button" aria-label=${aria} @click=${run}>${label}</button>`;
  return html`${action(t('library.open'), t('library.openLabel', { name: record.name }), () =>
    state.open(record.id),
  )}
  ${action(t('library.rename'), t('library.renameLabel', { name: record.name }), () =>
    state.startRename(record.id),
  )}
  ${action(t('library.delete'), t('library.deleteLabel', { name: record.name }), () =>
    state.askDelete(record.id),
  )}`;
}

function renameForm(record: SavedScenario, state: SavedScenarioTableState): TemplateResult {
  return html`<form class="rename" @submit=${(event: Event) => state.rename(event, record)} novalidate>
    <label class="visually-hidden" for="rename-${record.id}"
      >${t('library.rename.input', { name: record.name })}</label
    >
    <input
      id="rename-${record.id}"
      name="name"
      .value=${record.name}
      aria-invalid=${state.renameError ? 'true' : 'false'}
      aria-describedby="rename-error"
    />
    <button type="submit">${t('library.rename.save')}</button>
    <button type="button" @click=${() => state.cancelRename()}>${t('library.cancel')}</button>
    <span id="rename-error" class="field-error">${state.renameError ?? ''}</span>
  </form>`;
}

function deleteConfirmation(record: SavedScenario, state: SavedScenarioTableState): TemplateResult {
  return html`<span>${t('library.delete.confirm', { name: record.name })}</span>
    <button type="button" data-action="confirm-delete" @click=${() => state.confirmDelete(record)}>
      ${t('library.delete')}
    </button>
    <button type="button" @click=${() => state.cancelDelete()}>${t('library.cancel')}</button>`;
}
