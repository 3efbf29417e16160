import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { MAX_PAIN, MIN_PAIN, type Pain } from '../../src/program/limits.js';
import { adviseOnScore, type ScoreActivity, type ScoreAdvice } from '../../src/program/score-rules.js';

/** Styles for the "It hurts" control: add them to the element's styles. */
export const painDuringStyles = css`
  .hurts-row {
    display: flex;
    justify-content: center;
    margin-top: 6px;
  }
  .hurts {
    font-size: 14px;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(6, minmax(var(--_target), 1fr));
    gap: 4px;
    margin: 6px 0;
  }
  .scale button {
    padding: 0;
    font-weight: 700;
  }
  .scale legend {
    grid-column: 1 / -1;
    font-size: 14px;
    padding: 0;
  }
  fieldset.scale {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .pain-advice {
    font-size: 14px;
    margin: 4px 0;
  }
  .pain-advice.stop {
    color: var(--_warning);
    font-weight: 700;
  }
  @container (max-width: 299px) {
    .scale {
      grid-template-columns: repeat(3, var(--_target));
      justify-content: center;
    }
  }
`;

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

/**
 * "It hurts" during an activity: one tap opens a 0–10 scale, one more records the score. The
 * highest score given is the session's `pain.during`; the rules table's score rows
 * (src/program/score-rules.ts) say at once what it means, and `onScore` lets the host act on it
 * (stop the set, pause the beat). Cleared with `reset()` when a new activity starts.
 */
export class PainDuringController implements ReactiveController {
  /** The highest score given during the current activity, or null. */
  highest: Pain | null = null;
  advice: ScoreAdvice | null = null;
  #open = false;
  readonly #host: Host;
  readonly #activity: () => ScoreActivity;
  readonly #onScore: (pain: Pain, advice: ScoreAdvice) => void;
  readonly #runLimit: () => Pain | undefined;

  /** `runLimit`: the running limit in force, when not the app's (a clinician's plan). */
  constructor(
    host: Host,
    activity: () => ScoreActivity,
    onScore: (pain: Pain, advice: ScoreAdvice) => void,
    runLimit: () => Pain | undefined = () => undefined,
  ) {
    this.#host = host;
    this.#activity = activity;
    this.#onScore = onScore;
    this.#runLimit = runLimit;
    host.addController(this);
  }

  hostConnected() {}

  reset() {
    this.highest = null;
    this.advice = null;
    this.#open = false;
    this.#host.requestUpdate();
  }

  /** Records a score as if tapped (scripts and tests). */
  give(pain: Pain) {
    this.#open = false;
    this.highest = Math.max(this.highest ?? MIN_PAIN, pain);
    this.advice = adviseOnScore(pain, this.#activity(), this.#runLimit());
    this.#host.requestUpdate();
    this.#onScore(pain, this.advice);
  }

  /** The control: "It hurts…" (when `active`), the scale while open, and the advice for the last score. */
  render(active: boolean) {
    const advice = this.advice
      ? html`<p class=${`pain-advice ${this.advice.action === 'carry-on' ? '' : 'stop'}`} role=${this.advice.action === 'carry-on' ? 'status' : 'alert'}>${this.advice.message}</p>`
      : nothing;
    if (this.#open)
      return html`<fieldset class="scale">
          <legend>How much does the knee hurt? 0 none, 10 worst</legend>
          ${Array.from({ length: MAX_PAIN - MIN_PAIN + 1 }, (_, pain) => html`<button part="button" aria-label=${`Pain ${pain} of 10`} @click=${() => this.give(pain)}>${pain}</button>`)}
          <button part="button" aria-label="Cancel" @click=${() => this.#toggle(false)}>✕</button>
        </fieldset>
        ${advice}`;
    return html`${active ? html`<div class="hurts-row"><button part="button" class="hurts" @click=${() => this.#toggle(true)}>It hurts…</button></div>` : nothing}${advice}`;
  }

  #toggle(open: boolean) {
    this.#open = open;
    this.#host.requestUpdate();
    // The scale replaces the button: focus moves to its first choice, and back after Cancel.
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(open ? '.scale button' : '.hurts')?.focus());
  }
}
