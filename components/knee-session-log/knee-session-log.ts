import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KneeSessionEvent, SessionRecord } from '../../src/session-record.js';
import { downloadText, dateStamp } from '../../src/store/download.js';
import { exportJSON } from '../../src/store/export.js';
import { sessionStore, type SessionStore } from '../../src/store/session-store.js';
import { summarize, type Summary } from '../../src/store/stats.js';
import { StoreError } from '../../src/store/store-error.js';
import { baseStyles } from '../shared/base-styles.js';
import { KneeSessionSavedEvent, KneeSessionUnsavedEvent } from './session-log-events.js';

/** Events already stored by an inner log, so nested logs do not store them twice. */
const stored = new WeakSet<Event>();

/**
 * Stores every `knee-session` event from the components inside it in this device's session
 * log (IndexedDB). This is how an embedding page records sessions:
 * `<knee-session-log><knee-hold-timer></knee-hold-timer></knee-session-log>`.
 *
 * When storage fails (blocked, full, missing) nothing is lost: the session stays in memory,
 * the problem is shown, and the unsaved sessions can be downloaded or saved again.
 *
 * @summary Records the sessions of the components inside it.
 *
 * @slot - The components whose sessions are recorded.
 *
 * @fires {KneeSessionSavedEvent} knee-session-saved - A session was stored (`record`). Bubbles, composed.
 * @fires {KneeSessionUnsavedEvent} knee-session-unsaved - A session could not be stored and is kept in memory (`record`, `message`). Bubbles, composed.
 *
 * @csspart summary - The compact summary line (with `summary`).
 * @csspart message - The problem message when a session could not be saved.
 * @csspart button - The download and retry buttons.
 *
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Summary text colour (default #444; dark #c4c4c4).
 * @cssprop --knee-warning - Problem message colour (default #b00020; dark #ff8a80).
 * @cssprop --knee-accent - Focus ring (default #006b4f; dark #37d39a).
 */
@customElement('knee-session-log')
export class KneeSessionLog extends LitElement {
  static override styles = [
    baseStyles,
    css`
          .summary {
        margin: 4px 0;
        font-size: 14px;
        color: var(--_muted);
        text-align: center;
      }
      .problem {
        margin: 8px 0;
        font-size: 14px;
      }
      .problem p {
        margin: 0 0 6px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
      }
    `,
  ];

  /** Where sessions are stored (default: the app's log, database `kneebeat`). */
  @property({ attribute: false }) store: SessionStore = sessionStore;

  /** Show a one-line summary: today's sessions and the current streak. */
  @property({ type: Boolean, reflect: true }) summary = false;

  /** Sessions that could not be stored yet; kept until saved or downloaded. */
  @state() private unsaved: SessionRecord[] = [];
  @state() private problem = '';
  @state() private figures: Summary | null = null;
  #unsubscribe: (() => void) | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('knee-session', this.#onSession);
    addEventListener('beforeunload', this.#onLeave);
    if (this.summary) this.#watchSummary();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('knee-session', this.#onSession);
    removeEventListener('beforeunload', this.#onLeave);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override updated() {
    if (this.summary && !this.#unsubscribe && this.isConnected) this.#watchSummary();
  }

  /** Tries again to store the sessions that could not be saved. */
  async retry(): Promise<void> {
    const waiting = this.unsaved;
    this.unsaved = [];
    this.problem = '';
    for (const record of waiting) await this.#save(record);
  }

  /** Leaving with unsaved sessions: ask the browser to confirm, so they are not lost unseen. */
  readonly #onLeave = (event: BeforeUnloadEvent) => {
    if (this.unsaved.length) event.preventDefault();
  };

  readonly #onSession = (event: KneeSessionEvent) => {
    if (stored.has(event)) return;
    stored.add(event);
    void this.#save(event.record);
  };

  async #save(record: SessionRecord) {
    try {
      await this.store.add(record);
      this.dispatchEvent(new KneeSessionSavedEvent(record));
    } catch (error) {
      const message = StoreError.from(error).message;
      this.unsaved = [...this.unsaved, record];
      this.problem = message;
      this.dispatchEvent(new KneeSessionUnsavedEvent(record, message));
    }
  }

  #watchSummary() {
    const refresh = async () => {
      try {
        this.figures = summarize(await this.store.startTimes(), Date.now());
      } catch {
        this.figures = null; // the problem line says why when a save fails; reading is best-effort
      }
    };
    this.#unsubscribe = this.store.onChange(() => void refresh());
    void refresh();
  }

  #download() {
    downloadText(exportJSON(this.unsaved), `kneebeat-unsaved-${dateStamp()}.json`, 'application/json');
  }

  override render() {
    const f = this.figures;
    return html`
      ${this.summary && f
        ? html`<p part="summary" class="summary">
            Today: ${f.today} ${f.today === 1 ? 'session' : 'sessions'} · Streak: ${f.currentStreak}
            ${f.currentStreak === 1 ? 'day' : 'days'}
          </p>`
        : nothing}
      <slot></slot>
      ${this.unsaved.length
        ? html`<div part="message" class="problem message" role="alert">
            <p>
              ${this.problem} ${this.unsaved.length} ${this.unsaved.length === 1 ? 'session is' : 'sessions are'} kept
              here until you save or download ${this.unsaved.length === 1 ? 'it' : 'them'}.
            </p>
            <div class="row">
              <button part="button" @click=${this.#download}>Download unsaved</button>
              <button part="button" @click=${() => void this.retry()}>Try saving again</button>
            </div>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-session-log': KneeSessionLog;
  }
}
