import { css } from 'lit';

/* Compact (< 300 px, a watch): the summary only. Roomy: everything. */
export const historyStyles = css`
  :host {
    --_cell-0: var(--knee-heat-0, light-dark(#e3e8e6, #1f2624));
    --_cell-1: var(--knee-heat-1, light-dark(#8fd1b6, #1d5a45));
    --_cell-2: var(--knee-heat-2, #2f9e76);
    --_cell-3: var(--knee-heat-3, light-dark(#006b4f, #37d39a));
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_cell-0: var(--knee-heat-0, #e3e8e6);
      --_cell-1: var(--knee-heat-1, #8fd1b6);
      --_cell-3: var(--knee-heat-3, #006b4f);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_cell-0: var(--knee-heat-0, #1f2624);
        --_cell-1: var(--knee-heat-1, #1d5a45);
        --_cell-3: var(--knee-heat-3, #37d39a);
      }
    }
  }
  .summary {
    display: flex;
    justify-content: center;
    gap: 16px;
    text-align: center;
  }
  .figure {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .figure b {
    font-size: 40px;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .figure span {
    font-size: 13px;
    color: var(--_muted);
  }
  h2 {
    font-size: 15px;
    margin: 16px 0 6px;
  }
  .chart {
    margin: 12px 0;
  }
  .chart figcaption {
    font-size: 14px;
    font-weight: 700;
    margin-bottom: 4px;
  }
  .chart svg {
    width: 100%;
    max-width: 360px;
    height: auto;
    display: block;
  }
  svg[part='heat-map'] {
    max-width: 280px;
  }
  .axis {
    font-size: 8px;
    fill: var(--_muted);
  }
  .axis.end {
    text-anchor: end;
  }
  .cell.level-0 {
    fill: var(--_cell-0);
  }
  .cell.level-1 {
    fill: var(--_cell-1);
  }
  .cell.level-2 {
    fill: var(--_cell-2);
  }
  .cell.level-3 {
    fill: var(--_cell-3);
  }
  .cell.future {
    fill: none;
    stroke: var(--_cell-0);
  }
  .grid {
    stroke: var(--_cell-0);
  }
  .limit {
    stroke: var(--_warning);
    stroke-dasharray: 4 3;
  }
  polyline {
    fill: none;
    stroke-width: 2;
  }
  polyline.before {
    stroke: var(--_muted);
    stroke-dasharray: 5 3;
  }
  polyline.after {
    stroke: var(--_accent);
  }
  .after-dot {
    fill: var(--_accent);
  }
  .before-dot {
    fill: var(--_muted);
  }
  .key {
    display: inline-block;
    width: 16px;
    border-top: 2px solid var(--_accent);
    vertical-align: middle;
  }
  .key.before {
    border-top: 2px dashed var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 12px;
    margin: 4px 0 0;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    border-bottom: 1px solid var(--_cell-0);
  }
  summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
    font-size: 14px;
    list-style: none;
  }
  summary::before {
    content: '▸' / '';
    width: 1em;
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  summary:focus-visible {
    outline: 3px solid var(--_accent);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 12px;
    margin: 0 0 8px 16px;
    font-size: 13px;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  .report,
  .message {
    font-size: 14px;
  }
  dialog {
    border: 2px solid var(--_fg);
    border-radius: 12px;
    background: var(--_bg);
    color: var(--_fg);
    max-width: 320px;
  }
  @container (min-width: 300px) {
    .summary {
      justify-content: flex-start;
      gap: 24px;
    }
  }
`;
