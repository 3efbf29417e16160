import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

export const latencyCheckStyles = [
  baseStyles,
  css`
    .face {
      display: grid;
      gap: 8px;
      justify-items: center;
      text-align: center;
    }
    p {
      margin: 0;
    }
    .value {
      font-size: 15px;
    }
    .value strong {
      font-size: 22px;
      font-variant-numeric: tabular-nums;
    }
    .row {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      justify-content: center;
    }
    .hint,
    .progress {
      color: var(--_muted);
      font-size: 14px;
      max-width: 32em;
    }
    .primary {
      background: var(--_accent);
      color: var(--_on-accent);
      padding: 0 18px;
    }
    .tap {
      width: min(60cqi, 140px);
      height: min(60cqi, 140px);
      border-radius: 50%;
      font-size: 20px;
      background: var(--_accent);
      color: var(--_on-accent);
    }
    @container (max-width: 240px) {
      .hint {
        font-size: 12px;
      }
    }
  `,
];
