import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .label {
    font-weight: 600;
  }
  progress {
    width: 12rem;
    height: 1rem;
    accent-color: #1d4ed8;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 2px solid #9b1c1c;
    border-radius: 4px;
    background: #ffffff;
    color: #9b1c1c;
    cursor: pointer;
  }
  button:disabled {
    border-color: #767676;
    color: #595959;
    cursor: not-allowed;
  }
`;
