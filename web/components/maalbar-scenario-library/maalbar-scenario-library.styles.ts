import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #1d4ed8;
    background: #eff4ff;
  }
  .notice.problem {
    border-left-color: #9b1c1c;
    background: #fef2f2;
    color: #7f1d1d;
    font-weight: 600;
  }
  .message {
    min-height: 1.25rem;
    margin: 0.25rem 0 0.75rem;
  }
  form.save {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  label {
    font-weight: 600;
  }
  input:not([type='file']) {
    font: inherit;
    padding: 0.25rem 0.5rem;
    min-width: 14rem;
  }
  input[aria-invalid='true'] {
    border: 2px solid #9b1c1c;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid #1d4ed8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d4ed8;
    cursor: pointer;
  }
  button:disabled {
    border-color: #8a8a8a;
    color: #5a5a5a;
    cursor: not-allowed;
  }
  .field-error {
    flex-basis: 100%;
    margin: 0;
    min-height: 1.25rem;
    color: #9b1c1c;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    flex-basis: 100%;
  }
  table.list {
    margin: 1rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  .current {
    margin-left: 0.5rem;
    padding: 0 0.375rem;
    border: 1px solid #14532d;
    border-radius: 3px;
    color: #14532d;
    font-size: 0.8125rem;
  }
  form.rename {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .muted {
    color: #404040;
    font-style: italic;
  }
  h3 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  .import {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    margin-bottom: 0.75rem;
  }
  .import-ok {
    color: #14532d;
  }
  .import-errors {
    color: #7f1d1d;
  }
  .import-errors ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
`;
