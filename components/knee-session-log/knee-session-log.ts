import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KneeSessionEvent, KneeSessionPainEvent, KneeSessionProgressEvent, SessionRecord } from '../../src/session-record.js';
import { ActivityLocks } from '../../src/store/activity-locks.js';
import type { ActivityView } from '../../src/activity/activity.js';
import { ActivityRegistry, type ActivityHandle } from '../../src/activity/registry.js';
import { applyDayChange, readDay } from '../../src/program/day-state.js';
import type { KneeRedFlagsEvent } from '../knee-red-flags/red-flags-events.js';
import { downloadText, dateStamp } from '../shared/download.js';
import { exportJSON } from '../../src/store/export.js';
import { sessionStore, type SessionStore } from '../../src/store/session-store.js';
import { dayKey, summarize, type Summary } from '../../src/store/stats.js';
import { StoreError } from '../../src/store/store-error.js';
import { baseStyles } from '../shared/base-styles.js';
import { CHECKPOINT_EVERY } from '../shared/activity-controller.js';
import { KneeSessionSavedEvent, KneeSessionUnsavedEvent } from './session-log-events.js';

/** Events already stored by an inner log, so nested logs do not store them twice. */
const stored = new WeakSet<Event>();
/** First wait before saving again after a failure; doubles up to RETRY_MAX. */
const RETRY_FIRST = 5000;
const RETRY_MAX = 60_000;
/**
 * How often an activity of an element that is not ours (no activity handle on its checkpoints:
 * an embedding page's own component) is checked for having been removed from the page. Ours
 * say so themselves, at once.
 */
const GONE_CHECK = 5000;

/** A handle for checkpoints that came without one: shown by their record, asked nothing. */
class ForeignActivity implements ActivityHandle {
  readonly kind = 'hold' as const;
  constructor(
    readonly id: string,
    readonly element: EventTarget,
    readonly draft: () => SessionRecord | undefined,
  ) {}
  view(): ActivityView {
    const record = this.draft();
    return {
      title: record?.exerciseId ?? 'Activity',
      detail: '',
      elapsedS: record ? (record.endedAt - record.startedAt) / 1000 : 0,
      paused: false,
      pausable: false,
    };
  }
  request() {}
  attach() {}
}

