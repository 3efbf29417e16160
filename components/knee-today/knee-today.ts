import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { FIRST_USE_NOTE, NOT_MEDICAL_ADVICE, PAIN_SCALE_NOTE, READINESS_NOTE, RED_FLAGS, SETBACK_NOTE } from '../../content/guidance.js';
import { LEVEL_NAMES, type Level } from '../../content/types.js';
import { emptyDay, itemStatuses, readDay, type DayState, type ItemStatus } from '../../src/program/day-state.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import type { RoutineItem } from '../../src/program/routine.js';
import { PROGRESSION_RULE, adviseLevel, checkReadiness, dayResult, type DayResult, type LevelAdvice, type Readiness } from '../../src/program/rules.js';
import { KneeSessionEvent, sessionRecord, type RoutineSessionRecord, type SessionRecord } from '../../src/session-record.js';
import { sessionStore, type SessionStore } from '../../src/store/session-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { dayKey } from '../../src/store/stats.js';
import { baseStyles } from '../shared/base-styles.js';
import { painPicker, painPickerStyles, stepPain } from '../shared/pain-picker.js';
import { KneeLevelChangeEvent } from './today-events.js';

const DAY = 86_400_000;

/**
 * Today's routine for the user's level (about 15 minutes, quad sets twice a day), with a
 * readiness check before, pain before and after, check-offs from the session log, the next
 * step, and the program's rules stated plainly: when to scale back, when to move up, and the
 * red flags that mean seeing a clinician.
 *
 * Put it inside a `<knee-session-log>` so the sessions it produces are stored. The day's
 * answers (readiness, pain after) are kept in the log's IndexedDB, so the day survives views,
 * reloads and restarts. The user's level is the owner's to keep: set `level`, and store the
 * new level when `knee-level-change` says the program moved it.
 *
 * @summary Today's rehab routine with readiness and pain prompts.
 *
 * @fires {KneeSessionEvent} knee-session - When the day's routine is finished: a `routine` record with pain before and after. (The exercises inside fire their own.) Bubbles, composed.
 * @fires {KneeLevelChangeEvent} knee-level-change - The program moved the user's level (up after enough good days), once the log has been read (`level`). Bubbles, composed.
 *
 * The element has the `guiding` attribute while its guided session shows (for a page to give
 * it the whole screen).
 *
 * @csspart button - Every button.
 * @csspart routine - The list of today's exercises.
 *
 * @cssprop --knee-accent - Buttons, ticks and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 */
@customElement('knee-today')
export class KneeToday extends LitElement {
  static override styles = [
    baseStyles,
    painPickerStyles,
    css`
      h2 {
        font-size: 20px;
        margin: 0 0 4px;
      }
      p {
        margin: 6px 0;
      }
      .muted {
        color: var(--_muted);
        font-size: 14px;
      }
      .prompt {
        display: flex;
        flex-direction: column;
        gap: 8px;
        margin: 12px 0;
      }
      .primary {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 8px 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 48px;
        border-bottom: 1px solid var(--_button-bg);
      }
      .tick.partial {
        color: var(--_muted);
      }
      .tick {
        width: 24px;
        text-align: center;
        font-weight: 800;
        color: var(--_accent);
      }
      .what {
        flex: 1;
      }
      .what small {
        display: block;
        color: var(--_muted);
      }
      details {
        margin: 8px 0;
      }
      summary {
        min-height: var(--_target);
        display: flex;
        align-items: center;
        cursor: pointer;
        font-weight: 700;
        list-style: none;
      }
      summary::before {
        content: '▸';
        width: 1.2em;
      }
      details[open] > summary::before {
        content: '▾';
      }
      knee-exercise {
        margin: 12px 0;
      }
      /* A watch: the level, today's one next step as the one primary action, the rest on a phone. */
      @container (max-width: 299px) {
        .count {
          display: block;
        }
        h2 {
          font-size: 15px;
          text-align: center;
        }
        p {
          font-size: 14px;
          margin: 4px 0;
        }
        .prompt {
          gap: 4px;
          margin: 6px 0;
        }
        .next-start {
          display: block;
          width: 100%;
          margin: 6px 0;
        }
        [part='routine'] {
          display: none;
        }
        .finish {
          background: var(--_button-bg);
          color: var(--_fg);
          width: 100%;
        }
      }
    `,
  ];

