import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { FIRST_USE_NOTE, NOT_MEDICAL_ADVICE, PAIN_SCALE_NOTE } from '../../content/guidance.js';
import { LEVEL_NAMES, type Level } from '../../content/types.js';
import { applyDayChange, emptyDay, itemStatuses, readDay, type DayChange, type DayState, type NextDayAnswer } from '../../src/program/day-state.js';
import type { DayDecision } from '../../src/program/decide.js';
import type { StoredProgram } from '../../src/program/load-history.js';
import type { NextRun } from '../../src/program/run-rules.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import type { RoutineItem } from '../../src/program/routine.js';
import { describePlan } from '../../src/run/run-plan.js';
import type { Prescription } from '../../src/rx/prescription.js';
import { KneeSessionEvent, sessionRecord, type RoutineSessionRecord, type SessionRecord } from '../../src/session-record.js';
import { sessionStore, type SessionStore } from '../../src/store/session-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { addDays, dayKey, numberOfKey, startOfDay } from '../../src/store/stats.js';
import { baseStyles } from '../shared/base-styles.js';
import { painPicker, painPickerStyles, stepPain } from '../shared/pain-picker.js';
import type { KneeRedFlagsEvent } from '../knee-red-flags/red-flags-events.js';
import { KneeLevelChangeEvent } from './today-events.js';
import { todayStyles } from './knee-today.styles.js';
import { renderAbout, renderPainPrompt, renderRoutineItem, renderSafety, renderWarmUp } from './today-parts.js';

/**
 * Today: what the knee allows today and why, then the day's routine. First — plainly, above
 * anything else — whatever the program's rules say holds training back or needs a clinician
 * (red-flag answers, severe or lasting pain, repeated flares). Then the questions the day
 * needs, one at a time: the red-flag check (first use, and after any score of 7 or more), the
 * next-morning question (the 24-hour rule), the small knee bend (with a warm-up and a retest
 * when it is not pain-free). Then the routine — one session of about 15 minutes and, on its
 * own later in the day, the second round of quad sets — with check-offs from the session log,
 * pain after, the next run of the walk/run plan, and the rules in plain words.
 *
 * Every decision comes from the rules table (`src/program/rules.ts`) on every pain score the
 * app has collected (the bend, during and after sessions and runs, the next morning), with the
 * rule's reason shown. Put it inside a `<knee-session-log>` so its sessions are stored. The
 * day's answers are kept in the log's IndexedDB, so the day survives views, reloads and
 * restarts. The user's level is the owner's to keep: set `level`, and store the new level when
 * `knee-level-change` says the program moved it.
 *
 * @summary Today's rehab routine, with the program's safety rules and their reasons.
 *
 * @fires {KneeSessionEvent} knee-session - When the day's routine is finished: a `routine` record with pain before and after. (The exercises inside fire their own.) Bubbles, composed.
 * @fires {KneeLevelChangeEvent} knee-level-change - The program moved the user's level (up after enough good days), once the log has been read (`level`). Bubbles, composed.
 *
 * The element has the `guiding` attribute while its guided session shows (for a page to give
 * it the whole screen).
 *
 * @csspart button - Every button.
 * @csspart safety - The reasons that stop or lower training or send to a clinician, shown first.
 * @csspart routine - The list of today's exercises.
 * @csspart later - The evening round, on its own.
 * @csspart from-physio - "From your physio, …" when the day follows a clinician's plan.
 *
 * @cssprop --knee-accent - Buttons, ticks and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 * @cssprop --knee-warning - The safety box's border and its "see a clinician" line (default #b00020; dark #ff8a80).
 */
@customElement('knee-today')
export class KneeToday extends LitElement {
  static override styles = [baseStyles, painPickerStyles, todayStyles];

  /** Where today's sessions are read from and the day's answers kept (default: the app's log). */
  @property({ attribute: false }) store: SessionStore = sessionStore;

