import { css } from 'lit';

export const projectionStyles = css`
  :host {
    display: block;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(34rem, 100%), 1fr));
    gap: 1.5rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  form.drill {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.25rem;
  }
  svg.fan-chart {
    max-width: 100%;
    height: auto;
  }
`;
