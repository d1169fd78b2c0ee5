/**
 * What the last import did, shown next to the file name: "importeret og gemt som …", or the file's errors with
 * line, column, JSON pointer, message and hint, as an alert so a screen reader hears them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n/t.ts';
import type { LocatedError } from '../../../src/rules/located-error.ts';

export interface ImportReport {
  fileName: string;
  /** The name it was saved under, when imported. */
  name?: string;
  /** Empty when imported. */
  errors: LocatedError[];
}

export function importReportView(report: ImportReport): TemplateResult {
  if (report.errors.length === 0) {
    return html`<p class="import-ok" role="status">
      <strong>${report.fileName}</strong>: ${t('library.import.ok', { name: report.name ?? '' })}
    </p>`;
  }
  return html`<div class="import-errors" role="alert">
    <p><strong>${report.fileName}</strong>: ${t('library.import.failed', { count: report.errors.length })}</p>
    <ul>
      ${report.errors.map(
        (error) =>
          html`<li>
            ${t('library.import.error', {
              line: error.line,
              column: error.column,
              pointer: error.pointer ? ` (${error.pointer})` : '',
              message: error.message,
            })}${error.hint ? html` — ${error.hint}` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}
