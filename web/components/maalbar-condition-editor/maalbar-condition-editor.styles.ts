/** Styles of `<maalbar-condition-editor>`: nested groups with a left rule, controls in wrapping rows. */
import { css } from 'lit';

export const conditionEditorStyles = css`
  .node {
    margin: 0.25rem 0;
  }
  .group,
  .not {
    border-left: 3px solid #64748b;
    padding-left: 0.75rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .children {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  .kind {
    font-weight: 600;
  }
  select,
  input,
  button {
    font: inherit;
    padding: 0.2rem 0.4rem;
  }
  select {
    max-width: 100%;
  }
  input {
    width: 8rem;
  }
  button.remove {
    color: #9f1239;
  }
  .unknown code {
    background: #f1f5f9;
    padding: 0.1rem 0.3rem;
  }
`;
