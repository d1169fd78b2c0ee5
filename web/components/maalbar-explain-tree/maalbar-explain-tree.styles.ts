import { css } from 'lit';

export const explainTreeStyles = css`
  :host {
    display: block;
  }
  .verdict {
    font-weight: 600;
  }
  ul {
    list-style: none;
    padding-left: 1.25rem;
    margin: 0.25rem 0;
  }
  ul.tree {
    padding-left: 0;
  }
  li {
    margin: 0.2rem 0;
  }
  .mark {
    display: inline-block;
    width: 1.2em;
    font-weight: 700;
  }
  .pass > .mark,
  .verdict.pass .mark {
    color: #166534;
  }
  .fail > .mark,
  .verdict.fail .mark {
    color: #b91c1c;
  }
  .skip {
    color: #4b5563;
  }
  .outcome {
    font-style: italic;
  }
`;
