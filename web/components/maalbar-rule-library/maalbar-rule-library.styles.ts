import { css } from 'lit';

export const ruleLibraryStyles = css`
  :host {
    display: block;
  }
  details.rule {
    border: 1px solid #d1d5db;
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
    margin: 0.4rem 0;
  }
  summary {
    cursor: pointer;
  }
  summary .title {
    font-weight: 600;
    margin-right: 0.5rem;
  }
  .dates,
  .path,
  .month {
    color: #374151;
    font-size: 0.9em;
    margin-left: 0.5rem;
  }
  .filter {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid #e5e7eb;
  }
  th[scope='row'] {
    font-weight: 400;
  }
  a {
    color: #1d4ed8;
  }
`;
