import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';
import { painDuringStyles } from '../shared/pain-during.js';

/*
 * Compact (< 300 px wide) fits a 200–240 px round watch: the ring is the face's edge and the
 * content column stays inside the inscribed circle. Roomy (≥ 300 px) is for phones.
 */
export const holdTimerStyles = [
  baseStyles,
  painDuringStyles,
  css`
  :host {
    contain: layout style;
    --_hold: var(--knee-hold-color, light-dark(#b3261e, #ff8a80));
    --_rest: var(--knee-rest-color, var(--_accent));
    --_track: var(--knee-track, light-dark(#dde5e2, #2a3230));
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_hold: var(--knee-hold-color, #b3261e);
      --_track: var(--knee-track, #dde5e2);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_hold: var(--knee-hold-color, #ff8a80);
        --_track: var(--knee-track, #2a3230);
      }
    }
  }
  .face {
    position: relative;
    box-sizing: border-box;
    aspect-ratio: 1;
    max-width: 100%;
    max-height: 100%;
    margin: 0 auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0;
    background: var(--_bg);
    border-radius: 50%;
  }
  .ring {
    /* Round (the test of a watch's circle reads the rounding). */
    border-radius: 50%;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
    pointer-events: none;
  }
  .ring circle {
    fill: none;
    stroke-width: 6;
  }
  .track {
    stroke: var(--_track);
  }
  .progress {
    stroke: var(--_rest);
    stroke-linecap: round;
  }
  .face[data-phase='hold'] .progress {
    stroke: var(--_hold);
  }
  /* Compact: the count scales with the face (cqi: the element's width); no text below 12 px, 14 px for the phase. */
  .phase {
    font-size: 14px;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .face[data-phase='hold'] .phase {
    color: var(--_hold);
  }
  .seconds {
    font-size: clamp(32px, 24cqi, 44px);
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    font-size: 12px;
    color: var(--_muted);
    text-align: center;
    max-width: min(140px, 72cqi);
  }
  .row {
    display: flex;
    gap: 6px;
    margin-top: 4px;
  }
  button {
    padding: 0 8px;
  }
  .icon {
    width: 20px;
    height: 20px;
    fill: currentColor;
    display: block;
    margin: auto;
  }
  .primary {
    min-width: 60px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .message {
    margin: 0;
    font-size: 12px;
    max-width: 140px;
    text-align: center;
  }
  @container (min-width: 300px) {
    .face {
      max-width: 420px;
      gap: 6px;
    }
    .phase {
      font-size: 22px;
    }
    .seconds {
      font-size: 96px;
    }
    .detail {
      font-size: 16px;
      max-width: 240px;
    }
    .row {
      gap: 10px;
      margin-top: 10px;
    }
    button {
      min-width: 56px;
      min-height: 56px;
      font-size: 17px;
    }
    .primary {
      min-width: 110px;
    }
    .message {
      font-size: 14px;
      max-width: 260px;
    }
  }
`,
];