/**
 * Stores every `knee-session` event from the components inside it in this device's session
 * log (IndexedDB). This is how an embedding page records sessions:
 * `<knee-session-log><knee-hold-timer></knee-hold-timer></knee-session-log>`.
 *
 * Nothing is lost:
 * - While an activity runs, its checkpoints (`knee-session-progress`) are kept as a draft in
 *   IndexedDB; a page closed, crashed or killed mid-session leaves a draft that the next log
 *   to start (in any tab) saves as a partial session. Leaving the page while something runs
 *   asks first. An activity removed from the page mid-session is saved as partial.
 * - When storage fails (blocked, not answering, full, missing) the session stays in memory,
 *   the problem is shown in plain words, the sessions can be downloaded, and saving is tried
 *   again by itself (and with "Try saving again").
 *
 * @summary Records the sessions of the components inside it.
 *
 * @slot - The components whose sessions are recorded.
 *
 * @fires {KneeSessionSavedEvent} knee-session-saved - A session was stored (`record`). Bubbles, composed.
 * @fires {KneeSessionUnsavedEvent} knee-session-unsaved - A session could not be stored and is kept in memory (`record`, `message`). Bubbles, composed.
 * Red-flag answers (`knee-red-flags`) from an element inside that does not keep them itself
 * (the run screen's summary) are kept with the day.
 *
 * @fires {KneeSessionSavedEvent} knee-session-recovered - A session left unfinished by a closed or crashed page was saved as partial (`record`). Bubbles, composed.
 *
 * @csspart summary - The compact summary line (with `summary`).
 * @csspart message - The problem message when a session could not be saved.
 * @csspart notice - The note that unfinished sessions from before were saved.
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
      /* A round watch: a message keeps to the circle's middle band, below its narrow top. */
      @container (max-width: 299px) {
        .problem {
          margin: 28px 15cqw 8px;
          text-align: center;
        }
        .row {
          justify-content: center;
        }
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
  /** Why the running activity's checkpoints cannot be written, or ''. */
  @state() private checkpointProblem = '';
  @state() private figures: Summary | null = null;
  @state() private recoveredCount = 0;
  #unsubscribe: (() => void) | null = null;
  /** Running activities by session id. */
  /**
   * The activities running inside, from their first checkpoint until their session is recorded
   * (the app's now-playing strip reads it). One that leaves the page mid-run is saved as partial.
   */
  readonly activities = new ActivityRegistry((draft) => {
    this.#locks.release(draft.id);
    void this.#save(draft);
  });
  readonly #locks = new ActivityLocks();
  #retryTimer = 0;
  /** The latest session save under way, or null. */
  #saving: Promise<void> | null = null;
  #retryWait = RETRY_FIRST;
  #goneTimer = 0;
  #recheckTimer = 0;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('knee-session', this.#onSession);
    this.addEventListener('knee-session-progress', this.#onProgress);
    this.addEventListener('knee-session-pain', this.#onPain);
    this.addEventListener('knee-red-flags', this.#onRedFlags);
    addEventListener('beforeunload', this.#onLeave);
    if (this.summary) this.#watchSummary();
    this.#recovery = this.#recover();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('knee-session', this.#onSession);
    this.removeEventListener('knee-session-progress', this.#onProgress);
    this.removeEventListener('knee-session-pain', this.#onPain);
    this.removeEventListener('knee-red-flags', this.#onRedFlags);
    removeEventListener('beforeunload', this.#onLeave);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#recheckTimer);
    clearInterval(this.#goneTimer);
    this.#goneTimer = 0;
    // Activities still running lose their log: their drafts stay for the next start to recover.
    this.activities.clear();
    this.#locks.releaseAll();
  }

  protected override updated() {
    if (this.summary && !this.#unsubscribe && this.isConnected) this.#watchSummary();
  }

  /**
   * Resolves, after the log connects, with the number of sessions it recovered from pages that
   * were closed or killed mid-session (0 when none, or when storage could not be read).
   */
  get recovery(): Promise<number> {
    return this.#recovery;
  }
  #recovery: Promise<number> = Promise.resolve(0);

  /** True while an activity inside is running (started, not stopped). */
  get active(): boolean {
    return this.activities.size > 0;
  }

  /** Sessions kept in memory because they could not be stored yet. */
  get unsavedSessions(): readonly SessionRecord[] {
    return this.unsaved;
  }

  /**
   * Tries again to store the sessions that could not be saved. Each stays in the unsaved list
   * (and its message and the leave prompt with it) until it is stored.
   */
  async retry(): Promise<void> {
    clearTimeout(this.#retryTimer);
    for (const record of [...this.unsaved]) {
      try {
        await this.store.add(record);
      } catch (error) {
        this.problem = StoreError.from(error).message;
        this.#scheduleRetry();
        return;
      }
      this.unsaved = this.unsaved.filter((r) => r !== record);
      this.dispatchEvent(new KneeSessionSavedEvent(record));
    }
    this.problem = '';
    this.#retryWait = RETRY_FIRST;
  }

  /** Leaving while something runs, or with unsaved sessions: ask the browser to confirm. */
  readonly #onLeave = (event: BeforeUnloadEvent) => {
    if (this.unsaved.length || this.activities.size) event.preventDefault();
  };

  readonly #onProgress = (event: KneeSessionProgressEvent) => {
    if (stored.has(event)) return;
    stored.add(event);
    const record = event.record;
    const handle = event.activity ?? new ForeignActivity(record.id, event.composedPath()[0] ?? this, () => this.activities.draft(record.id));
    if (this.activities.checkpoint(this.activities.get(record.id) ?? handle, record)) {
      this.#locks.hold(record.id);
      if (handle instanceof ForeignActivity) this.#goneTimer ||= window.setInterval(() => this.#saveGone(), GONE_CHECK);
    }
    // A checkpoint that cannot be written (storage full, blocked) is said while the activity
    // goes on: a browser closed now would lose it. The next checkpoint that is written clears it.
    this.store.saveDraft(record).then(
      () => (this.checkpointProblem = ''),
      (error: unknown) => (this.checkpointProblem = StoreError.from(error).message),
    );
  };

  readonly #onSession = (event: KneeSessionEvent) => {
    if (stored.has(event)) return;
    stored.add(event);
    this.#ended(event.record.id);
    const saving = this.#save(event.record);
    this.#saving = saving;
    void saving.finally(() => {
      if (this.#saving === saving) this.#saving = null;
    });
  };

  /** Pain given after a session ended: added to its stored record (or to it while it waits unsaved). */
  readonly #onPain = (event: KneeSessionPainEvent) => {
    const waiting = this.unsaved.findIndex((r) => r.id === event.id);
    if (waiting !== -1) {
      this.unsaved = this.unsaved.map((r, i) => (i === waiting ? { ...r, pain: { before: null, after: null, ...r.pain, ...event.pain } } : r));
      return;
    }
    // The record's own save may still be under way: it goes first (one connection, in order).
    void (this.#saving ?? Promise.resolve())
      .then(() => this.store.setPain(event.id, event.pain))
      .catch((error: unknown) => (this.problem = `The pain score could not be saved: ${StoreError.from(error).message}`));
  };

  /** Red-flag answers given where no element keeps them (a run's summary): kept with the day. */
  readonly #onRedFlags = (event: KneeRedFlagsEvent) => {
    if (event.stored) return;
    event.stored = true;
    const day = dayKey(event.at);
    void this.store
      .updateDay(day, (stored) => applyDayChange(readDay(stored, day), { addRedFlags: { at: event.at, yes: event.yes } }))
      .catch((error: unknown) => (this.problem = `The answers could not be saved: ${StoreError.from(error).message}`));
  };

  #ended(id: string) {
    this.activities.ended(id);
    this.#locks.release(id);
    if (!this.activities.list().some((a) => a instanceof ForeignActivity)) {
      clearInterval(this.#goneTimer);
      this.#goneTimer = 0;
    }
  }

  /** Foreign activities removed from the page mid-session: their last checkpoint is their session. */
  #saveGone() {
    for (const activity of this.activities.list()) {
      if (activity instanceof ForeignActivity && activity.element instanceof Node && !activity.element.isConnected) this.activities.gone(activity.id);
    }
  }

  /**
   * Saves, as partial sessions, the drafts of activities whose page is gone. A draft written
   * moments ago may belong to an activity whose lock is still on its way (without Web Locks:
   * any draft younger than a few checkpoints): it is looked at again once that time has passed.
   */
  async #recover(): Promise<number> {
    try {
      const held = await this.#locks.heldElsewhere();
      const now = Date.now();
      const grace = held ? 2000 : 3 * CHECKPOINT_EVERY;
      let young = false;
      const recovered = await this.store.recoverDrafts((draft) => {
        if (this.activities.get(draft.id) || held?.(draft.id)) return true;
        const isYoung = draft.endedAt > now - grace;
        young ||= isYoung;
        return isYoung;
      });
      if (young) this.#recheckTimer = window.setTimeout(() => void this.#recover(), grace);
      this.recoveredCount += recovered.length;
      for (const record of recovered) this.dispatchEvent(new KneeSessionSavedEvent(record, 'knee-session-recovered'));
      return recovered.length;
    } catch {
      // Storage not available now: the drafts stay where they are for the next start.
      return 0;
    }
  }

  async #save(record: SessionRecord) {
    try {
      await this.store.add(record);
      this.dispatchEvent(new KneeSessionSavedEvent(record));
    } catch (error) {
      const message = StoreError.from(error).message;
      this.unsaved = [...this.unsaved, record];
      this.problem = message;
      this.dispatchEvent(new KneeSessionUnsavedEvent(record, message));
      this.#scheduleRetry();
    }
  }

  /** Saving failed: try again by itself, waiting longer each time (the user can also tap). */
  #scheduleRetry() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = window.setTimeout(() => {
      this.#retryWait = Math.min(RETRY_MAX, this.#retryWait * 2);
      void this.retry();
    }, this.#retryWait);
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
      ${
        this.summary && f
          ? html`<p part="summary" class="summary">
            Today: ${f.today} ${f.today === 1 ? 'session' : 'sessions'} · Streak: ${f.currentStreak}
            ${f.currentStreak === 1 ? 'day' : 'days'}
          </p>`
          : nothing
      }
      ${
        this.checkpointProblem && this.activities.size
          ? html`<p part="message" class="problem message" role="alert">
            ${this.checkpointProblem} What is under way cannot be kept safe now: if the browser closes before it ends, it may be lost. Free
            some space on the device, and keep this page open until it ends.
          </p>`
          : nothing
      }
      <slot></slot>
      ${
        this.recoveredCount
          ? html`<p part="notice" class="summary" role="status">
            ${this.recoveredCount} unfinished ${this.recoveredCount === 1 ? 'session' : 'sessions'} from before ${this.recoveredCount === 1 ? 'was' : 'were'}
            saved to your history as partial.
          </p>`
          : nothing
      }
      ${
        this.unsaved.length
          ? html`<div part="message" class="problem message" role="alert">
            <p>
              ${this.problem} ${this.unsaved.length} ${this.unsaved.length === 1 ? 'session is' : 'sessions are'} kept here and
              saving is tried again by itself; you can also download ${this.unsaved.length === 1 ? 'it' : 'them'}.
            </p>
            <div class="row">
              <button part="button" @click=${this.#download}>Download unsaved</button>
              <button part="button" @click=${() => void this.retry()}>Try saving again</button>
            </div>
          </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-session-log': KneeSessionLog;
  }
}
