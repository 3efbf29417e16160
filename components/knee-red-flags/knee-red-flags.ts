import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { RED_FLAG_QUESTIONS } from '../../content/red-flags.js';
import { redFlagAdvice, type RedFlagAdvice } from '../../src/program/red-flag-advice.js';
import { baseStyles } from '../shared/base-styles.js';
import { KneeRedFlagsEvent } from './red-flags-events.js';

/**
 * The red-flag check: short yes/no questions about signs that need a clinician rather than an
 * exercise plan (swelling, giving way, locking, an injury at the start, the kneecap slipping
 * out, pain at night or at rest, not being able to lift the straight leg, a hot red knee or a
 * fever, a painful calf, a tender spot on the bone, hip pain or a limp in a young person).
 * Every question must be answered; then it says what the answers mean — get seen today, see a
 * clinician in the next few days, or carry on — and fires `knee-red-flags`.
 *
 * Today asks it on first use and after any score of 7 or more; the run summary and the guided
 * session ask it right where such a score is given. Inside a `<knee-session-log>` (or Today) the
 * answers are kept with the day.
 *
 * @summary The red-flag questions, asked one by one as yes/no.
 *
 * @fires {KneeRedFlagsEvent} knee-red-flags - The user finished the check (`yes`: ids answered yes; `at`). Bubbles, composed.
 *
 * @csspart question - Each question's group.
 * @csspart button - The Done button.
 * @csspart advice - What the answers mean, after Done.
 *
 * @cssprop --knee-accent - Selected answers and the Done button (default #006b4f; dark #37d39a).
 * @cssprop --knee-warning - The advice after a yes (default #b00020; dark #ff8a80).
 */
@customElement('knee-red-flags')
export class KneeRedFlags extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        border-bottom: 1px solid var(--_button-bg);
        margin: 0;
        padding: 6px 0;
        min-inline-size: 0;
      }
      legend {
        padding: 0;
        font-weight: 600;
      }
      .answers {
        display: flex;
        gap: 8px;
        margin-top: 4px;
      }
      label {
        flex: 1;
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 6px;
        min-height: var(--_target);
        border-radius: 10px;
        background: var(--_button-bg);
        cursor: pointer;
      }
      label:has(input:checked) {
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 700;
      }
      label:has(input:focus-visible) {
        outline: 3px solid var(--_accent);
        outline-offset: 2px;
      }
      input {
        width: 18px;
        height: 18px;
        margin: 0;
        accent-color: var(--_on-accent);
      }
      .done {
        margin-top: 10px;
        width: 100%;
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .left {
        font-size: 14px;
        color: var(--_muted);
      }
      [part='advice'] {
        font-weight: 700;
      }
      [part='advice'].flag {
        color: var(--_warning);
      }
      @container (max-width: 299px) {
        legend {
          font-size: 14px;
        }
      }
    `,
  ];

  /** Answers so far, by question id. */
  @state() private answers = new Map<string, boolean>();
  /** What the answers meant, once Done was pressed. */
  @state() private outcome: RedFlagAdvice | null = null;
  @state() private tried = false;

  /** The questions not answered yet. */
  get unanswered(): number {
    return RED_FLAG_QUESTIONS.length - this.answers.size;
  }

  #answer(id: string, yes: boolean) {
    this.answers = new Map(this.answers).set(id, yes);
  }

  #done() {
    this.tried = true;
    if (this.unanswered > 0) {
      // Take the user to the first question still open.
      const open = RED_FLAG_QUESTIONS.find((q) => !this.answers.has(q.id));
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${open!.id}"]`)?.focus();
      return;
    }
    const yes = RED_FLAG_QUESTIONS.filter((q) => this.answers.get(q.id)).map((q) => q.id);
    this.outcome = redFlagAdvice(yes);
    this.dispatchEvent(new KneeRedFlagsEvent(yes, Date.now()));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="advice"]')?.focus());
  }

  override render() {
    if (this.outcome) return html`<p part="advice" class=${this.outcome.urgency ? 'flag' : ''} tabindex="-1" role="status">${this.outcome.text}</p>`;
    return html`${RED_FLAG_QUESTIONS.map(
      (q) => html`<fieldset part="question">
          <legend>${q.question}</legend>
          <div class="answers">
            <label><input type="radio" name=${q.id} .checked=${this.answers.get(q.id) === true} @change=${() => this.#answer(q.id, true)} />Yes</label>
            <label><input type="radio" name=${q.id} .checked=${this.answers.get(q.id) === false} @change=${() => this.#answer(q.id, false)} />No</label>
          </div>
        </fieldset>`,
    )}
      <button part="button" class="done" @click=${this.#done}>Done</button>
      ${this.tried && this.unanswered > 0 ? html`<p class="left" role="alert">Please answer every question (${this.unanswered} left).</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-red-flags': KneeRedFlags;
  }
}
