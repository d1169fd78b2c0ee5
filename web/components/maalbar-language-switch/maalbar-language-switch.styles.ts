import { css } from 'lit';

export const languageSwitchStyles = css`
  :host {
    display: inline-block;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .label {
    margin-right: 0.25rem;
    font-size: 0.875rem;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 2px solid #1d4ed8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d4ed8;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: #1d4ed8;
    color: #ffffff;
    font-weight: 600;
  }
`;
