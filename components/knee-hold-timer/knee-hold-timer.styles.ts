import { css } from 'lit';

/*
 * Compact (< 300 px wide) fits a 200–240 px round watch: the ring is the face's edge and the
 * content column stays inside the inscribed circle. Roomy (≥ 300 px) is for phones.
 */
export const holdTimerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    contain: layout style;
    --_fg: var(--knee-fg, #111);
    --_muted: var(--knee-muted, #444);
    --_bg: var(--knee-bg, #fff);
    --_accent: var(--knee-accent, #006b4f);
    --_hold: var(--knee-hold-color, #b3261e);
    --_rest: var(--knee-rest-color, var(--_accent));
    --_track: var(--knee-track, #dde5e2);
    --_button-bg: var(--knee-button-bg, #e8eeec);
    --_on-accent: var(--knee-on-accent, #fff);
    color: var(--_fg);
    font-family: var(--knee-font, system-ui, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--knee-fg, #f2f2f2);
      --_muted: var(--knee-muted, #c4c4c4);
      --_bg: var(--knee-bg, #000);
      --_accent: var(--knee-accent, #37d39a);
      --_hold: var(--knee-hold-color, #ff8a80);
      --_track: var(--knee-track, #2a3230);
      --_button-bg: var(--knee-button-bg, #1f2624);
      --_on-accent: var(--knee-on-accent, #000);
    }
  }
  :host([hidden]) {
    display: none;
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
    transition: stroke-dashoffset 0.1s linear;
  }
  .face[data-phase='hold'] .progress {
    stroke: var(--_hold);
  }
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
    font-size: 44px;
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    font-size: 12px;
    color: var(--_muted);
    text-align: center;
    max-width: 140px;
  }
  .row {
    display: flex;
    gap: 6px;
    margin-top: 4px;
  }
  button {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: 0 8px;
    border: 2px solid transparent;
    border-radius: 999px;
    background: var(--_button-bg);
    color: inherit;
    font: inherit;
    font-size: 14px;
    font-weight: 700;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
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
    font-size: 11px;
    max-width: 140px;
    text-align: center;
    color: var(--knee-warning, #b00020);
  }
  @media (prefers-color-scheme: dark) {
    .message {
      color: var(--knee-warning, #ff8a80);
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  @media (prefers-reduced-motion: reduce) {
    .progress {
      transition: none;
    }
  }
`;
