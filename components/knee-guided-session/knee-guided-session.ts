import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { keyed } from 'lit/directives/keyed.js';
import { PAIN_SCALE_NOTE } from '../../content/guidance.js';
import { adviseOnScore } from '../../src/program/score-rules.js';
import { HOP_ORDER, RED_FLAG_CHECK_PAIN } from '../../src/program/limits.js';
import { dayKey, numberOfKey } from '../../src/store/stats.js';
import { GuidedSession, REST_BETWEEN, type GuidedResult } from '../../src/program/guided-session.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import type { RoutineItem } from '../../src/program/routine.js';
import { sessionRecord, type KneeSessionEvent, type RoutineSessionRecord } from '../../src/session-record.js';
import type { ActivityView } from '../../src/activity/activity.js';
import { ActivityController } from '../shared/activity-controller.js';
import type { Level } from '../../content/types.js';
import { baseStyles } from '../shared/base-styles.js';
import { painPicker, painPickerStyles, stepPain } from '../shared/pain-picker.js';
import '../knee-exercise/knee-exercise.js';
import '../knee-red-flags/knee-red-flags.js';

const RESULT_WORDS: Record<GuidedResult, string> = { done: 'done', partial: 'partly done', skipped: 'skipped' };

const minutes = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  return m >= 1 ? `${m} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`;
};

/**
 * Today's routine as one guided session: pain before, then each exercise full-size — its name,
 * dosage and timer or rep counter — one after another with a short rest between, "3 of 7"
 * progress, Skip and Stop; pain after; a summary (time, exercises done and partly done, pain
 * before → after) with a clear "Saved" once the session log has stored it.
 *
 * Put it inside a `<knee-session-log>`: each exercise's session and the day's `routine` record
 * are stored there.
 *
 * @summary A guided daily session, step by step.
 *
 * @fires {KneeSessionEvent} knee-session - At the end: a `routine` record with the exercises done and pain before, during (the highest "it hurts" score) and after. (Each exercise fires its own.) Bubbles, composed.
 * @fires {KneeRedFlagsEvent} knee-red-flags - (From the red-flag check the summary shows after a score of 7 or more) the answers. Bubbles, composed.
 *
 * @csspart progress - The "3 of 7" line.
 * @csspart button - Every button.
 * @csspart summary - The closing summary.
 *
 * @cssprop --knee-accent - Buttons and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 */
@customElement('knee-guided-session')
export class KneeGuidedSession extends LitElement {
  static override styles = [
    baseStyles,
    painPickerStyles,
    css`
      :host {
        text-align: center;
      }
      /* A step's start, given focus when it appears (not a control): no ring. */
      [data-focus]:focus {
        outline: none;
      }
      h2 {
        font-size: 20px;
        margin: 4px 0;
      }
      p {
        margin: 6px 0;
      }
      .muted {
        color: var(--_muted);
        font-size: 14px;
      }
      .row {
        display: flex;
        gap: 8px;
        justify-content: center;
        flex-wrap: wrap;
        margin: 8px 0;
      }
      .primary {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .advice {
        color: var(--_warning);
        font-weight: 700;
      }
      .rest {
        font-size: 48px;
        font-weight: 800;
      }
      ul {
        list-style: none;
        padding: 0;
        text-align: start;
      }
      knee-exercise {
        text-align: start;
      }
      @container (max-width: 299px) {
        h2 {
          font-size: 15px;
        }
        /* A watch: the exercise's timer or counter first (the round screen), then where the
           session stands and its Skip / Stop. */
        .step {
          display: flex;
          flex-direction: column;
        }
        .step > [part='progress'] {
          order: 1;
        }
        .step > .row {
          order: 2;
        }
        /* Given the whole round screen (the app does), all but the timer keeps to the circle's
           middle band. */
        :host > :not(.step),
        .step > :not(knee-exercise) {
          margin-inline: 15cqw;
        }
        /* …and starts below the circle's narrow top. */
        :host > :first-child:not(.step) {
          margin-top: 15cqw;
        }
        .rest {
          font-size: 36px;
        }
      }
    `,
  ];

