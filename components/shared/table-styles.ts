import { css } from 'lit';

/** A plain data table: full width, left-aligned cells, a rule under each row (a plan, what changes). */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 14px;
  }
  th,
  td {
    text-align: left;
    padding: 6px 4px;
    border-bottom: 1px solid var(--_button-bg);
  }
`;

/** The table as blocks, a row under a row (for inside a narrow container query): no column heads. */
export const stackedTable = css`
  table,
  tbody,
  tr,
  td {
    display: block;
  }
  thead {
    display: none;
  }
`;
