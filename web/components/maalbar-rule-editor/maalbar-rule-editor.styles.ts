/** Styles of `<maalbar-rule-editor>`: structured view beside the raw JSON, errors under the text, tables below. */
import { css } from 'lit';

export const ruleEditorStyles = css`
  :host {
    display: block;
    /* The editor sits in panels of any width (the app's main column, a page of its own): size by itself. */
    container-type: inline-size;
  }
  .intro,
  .muted {
    color: #404040;
  }
  .muted {
    font-style: italic;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
  }
  select,
  input,
  button,
  textarea {
    font: inherit;
  }
  select {
    padding: 0.25rem;
    min-width: 18rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1.25rem;
  }
  @container (max-width: 56rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .structured {
    min-width: 0;
    overflow-x: auto;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
    font-size: 0.8125rem;
    line-height: 1.4;
    tab-size: 2;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid #9b1c1c;
  }
  .parameters {
    display: grid;
    gap: 0.5rem;
  }
  .parameter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .parameter label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .parameter input {
    width: 7rem;
    padding: 0.2rem 0.4rem;
  }
  .name {
    color: #404040;
    font-size: 0.8125rem;
  }
  .errors ul {
    padding-left: 1rem;
    margin: 0.25rem 0;
  }
  .errors li {
    margin: 0.25rem 0;
  }
  .errors li.error {
    color: #9b1c1c;
  }
  .errors li.warning {
    color: #7a4a00;
  }
  .errors .hint {
    display: block;
    color: #1a1a1a;
  }
  .errors code {
    margin: 0 0.25rem;
  }
  .good {
    color: #166534;
  }
  .bad {
    color: #9b1c1c;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    padding: 0.35rem 0.8rem;
  }
  th,
  td {
    border-bottom: 1px solid #d0d0d0;
    padding: 0.4rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tr.fail th,
  tr.fail td {
    background: #fde8e8;
  }
  tr.changed td {
    font-weight: 600;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #8a5a00;
    background: #fff4d6;
  }
  .notice-error {
    border-left-color: #9b1c1c;
    background: #fde8e8;
  }
`;
