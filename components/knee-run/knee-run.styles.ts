import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

/*
 * One column. Compact (< 300 px, a watch): the time and the metronome fill the first screen;
 * plan and advice follow below it (the crown scrolls to them). Roomy: a phone or a page.
 */
export const runStyles = [
  baseStyles,
  css`
    .screen {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 8px;
    }
    #summary-title:focus {
      outline: none;
    }
    .clock {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .elapsed {
      font-size: 56px;
      font-weight: 800;
      font-variant-numeric: tabular-nums;
      line-height: 1;
    }
    .status {
      font-size: 16px;
      color: var(--_muted);
      text-align: center;
    }
    .tempo {
      font-size: 16px;
      font-weight: 700;
    }
    .run-controls {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 6px;
      margin-top: 6px;
    }
    .run-controls .go {
      min-width: 96px;
    }
    .stop.armed {
      background: var(--_warning);
      color: var(--_bg);
    }
    .clock[hidden],
    knee-metronome[hidden] {
      display: none;
    }
    .target {
      margin: 0;
      font-size: 15px;
      text-align: center;
    }
    .measure .reading {
      margin: 0;
      font-size: 16px;
    }
    .measure .reading b {
      font-size: 32px;
      font-variant-numeric: tabular-nums;
    }
    .zone {
      margin-left: 8px;
      font-weight: 700;
    }
    .zone-low {
      color: var(--_warning);
    }
    .zone-in {
      color: var(--_accent);
    }
    .note {
      margin: 0;
      color: var(--_muted);
    }
    .check {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: var(--_target);
    }
    .check input {
      width: 24px;
      height: 24px;
    }
    .plan,
    .measure {
      /* A fieldset is at least as wide as its widest option by default: let it shrink. */
      min-width: 0;
      border: 1px solid var(--_button-bg);
      border-radius: 12px;
      padding: 8px 12px;
      display: flex;
      flex-direction: column;
      gap: 8px;
      font-size: 15px;
    }
    .plan select,
    .plan input,
    .measure select {
      min-height: var(--_target);
      font: inherit;
      color: inherit;
      background: var(--_button-bg);
      border: 0;
      border-radius: 8px;
      padding: 0 8px;
    }
    .custom {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(90px, 1fr));
      gap: 8px;
    }
    .custom label {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .problem {
      color: var(--_warning);
      margin: 0;
    }
    .advice {
      margin: 0;
      padding-left: 1.2em;
      font-size: 15px;
      line-height: 1.4;
    }
    .summary {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      text-align: center;
    }
    .summary h2 {
      margin: 0;
      font-size: 20px;
    }
    .summary dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 2px 12px;
      margin: 0;
      font-size: 16px;
    }
    .summary dt {
      color: var(--_muted);
      text-align: right;
    }
    .summary dd {
      margin: 0;
      text-align: left;
      font-weight: 700;
    }
    .question,
    .answer,
    .saved {
      margin: 0;
      font-size: 16px;
    }
    .saved:empty {
      display: none;
    }
    .primary {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    @container (max-width: 299px) {
      /* A watch: before the run, the metronome face fills the first screen (inside the circle);
         the time follows under it, then plan and advice (the crown scrolls to them). During
         the run the first screen is the run itself — the time, the interval and its time left,
         the tempo, Pause (and, paused, Stop) — and the face below it is for the tempo. */
      .clock {
        order: 1;
      }
      .screen.active .clock {
        order: -1;
        min-height: calc(100cqw - 16px);
        justify-content: center;
      }
      .screen.active knee-metronome::part(toggle),
      .screen.active knee-metronome::part(stop),
      .screen.active knee-metronome::part(tap-button) {
        display: none;
      }
      /* The round face is the first screen. */
      knee-metronome {
        order: 0;
        aspect-ratio: 1;
        --knee-face-radius: 50%;
      }
      .target,
      .measure,
      .plan,
      .advice {
        order: 2;
      }
      /* Below the round face, the rest keeps to the circle's middle band (15 % in from each
         side), and the page ends with room to scroll its last line to the middle. */
      .clock,
      .target,
      .measure,
      .plan,
      .advice,
      .summary {
        margin-inline: 15cqw;
      }
      .screen {
        padding-bottom: 30cqw;
      }
      .elapsed {
        font-size: 32px;
      }
      .status,
      .target,
      .plan,
      .advice,
      .summary dl,
      .question,
      .answer,
      .saved {
        font-size: 14px;
      }
      .custom {
        grid-template-columns: 1fr;
      }
      /* Inside the circle: start below its narrow top, and one column of short lines. */
      .summary {
        padding-top: 28px;
      }
      .summary h2 {
        font-size: 18px;
      }
      .summary dl {
        grid-template-columns: auto;
        gap: 0;
      }
      .summary dt,
      .summary dd {
        text-align: center;
      }
    }
  `,
];
