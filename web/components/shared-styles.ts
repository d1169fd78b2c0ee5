/**
 * Styles every Målbar element shares: the focus ring and the visually-hidden helper. Colours are chosen for
 * at least 4.5:1 contrast on white (text) and 3:1 (focus ring, controls).
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    font-family: system-ui, sans-serif;
    color: #1a1a1a;
  }
  :focus-visible {
    outline: 3px solid #1d4ed8;
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The data tables of every view (board, compare, report, library…): a scroll wrapper, full width, left captions,
 * ruled rows, row headers, right-aligned tabular numbers.
 */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    border-bottom: 1px solid #d0d0d0;
    padding: 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid #1a1a1a;
    font-size: 0.875rem;
  }
  th[scope='row'] {
    font-weight: 500;
  }
  .number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