  /** The program level whose routine to run, 1–4 (default 1). */
  @property({ type: Number }) level: Level = 1;
  /** The routine to run instead of the level's (what is left of today, say). */
  @property({ attribute: false }) items: RoutineItem[] | null = null;
  /** Pain at the readiness check, when already asked: the session then starts at the first exercise. */
  @property({ attribute: false }) painBefore: number | null = null;
  /** Seconds of rest between exercises (default 20; 0: none). */
  @property({ type: Number }) rest = REST_BETWEEN;
  /** Passed to the exercises: vibrate at phase changes. */
  @property({ type: Boolean }) haptic = false;
  /** Passed to the exercises: spoken phase cues. */
  @property({ type: Boolean }) voice = false;
  /** Passed to the exercises: cue loudness, 0–1. */
  @property({ type: Number }) volume = 0.9;
  /** Passed to the exercises: `locked` (default, keeps sounding when the screen locks) or `mix` (plays along with music). */
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';

  @state() private library: Library | null = null;
  @state() private session: GuidedSession | null = null;
  @state() private pain = 0;
  @state() private restLeft = 0;
  /** The routine record's fate in the log: saved, kept unsaved (with the log's message), or not yet known. */
  @state() private saved: 'pending' | 'saved' | 'unsaved' = 'pending';
  #restTimer = 0;
  /** The step changed: focus its start once it is drawn. */
  #focusStep = false;
  /** When the rest under way ends (performance.now()): the count shown is read from it, not counted. */
  #restEnds = 0;
  #recordId = '';
  /**
   * The session as an activity from its first exercise to its end: while it lasts — in a rest,
   * at the pain-after question — a view change keeps it (the app keeps the view of a running
   * activity), and a closed page leaves it as a partial routine. The lock screen is its
   * exercises' (their timers claim it).
   */
  readonly #activity: ActivityController = new ActivityController(this, {
    kind: 'guided',
    draft: () => this.#record(false),
    view: (): ActivityView => ({
      title: "Today's session",
      detail: this.#stepWords(),
      elapsedS: this.#activity.activity?.elapsedS ?? 0,
      paused: false,
      pausable: false,
    }),
    stop: () => this.#finish(null),
    media: false,
  });
  /** The highest "it hurts" score any exercise of the session ended with. */
  #highestDuring: number | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('knee-session', this.#onSession);
    document.addEventListener('knee-session-saved', this.#onSaved);
    document.addEventListener('knee-session-unsaved', this.#onSaved);
    void loadLibrary().then((library) => (this.library = library));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('knee-session', this.#onSession);
    document.removeEventListener('knee-session-saved', this.#onSaved);
    document.removeEventListener('knee-session-unsaved', this.#onSaved);
    clearInterval(this.#restTimer);
  }

  protected override willUpdate() {
    if (this.session || !this.library) return;
    const items = this.items ?? this.library.routineFor(this.level, numberOfKey(dayKey(Date.now())));
    this.session = new GuidedSession(items, Date.now(), this.rest);
    if (this.painBefore !== null) this.#begin(this.painBefore);
    this.#focusStep = true;
  }

  protected override updated() {
    // A new step: focus moves to where it starts (its line or question), not left on a button that went.
    if (!this.#focusStep) return;
    this.#focusStep = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /** Pain before given: the session starts (as an activity) at its first exercise. */
  #begin(pain: number) {
    this.session?.answerPainBefore(pain);
    if (!this.#activity.running) this.#activity.start();
  }

  /** Where the session stands, in words (the strip's line). */
  #stepWords(): string {
    const session = this.session;
    const step = session?.step;
    if (!session || !step) return '';
    switch (step.kind) {
      case 'exercise':
        return `${step.index + 1} of ${session.items.length} · ${session.items[step.index]!.exercise.name}`;
      case 'rest':
        return `Rest · next: ${session.items[step.next]!.exercise.name}`;
      case 'pain-after':
        return 'How does the knee feel now?';
      default:
        return '';
    }
  }

  /** The session so far (for scripts and tests): the current step and each exercise's outcome. */
  get guided(): GuidedSession | null {
    return this.session;
  }

  readonly #onSession = (event: KneeSessionEvent) => {
    // An exercise inside finished or was stopped (our own routine record starts here: ignore it).
    if (event.composedPath()[0] === this || !this.session) return;
    const during = event.record.pain?.during;
    if (typeof during === 'number') this.#highestDuring = Math.max(this.#highestDuring ?? 0, during);
    this.session.exerciseEnded(event.record);
    this.#stepChanged();
  };

  /** What the "it hurts" score the last exercise ended with means, unless it was within the limit. */
  #renderDuringAdvice(session: GuidedSession) {
    const last = session.lastDuring;
    if (!last) return nothing;
    const id = session.items[last.index]!.exercise.id;
    const advice = adviseOnScore(last.pain, HOP_ORDER.includes(id) ? 'hop' : 'exercise');
    return advice.action === 'carry-on' ? nothing : html`<p class="advice" role="alert">${session.items[last.index]!.exercise.name}: ${advice.message}</p>`;
  }

  readonly #onSaved = (event: Event) => {
    const record = (event as Event & { record?: { id: string } }).record;
    if (record?.id !== this.#recordId) return;
    this.saved = event.type === 'knee-session-saved' ? 'saved' : 'unsaved';
  };

  #stepChanged() {
    clearInterval(this.#restTimer);
    const step = this.session?.step;
    if (step?.kind === 'rest') {
      this.restLeft = step.seconds;
      this.#restEnds = performance.now() + step.seconds * 1000;
      this.#restTimer = window.setInterval(() => {
        this.restLeft = Math.max(0, Math.ceil((this.#restEnds - performance.now()) / 1000));
        if (this.restLeft > 0) return;
        this.session?.restEnded();
        this.#stepChanged();
      }, 250);
    }
    this.#activity.checkpoint();
    if (step?.kind === 'pain-before' || step?.kind === 'pain-after') this.pain = 0;
    this.#focusStep = true;
    this.requestUpdate();
  }

  #act(action: (session: GuidedSession) => void) {
    if (!this.session) return;
    action(this.session);
    this.#stepChanged();
  }

  /**
   * Ends the session with the pain after (`null`: stopped from elsewhere, the strip or a watch,
   * before it was asked) and reports the day's routine record.
   */
  #finish(painAfter: number | null) {
    const session = this.session;
    if (!session || !this.#activity.running) return;
    session.stop();
    session.answerPainAfter(painAfter ?? 0, Date.now());
    const record = this.#record(true, painAfter);
    if (!record) return;
    this.#recordId = record.id;
    this.saved = 'pending';
    this.#stepChanged();
    this.#activity.finish(record);
  }

  /** The day's routine so far as a record (a draft while it runs), or null before it starts. */
  #record(ended: boolean, painAfter: number | null = null): RoutineSessionRecord | null {
    const session = this.session;
    const activity = this.#activity.activity;
    if (!session || !activity) return null;
    return sessionRecord<RoutineSessionRecord>({
      id: activity.id,
      kind: 'routine',
      exerciseId: null,
      startedAt: activity.startedAt,
      endedAt: activity.endedAt,
      complete: ended && session.results.every((r) => r === 'done'),
      planned: { exerciseIds: session.items.map((i) => i.exercise.id), level: this.#levelShown },
      done: { exerciseIds: session.items.filter((_, i) => session.results[i] === 'done').map((i) => i.exercise.id) },
      pain: { before: session.painBefore, ...(this.#highestDuring !== null ? { during: this.#highestDuring } : {}), after: painAfter },
    });
  }

  /** The level as recorded: 1–4 whatever was set (a record of level 9 could never be stored). */
  get #levelShown(): Level {
    return Math.min(4, Math.max(1, Math.round(Number(this.level) || 1))) as Level;
  }

  #renderPain(question: string, action: string, onDone: () => void) {
    return html`<div role="group" aria-labelledby="question">
      <h2 id="question" tabindex="-1" data-focus>${question}</h2>
      ${painPicker(this.pain, (delta) => (this.pain = stepPain(this.pain, delta)))}
      <p class="muted roomy">${PAIN_SCALE_NOTE}</p>
      <div class="row"><button part="button" class="primary" @click=${onDone}>${action}</button></div>
    </div>`;
  }

  #renderExercise(session: GuidedSession, index: number) {
    const item = session.items[index]!;
    return html`<div class="step">
      <p part="progress" class="muted" tabindex="-1" data-focus>${index + 1} of ${session.items.length}${item.slot === 'evening' ? ' · evening round' : ''}</p>
      ${keyed(
        index,
        // A fresh card for each step: its timer or counter starts anew.
        html`<knee-exercise
          brief
          exercise=${item.exercise.id}
          .dosage=${item.prescribed ? item.exercise.dosage : null}
          .prescribedBy=${item.prescribed?.clinician ?? ''}
          .note=${item.prescribed?.note ?? ''}
          ?haptic=${this.haptic} ?voice=${this.voice} .volume=${this.volume} .audioMode=${this.audioMode}></knee-exercise>`,
      )}
      <div class="row">
        <button part="button" @click=${() => this.#act((s) => s.skip())}>Skip</button>
        <button part="button" @click=${() => this.#act((s) => s.stop())}>Stop session</button>
      </div>
    </div>`;
  }

  #renderRest(session: GuidedSession, next: number) {
    const item = session.items[next]!;
    return html`${this.#renderDuringAdvice(session)}<p part="progress" class="muted" tabindex="-1" data-focus>Rest · next ${next + 1} of ${session.items.length}</p>
      <div class="rest" role="timer" aria-label="Rest">${this.restLeft}</div>
      <p>Next: <b>${item.exercise.name}</b></p>
      <p class="muted">${this.library!.describeDosage(item.exercise.dosage)}</p>
      <div class="row">
        <button part="button" class="primary" @click=${() => this.#act((s) => s.skip())}>Start now</button>
        <button part="button" @click=${() => this.#act((s) => s.stop())}>Stop session</button>
      </div>`;
  }

  #renderSummary(session: GuidedSession) {
    const s = session.summary();
    return html`<div part="summary">
      <h2 tabindex="-1" data-focus>${s.done === session.items.length ? 'Session complete' : 'Session ended'}</h2>
      <p>${minutes(s.durationS)} · ${s.done} done${s.partial ? `, ${s.partial} partly` : ''}${s.skipped ? `, ${s.skipped} skipped` : ''}</p>
      <p>Pain ${s.painBefore ?? '–'} before → ${s.painAfter ?? '–'} after</p>
      <ul class="roomy">
        ${session.items.map((item, i) => html`<li>${item.exercise.name}: ${RESULT_WORDS[session.results[i] ?? 'skipped']}</li>`)}
      </ul>
      <p role="status">
        ${this.saved === 'saved' ? html`<b>✓ Saved</b>` : this.saved === 'unsaved' ? 'Not saved yet: it is kept on this device and saving is tried again.' : 'Saving…'}
      </p>
      ${
        Math.max(s.painAfter ?? 0, this.#highestDuring ?? 0) >= RED_FLAG_CHECK_PAIN
          ? html`<p><b>Your knee hurt ${RED_FLAG_CHECK_PAIN} or more. Please answer these questions:</b></p>
            <knee-red-flags></knee-red-flags>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const session = this.session;
    if (!session) return html`<p class="muted" role="status">Loading today's session…</p>`;
    const step = session.step;
    switch (step.kind) {
      case 'pain-before':
        return this.#renderPain('Before you start: how much does the knee hurt?', 'Start', () => {
          this.#begin(this.pain);
          this.#stepChanged();
        });
      case 'exercise':
        return this.#renderExercise(session, step.index);
      case 'rest':
        return this.#renderRest(session, step.next);
      case 'pain-after':
        return html`${this.#renderDuringAdvice(session)}${this.#renderPain('How does the knee feel now?', 'Finish', () => this.#finish(this.pain))}`;
      case 'summary':
        return this.#renderSummary(session);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-guided-session': KneeGuidedSession;
  }
}
