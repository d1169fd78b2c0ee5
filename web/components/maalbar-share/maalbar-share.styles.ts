import { css } from 'lit';

export const shareStyles = css`
  :host {
    display: block;
    margin-top: 1rem;
    border-top: 1px solid #d0d0d0;
    padding-top: 0.5rem;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  label {
    display: block;
    font-size: 0.875rem;
  }
  .row {
    display: flex;
    gap: 0.5rem;
  }
  input {
    flex: 1;
    min-width: 0;
    font: inherit;
    font-size: 0.8125rem;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.125rem 0.5rem;
    border: 2px solid #1d4ed8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d4ed8;
    cursor: pointer;
  }
  .status,
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.8125rem;
    color: #404040;
  }
`;