  /** The user's program level, 1–4 (default 1); the owner keeps it (see `knee-level-change`). */
  @property({ type: Number }) level: Level = 1;
  /**
   * A clinician's plan the user accepted, or null (the program's own routine). Its exercises and
   * dosage make the day's session, its level is the highest the program goes, and the rules
   * still make a day easier or stop it.
   */
  @property({ attribute: false }) prescription: Prescription | null = null;
  /** Passed to the exercises: vibrate at phase changes. */
  @property({ type: Boolean }) haptic = false;
  /** Passed to the exercises: spoken phase cues. */
  @property({ type: Boolean }) voice = false;
  /** Passed to the exercises: cue loudness, 0–1. */
  @property({ type: Number }) volume = 0.9;
  /** Passed to the exercises: `locked` (default, keeps sounding when the screen locks) or `mix` (plays along with music). */
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';

  @state() private library: Library | null = null;
  @state() private decision: DayDecision | null = null;
  @state() private todays: SessionRecord[] = [];
  /** The routine item whose card is open. */
  @state() private open: RoutineItem | null = null;
  @state() private painDraft = 0;
  @state() private askingPainAfter = false;
  /** The warm-up is done: the bend is asked again. */
  @state() private retesting = false;
  /** Today's answers, as stored. */
  @state() private dayState: DayState = emptyDay(dayKey(Date.now()));
  @state() private problem = '';
  /** The guided session is showing (instead of the list). */
  @state() private guided = false;
  /** The records and days read (today's answers live in dayState). */
  #stored: StoredProgram | null = null;
  /** The walk/run plan's next run, decided with the day (not in render: it reads the whole history). */
  #nextRun: NextRun | null = null;
  #unsubscribe: (() => void) | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('knee-session', this.#onSession);
    this.addEventListener('knee-red-flags', this.#onRedFlags);
    this.#unsubscribe = this.store.onChange(() => void this.#load());
    void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('knee-session', this.#onSession);
    this.removeEventListener('knee-red-flags', this.#onRedFlags);
    this.#unsubscribe?.();
  }

  protected override updated() {
    // Styled from outside: a page (the app on a watch) gives a running session the whole screen.
    this.toggleAttribute('guiding', this.guided);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A level set from outside (not the one we just reported): decide again from it.
    if (changed.has('level') && changed.get('level') !== undefined && this.level !== this.decision?.base) this.#decide();
    if (changed.has('prescription') && changed.get('prescription') !== undefined) this.#decide();
  }

  /** Today's decision, for scripts and tests: what may be trained, the questions left, the reasons. */
  get today(): DayDecision | null {
    return this.decision;
  }

  /** Reads the weeks the rules look at and today's answers, then decides the day. */
  async #load() {
    const library = (this.library ??= await loadLibrary());
    const now = Date.now();
    const today = dayKey(now);
    try {
      this.#stored = await library.readStoredProgram(this.store, now);
      this.dayState = this.#stored.today;
      this.problem = '';
    } catch (error) {
      // No history readable: decide from the level alone, and say that answers may not be kept.
      this.problem = `Today's answers may not be kept: ${StoreError.from(error).message}`;
      if (this.dayState.day !== today) this.dayState = emptyDay(today);
      this.#stored ??= { records: [], part: library.emptyRecordPart(), days: new Map(), today: this.dayState };
    }
    const from = startOfDay(today);
    const to = startOfDay(addDays(today, 1));
    this.todays = this.#stored.records.filter((r) => r.startedAt >= from && r.startedAt < to);
    this.#decide(true);
  }

  /** Applies the rules table to the history with today's answers as they are now. */
  #decide(fromLog = false) {
    const library = this.library;
    if (!this.#stored || !library) return;
    const history = library.historyOf(this.#stored, this.dayState);
    const rx = this.prescription;
    const decision = rx
      ? library.decideDay(history, rx.level, { ceiling: { level: rx.level, clinician: rx.clinician } })
      : library.decideDay(history, this.level);
    // Under a plan, its run (judged on its pain limit); otherwise the walk/run plan's next step.
    const next = library.nextRun(history.runs, rx?.runPainLimit);
    const theirs = rx && library.prescribedRun(rx, history.runs);
    this.#nextRun = theirs ? { ...next, plan: theirs.intervals, reason: theirs.note } : next;
    this.decision = decision;
    // Under a plan the level is the clinician's: the program's own level is left as it was.
    if (fromLog && !rx && decision.base !== this.level) this.dispatchEvent(new KneeLevelChangeEvent(decision.base));
  }

  /** Keeps a change to the day's answers (shown at once, stored or not) and decides again. */
  async #saveDay(change: DayChange) {
    this.dayState = applyDayChange(this.dayState, change);
    this.#decide();
    const day = this.dayState.day;
    try {
      // Applied to what is stored, in one transaction: answers kept meanwhile by another view or tab stay.
      const written = await this.store.updateDay(day, (stored) => applyDayChange(readDay(stored, day), change));
      if (this.dayState.day === day) {
        this.dayState = written;
        this.#decide();
      }
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
    if (this.#stored) this.#stored = { ...this.#stored, records: [...this.#stored.records, record] };
    this.open = null;
    // The guided session's end is the day's end.
    if (record.kind === 'routine') void this.#saveDay({ finishedAt: record.endedAt, painAfter: record.pain?.after ?? null });
    else this.#decide();
  };

  /** Red-flag answers from the check (ours, or one inside the guided session): kept with the day. */
  readonly #onRedFlags = (event: KneeRedFlagsEvent) => {
    event.stored = true;
    void this.#saveDay({ addRedFlags: { at: event.at, yes: event.yes } });
  };

  /** Opens the guided session with what is left of today's session. */
  #startGuided() {
    void import('../knee-guided-session/knee-guided-session.js');
    this.open = null;
    this.guided = true;
  }

  /**
   * Shows an exercise card. Its element (and the hold timer in it) is loaded then, not with
   * the day's plan: Today is the app's first view, and most of a visit is spent reading it.
   */
  #openExercise(item: RoutineItem) {
    void import('../knee-exercise/knee-exercise.js');
    this.open = item;
  }