  /** Where today's sessions are read from and the day's answers kept (default: the app's log). */
  @property({ attribute: false }) store: SessionStore = sessionStore;

  /** The user's program level, 1–4 (default 1); the owner keeps it (see `knee-level-change`). */
  @property({ type: Number }) level: Level = 1;
  /** Passed to the exercises: vibrate at phase changes. */
  @property({ type: Boolean }) haptic = false;
  /** Passed to the exercises: spoken phase cues. */
  @property({ type: Boolean }) voice = false;
  /** Passed to the exercises: cue loudness, 0–1. */
  @property({ type: Number }) volume = 0.9;
  /** Passed to the exercises: `locked` (default, keeps sounding when the screen locks) or `mix` (plays along with music). */
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';

  @state() private library: Library | null = null;
  @state() private advice: LevelAdvice | null = null;
  @state() private todays: SessionRecord[] = [];
  @state() private open: string | null = null;
  @state() private painDraft = 0;
  @state() private askingPainAfter = false;
  /** Today's answers, as stored. */
  @state() private dayState: DayState = emptyDay(dayKey(Date.now()));
  @state() private problem = '';
  /** No session in the last two weeks: a new user, or one back after a break. */
  @state() private firstUse = false;
  /** The guided session is showing (instead of the list). */
  @state() private guided = false;
  #unsubscribe: (() => void) | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('knee-session', this.#onSession);
    this.#unsubscribe = this.store.onChange(() => void this.#load());
    void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('knee-session', this.#onSession);
    this.#unsubscribe?.();
  }

  protected override updated() {
    // Styled from outside: a page (the app on a watch) gives a running session the whole screen.
    this.toggleAttribute('guiding', this.guided);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A level set from outside (not the one we just reported): plan again from it.
    if (changed.has('level') && changed.get('level') !== undefined && this.level !== this.advice?.base) void this.#load();
  }

