import { css } from 'lit';

export const dataStyles = css`
  :host {
    display: block;
  }
  .dropzone {
    border: 2px dashed #4b5563;
    border-radius: 8px;
    padding: 1.5rem;
    text-align: center;
    background: #f9fafb;
  }
  .dropzone.dragging {
    border-color: #1d4ed8;
    background: #eff6ff;
  }
  .dropzone label.pick {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid #1d4ed8;
    border-radius: 4px;
    color: #1d4ed8;
    cursor: pointer;
    font-weight: 600;
  }
  .dropzone label.pick:focus-within {
    outline: 3px solid #1d4ed8;
    outline-offset: 2px;
  }
  .dropzone input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  fieldset {
    margin: 1rem 0;
    border: 1px solid #d1d5db;
    border-radius: 6px;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
  }
  fieldset label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  select,
  input,
  button {
    font: inherit;
  }
  input[type='number'] {
    width: 5rem;
  }
  .run {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  progress {
    width: 14rem;
    height: 1rem;
    accent-color: #1d4ed8;
  }
  dl.summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.5rem;
    border-bottom: 1px solid #d1d5db;
  }
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.suppressed {
    color: #4b5563;
    font-style: italic;
  }
  h3 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.1rem;
  }
  .note {
    color: #374151;
  }
  .fit-charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
    gap: 1rem;
  }
  .fit-charts svg {
    width: 100%;
    height: auto;
  }
`;