  get #dayNumber(): number {
    return numberOfKey(this.dayState.day);
  }

  /** Today's session and the rounds later in the day (empty when nothing may be trained). */
  get #day(): { session: RoutineItem[]; later: RoutineItem[] } {
    const d = this.decision;
    if (!d || !this.library || d.training === 'none') return { session: [], later: [] };
    const options = { gentle: d.gentle, stretchesOnly: d.training === 'stretches', hopsUnlocked: d.hopsUnlocked };
    if (this.prescription) return this.library.prescribedDay(this.prescription, d.level, this.#dayNumber, options);
    return { session: this.library.routineFor(d.level, this.#dayNumber, options), later: this.library.laterToday(options) };
  }

  get #session(): RoutineItem[] {
    return this.#day.session;
  }

  #answerBend() {
    const pain = this.painDraft;
    this.painDraft = 0;
    if (this.retesting) {
      this.retesting = false;
      void this.#saveDay({ retestPain: pain });
    } else void this.#saveDay({ readinessPain: pain, answeredAt: Date.now() });
    this.#focusFirst();
  }

  #answerNextDay(answer: NextDayAnswer) {
    const about = this.decision?.facts.nextDayDue;
    if (!about) return;
    void this.#saveDay({ nextDay: { about, answer, pain: this.painDraft, at: Date.now() } });
    this.painDraft = 0;
    this.#focusFirst();
  }

  #seenClinician() {
    void this.#saveDay({ seenClinicianAt: Date.now() });
  }

  #finishRoutine() {
    const items = this.#session;
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
          complete: items.length > 0 && status.every((s) => s === 'done'),
          planned: { exerciseIds: items.map((i) => i.exercise.id), level: this.decision?.level ?? this.level },
          done: { exerciseIds: items.filter((_, i) => status[i] === 'done').map((i) => i.exercise.id) },
          pain: { before: this.dayState.retestPain ?? this.dayState.readinessPain, after: this.painDraft },
        }),
      ),
    );
    this.#focusFirst();
  }

  /** After an answer the page changes under the user: focus what appeared (its first heading or question). */
  #focusFirst() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus());
  }

  #renderAsk(decision: DayDecision) {
    const ask = decision.asks[0];
    const reason = (rule: string) => decision.reasons.find((r) => r.rule === rule)?.text ?? '';
    const picker = painPicker(this.painDraft, (delta) => (this.painDraft = stepPain(this.painDraft, delta)));
    switch (ask) {
      case 'red-flags':
        void import('../knee-red-flags/knee-red-flags.js');
        return html`<section class="prompt" aria-labelledby="flags-q">
          <h3 id="flags-q" tabindex="-1" data-focus>${reason('red-flags-due')}</h3>
          <knee-red-flags></knee-red-flags>
        </section>`;
      case 'next-day':
        return html`<div class="prompt" role="group" aria-labelledby="next-q">
          <p id="next-q" tabindex="-1" data-focus><b>${reason('next-morning-ask')}</b></p>
          <p class="muted">Its pain now, 0–10:</p>
          ${picker}
          <div class="choices">
            ${(['better', 'same', 'worse'] as const).map(
              (a) => html`<button part="button" @click=${() => this.#answerNextDay(a)}>${a[0]!.toUpperCase() + a.slice(1)}</button>`,
            )}
          </div>
        </div>`;
      case 'warm-up':
        if (!this.retesting)
          return renderWarmUp(
            this.library!,
            reason('bend-not-ready'),
            () => {
              this.retesting = true;
              this.#focusFirst();
            },
            () => void this.#saveDay({ choseEasier: true }),
          );
        return renderPainPrompt('After the warm-up: the same small knee bend. How much does it hurt now?', 'Check again', picker, () => this.#answerBend());
      case 'bend':
        return renderPainPrompt(
          html`<span class="roomy">${reason('bend-ask')}</span><span class="compact">Small knee bend: how much does it hurt?</span>`,
          'Check',
          picker,
          () => this.#answerBend(),
        );
      default:
        return nothing;
    }
  }

  #renderGuided() {
    const items = this.#session;
    const status = itemStatuses(items, this.todays);
    const d = this.decision!;
    return html`<knee-guided-session
        .items=${items.filter((_, i) => status[i] !== 'done')}
        .painBefore=${this.dayState.retestPain ?? this.dayState.readinessPain}
        .level=${d.level}
        ?haptic=${this.haptic}
        ?voice=${this.voice}
        .volume=${this.volume}
        .audioMode=${this.audioMode}
      ></knee-guided-session>
      <button part="button" class="finish" @click=${() => (this.guided = false)}>Back to today's list</button>`;
  }

  #renderRoutine(decision: DayDecision) {
    // Both lists from one look at the day (a plan's day builds them together).
    const { session: items, later } = this.#day;
    const status = itemStatuses([...items, ...later], this.todays);
    const next = items.find((_, i) => status[i] !== 'done');
    const doneCount = status.slice(0, items.length).filter((s) => s === 'done').length;
    const finished = this.dayState.finishedAt !== null;
    const readiness = decision.reasons.find((r) => r.rule.startsWith('bend-'));
    return html`
      ${readiness ? html`<p role="status">${readiness.text}</p>` : nothing}
      <p><b>${next ? `Next: ${next.exercise.name}` : 'Today’s session is done.'}</b>
        <span class="compact muted count">${doneCount} of ${items.length} done</span></p>
      ${
        next && !finished
          ? html`<button part="button" class="primary next-start" @click=${() => this.#startGuided()}>
            <span class="roomy">Start today's session</span><span class="compact">Start session</span>
          </button>`
          : nothing
      }
      <ul part="routine" aria-label="Today's session">
        ${items.map((item, i) => renderRoutineItem(item, status[i]!, this.library!.describeDosage(item.exercise.dosage), () => this.#openExercise(item)))}
      </ul>
      ${
        later.length
          ? html`<h3>Later today</h3>
            <ul part="later" aria-label="Later today">
              ${later.map((item, i) => renderRoutineItem(item, status[items.length + i]!, `${this.library!.describeDosage(item.exercise.dosage)} · the ${ordinal(i, later, item)} round, a few hours after the one before`, () => this.#openExercise(item)))}
            </ul>`
          : nothing
      }
      ${
        this.open
          ? html`<knee-exercise
              exercise=${this.open.exercise.id}
              .dosage=${this.open.prescribed ? this.open.exercise.dosage : null}
              .prescribedBy=${this.open.prescribed?.clinician ?? ''}
              .note=${this.open.prescribed?.note ?? ''}
              ?haptic=${this.haptic}
              ?voice=${this.voice}
              .volume=${this.volume}
              .audioMode=${this.audioMode}
            ></knee-exercise>`
          : nothing
      }
      ${
        finished
          ? html`<p role="status" tabindex="-1" data-focus>
              Today's session is done and saved (pain ${this.dayState.retestPain ?? this.dayState.readinessPain ?? '–'} before, ${this.dayState.painAfter ?? '–'} after).
              ${later.some((_, i) => status[items.length + i] !== 'done') ? 'The evening quad sets are still to come.' : 'See you tomorrow.'}
            </p>`
          : this.askingPainAfter
            ? renderPainPrompt(
                'How does your knee feel now?',
                'Finish today',
                painPicker(this.painDraft, (d) => (this.painDraft = stepPain(this.painDraft, d))),
                () => this.#finishRoutine(),
                PAIN_SCALE_NOTE,
              )
            : html`<button part="button" class=${`finish ${doneCount > 0 ? 'primary' : ''}`} @click=${() => {
                this.askingPainAfter = true;
                this.painDraft = 0;
                this.#focusFirst();
              }}>
              ${next ? 'Finish for today' : 'Rate pain and finish'}
            </button>`
      }
    `;
  }

  #renderNextRun(decision: DayDecision) {
    const run = this.#nextRun;
    if (!run) return nothing;
    const text = decision.training === 'none' ? 'Next run: not today — the knee needs the rest.' : `Next run: ${describePlan(run.plan)}. ${run.reason}`;
    return html`<p class="roomy muted" part="next-run">${text}</p>`;
  }

  override render() {
    const d = this.decision;
    if (!d || !this.library) return html`<p class="muted" role="status">Loading today's plan…</p>`;
    // The guided session takes the whole element: its timer must be in view.
    if (this.guided) return this.#renderGuided();
    const title = d.training === 'none' ? 'Today · No training' : d.training === 'stretches' ? 'Today · Stretches only' : `Today · Level ${d.level}`;
    const waiting = d.asks.length > 0;
    return html`
      <h2>${title}</h2>
      <p class="muted roomy">${d.training === 'none' ? 'Rest and recovery' : LEVEL_NAMES[d.level]}</p>
      ${this.prescription ? html`<p part="from-physio" class="from-physio">From your physio, ${this.prescription.clinician}</p>` : nothing}
      ${renderSafety(this.library, d, () => this.#seenClinician())}
      ${this.problem ? html`<p class="muted" role="alert">${this.problem}</p>` : nothing}
      ${d.facts.firstUse ? html`<p class="roomy"><b>${FIRST_USE_NOTE}</b></p>` : nothing}
      ${waiting ? this.#renderAsk(d) : d.training === 'none' ? nothing : this.#renderRoutine(d)}
      ${d.reasons.filter((r) => r.tone === 'info' && !r.rule.startsWith('bend-')).map((r) => html`<p class="roomy">${r.text}</p>`)}
      ${this.#renderNextRun(d)}
      ${renderAbout(this.library, d)}
      <p class="muted roomy">${NOT_MEDICAL_ADVICE}</p>
    `;
  }
}

/** "second", "third": the number of a later round of the same exercise. */
function ordinal(index: number, later: readonly RoutineItem[], item: RoutineItem): string {
  const round = later.slice(0, index + 1).filter((i) => i.exercise.id === item.exercise.id).length + 1;
  return round === 2 ? 'second' : round === 3 ? 'third' : `${round}th`;
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-today': KneeToday;
  }
}