  /** Reads today's answers, today's sessions and the last two weeks' routines, and works out today's level. */
  async #load() {
    this.library ??= await loadLibrary();
    const now = Date.now();
    const today = dayKey(now);
    let recent: SessionRecord[] = [];
    try {
      const [list, stored] = await Promise.all([this.store.list({ from: now - 15 * DAY }), this.store.getDay(today)]);
      recent = list.records;
      this.dayState = readDay(stored, today);
      this.problem = '';
    } catch (error) {
      // No history readable: plan from the level alone, and say that answers may not be kept.
      this.problem = `Today's answers may not be kept: ${StoreError.from(error).message}`;
      if (this.dayState.day !== today) this.dayState = emptyDay(today);
    }
    this.todays = recent.filter((r) => dayKey(r.startedAt) === today);
    this.firstUse = recent.length === 0;
    const advice = adviseLevel(this.level, routineDays(recent), today);
    this.advice = advice;
    if (advice.base !== this.level) this.dispatchEvent(new KneeLevelChangeEvent(advice.base));
  }

  /** Keeps the day's answers (and shows them at once, stored or not). */
  async #saveDay(change: Partial<DayState>) {
    this.dayState = { ...this.dayState, ...change };
    try {
      await this.store.putDay(this.dayState.day, this.dayState);
    } catch (error) {
      this.problem = `Today's answers may not be kept: ${StoreError.from(error).message}`;
    }
  }

  /** Exercises finished inside us: check them off at once (the log stores them too). */
  readonly #onSession = (event: KneeSessionEvent) => {
    // Our own routine record (composed events from inside are retargeted to us, so compare the origin).
    if (event.composedPath()[0] === this) return;
    const record = event.record;
    this.todays = [...this.todays, record];
    this.open = null;
    // The guided session's end is the day's end.
    if (record.kind === 'routine') void this.#saveDay({ finishedAt: record.endedAt, painAfter: record.pain?.after ?? null });
  };

  /** Opens the guided session with what is left of today's routine. */
  #startGuided() {
    void import('../knee-guided-session/knee-guided-session.js');
    this.open = null;
    this.guided = true;
  }

  /**
   * Shows an exercise card. Its element (and the hold timer in it) is loaded then, not with
   * the day's plan: Today is the app's first view, and most of a visit is spent reading it.
   */
  #openExercise(id: string) {
    void import('../knee-exercise/knee-exercise.js');
    this.open = id;
  }

  get #readiness(): Readiness | null {
    const pain = this.dayState.readinessPain;
    return pain === null ? null : checkReadiness(pain, this.advice?.level ?? this.level);
  }

  get #level(): Level {
    return this.#readiness?.level ?? this.advice?.level ?? this.level;
  }

  get #routine(): RoutineItem[] {
    const items = this.library!.routineFor(this.#level, Math.floor(Date.now() / DAY));
    return this.#readiness?.verdict === 'rest' ? items.filter((i) => i.exercise.kind === 'stretch') : items;
  }

  #answerReadiness() {
    void this.#saveDay({ readinessPain: this.painDraft, answeredAt: Date.now() });
    this.painDraft = 0;
  }

  #finishRoutine() {
    const items = this.#routine;
    const status = itemStatuses(items, this.todays);
    const now = Date.now();
    const startedAt = this.dayState.answeredAt ?? now;
    this.askingPainAfter = false;
    void this.#saveDay({ finishedAt: now, painAfter: this.painDraft });
    this.dispatchEvent(
      new KneeSessionEvent(
        sessionRecord<RoutineSessionRecord>({
          kind: 'routine',
          exerciseId: null,
          startedAt,
          endedAt: now,
          complete: status.every((s) => s === 'done'),
          planned: { exerciseIds: items.map((i) => i.exercise.id), level: this.#level },
          done: { exerciseIds: items.filter((_, i) => status[i] === 'done').map((i) => i.exercise.id) },
          pain: { before: this.dayState.readinessPain, after: this.painDraft },
        }),
      ),
    );
  }

  #renderPainPrompt(question: string | TemplateResult, action: string, onDone: () => void, note = PAIN_SCALE_NOTE) {
    return html`<div class="prompt" role="group" aria-labelledby="pain-question">
      <p id="pain-question">${question}</p>
      ${painPicker(this.painDraft, (delta) => (this.painDraft = stepPain(this.painDraft, delta)))}
      <button part="button" class="primary" @click=${onDone}>${action}</button>
      <p class="muted roomy">${note}</p>
    </div>`;
  }

  #renderItem(item: RoutineItem, status: ItemStatus) {
    const note = status === 'done' ? ' · done' : status === 'partial' ? ' · partly done' : '';
    return html`<li>
      <span class="tick ${status}" aria-hidden="true">${status === 'done' ? '✓' : status === 'partial' ? '½' : ''}</span>
      <span class="what"
        ><span class="name">${item.exercise.name}${item.slot === 'evening' ? ' (evening)' : ''}</span>
        <small>${this.library!.describeDosage(item.exercise.dosage)}${note}</small></span
      >
      ${
        status === 'done'
          ? nothing
          : html`<button part="button" aria-label=${`${status === 'partial' ? 'Finish' : 'Start'} ${item.exercise.name}`} @click=${() => this.#openExercise(item.exercise.id)}>
            ${status === 'partial' ? 'Finish' : 'Start'}
          </button>`
      }
    </li>`;
  }

  #renderGuided() {
    const items = this.#routine;
    const status = itemStatuses(items, this.todays);
    return html`<knee-guided-session
        .items=${items.filter((_, i) => status[i] !== 'done')}
        .painBefore=${this.dayState.readinessPain}
        .level=${this.#level}
        ?haptic=${this.haptic}
        ?voice=${this.voice}
        .volume=${this.volume}
        .audioMode=${this.audioMode}
      ></knee-guided-session>
      <button part="button" class="finish" @click=${() => (this.guided = false)}>Back to today's list</button>`;
  }

  #renderRoutine() {
    const items = this.#routine;
    const status = itemStatuses(items, this.todays);
    const next = items.find((_, i) => status[i] !== 'done');
    const finished = this.dayState.finishedAt !== null;
    return html`
      ${this.#readiness ? html`<p role="status">${this.#readiness.message}</p>` : nothing}
      <p><b>${next ? `Next: ${next.exercise.name}${next.slot === 'evening' ? ' (evening round)' : ''}` : 'All done for today.'}</b>
        <span class="compact muted count">${status.filter((s) => s === 'done').length} of ${items.length} done</span></p>
      ${
        next && !finished
          ? html`<button part="button" class="primary next-start" @click=${() => this.#startGuided()}>
            <span class="roomy">Start today's session</span><span class="compact">Start session</span>
          </button>`
          : nothing
      }
      <ul part="routine" aria-label="Today's exercises">
        ${items.map((item, i) => this.#renderItem(item, status[i]!))}
      </ul>
      ${
        this.open
          ? html`<knee-exercise exercise=${this.open} ?haptic=${this.haptic} ?voice=${this.voice} .volume=${this.volume} .audioMode=${this.audioMode}></knee-exercise>`
          : nothing
      }
      ${
        finished
          ? html`<p role="status">Today is done and saved (pain ${this.dayState.readinessPain ?? '–'} before, ${this.dayState.painAfter ?? '–'} after). See you tomorrow.</p>`
          : this.askingPainAfter
            ? this.#renderPainPrompt('How does your knee feel now?', 'Finish today', () => this.#finishRoutine())
            : html`<button part="button" class="primary finish" @click=${() => (this.askingPainAfter = true)}>
              ${next ? 'Finish for today' : 'Rate pain and finish'}
            </button>`
      }
    `;
  }

  override render() {
    if (!this.advice || !this.library) return html`<p class="muted" role="status">Loading today's plan…</p>`;
    // The guided session takes the whole element: its timer must be in view.
    if (this.guided) return this.#renderGuided();
    const level = this.#level;
    return html`
      <h2>Today · Level ${level}</h2>
      <p class="muted roomy">${LEVEL_NAMES[level]}</p>
      <p class=${this.advice.change === 'stay' ? 'roomy' : ''}>${this.advice.message}</p>
      ${this.problem ? html`<p class="muted" role="alert">${this.problem}</p>` : nothing}
      ${this.firstUse ? html`<p class="roomy"><b>${FIRST_USE_NOTE}</b></p>` : nothing}
      ${
        this.#readiness
          ? this.#renderRoutine()
          : this.#renderPainPrompt(
              html`<span class="roomy">Before you start: do a small knee bend (a quarter squat). How much does it hurt?</span
              ><span class="compact">Small knee bend: how much does it hurt?</span>`,
              'Check',
              () => this.#answerReadiness(),
              READINESS_NOTE,
            )
      }
      <div class="roomy">
        <details>
          <summary>How the program moves on</summary>
          <p>${PROGRESSION_RULE}</p>
          <p>${SETBACK_NOTE}</p>
        </details>
        <details>
          <summary>See a clinician if…</summary>
          <ul>
            ${RED_FLAGS.map((flag) => html`<li>${flag}</li>`)}
          </ul>
        </details>
        <p class="muted">${NOT_MEDICAL_ADVICE}</p>
      </div>
    `;
  }
}

/** One result per day from the routine records: the day's level, completion and highest pain. */
function routineDays(records: readonly SessionRecord[]): DayResult[] {
  const byDay = new Map<string, DayResult>();
  for (const r of records) {
    if (r.kind !== 'routine') continue;
    const level = Math.min(4, Math.max(1, r.planned.level)) as Level;
    const result = dayResult(r.startedAt, level, r.complete, [r.pain?.before ?? null, r.pain?.after ?? null]);
    const seen = byDay.get(result.day);
    byDay.set(
      result.day,
      seen
        ? {
            ...seen,
            complete: seen.complete || result.complete,
            maxPain: seen.maxPain === null ? result.maxPain : result.maxPain === null ? seen.maxPain : Math.max(seen.maxPain, result.maxPain),
          }
        : result,
    );
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-today': KneeToday;
  }
}
