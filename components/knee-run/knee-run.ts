import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { RUN_ADVICE } from '../../src/program/rules.js';
import { RUN_PRESETS, describePlan, intervalProblem, type IntervalPlan } from '../../src/run/run-plan.js';
import { KneeSessionPainEvent, type CadenceSessionRecord, type KneeSessionEvent } from '../../src/session-record.js';
import { formatClock } from '../../src/units.js';
import type { KneeSessionSavedEvent } from '../knee-session-log/session-log-events.js';
import '../knee-metronome/knee-metronome.js';
import type { KneeMetronome } from '../knee-metronome/knee-metronome.js';
import { painPicker, painPickerStyles, stepPain } from '../shared/pain-picker.js';
import { KneeRunPlanChangeEvent } from './run-events.js';
import { runStyles } from './knee-run.styles.js';

/** The figures refresh once a second while a run is under way (the beat itself never waits on them). */
const TICK = 1000;

/**
 * The run screen: the cadence metronome with what a runner needs around it — the time (large),
 * the target and where it comes from, the beats played, a walk/run plan, the running advice
 * and, after Stop, a summary that asks how the knee feels. The run is recorded at Stop (by a
 * `<knee-session-log>` around it); the pain score is added to that record when given.
 *
 * The audio code loads as soon as the screen opens, and the first touch on it readies the
 * audio, so Start sounds at once.
 *
 * @summary Run screen: metronome, time, plan, advice and summary.
 *
 * @fires {KneeRunPlanChangeEvent} knee-run-plan-change - The user chose another plan (`intervals`, null: continuous). Bubbles, composed.
 * @fires {KneeSessionPainEvent} knee-session-pain - After a run: the pain score the user gave (`id` of the run's record, `pain`). Bubbles, composed.
 * @fires {KneeSessionEvent} knee-session - (From the inner metronome) At Stop, or at the plan's end: the run's `cadence` record. Bubbles, composed.
 *
 * @csspart screen - The whole run screen.
 * @csspart elapsed - The large elapsed time.
 * @csspart status - The line under the time: the interval under way, or the target.
 * @csspart metronome - The inner `<knee-metronome>` (its own parts are not exported).
 * @csspart target - Where the target cadence comes from.
 * @csspart plan - The plan chooser.
 * @csspart advice - The running advice.
 * @csspart summary - The summary after a run.
 * @csspart button - Every button of the run screen (the metronome's excepted).
 *
 * @cssprop --knee-accent - Accent colour (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour.
 * @cssprop --knee-bg - Background.
 * @cssprop --knee-button-bg - Button background.
 */
@customElement('knee-run')
export class KneeRun extends LitElement {
  static override styles = [runStyles, painPickerStyles];

  /** Target steps per minute (passed to the metronome; default 170). */
  @property({ type: Number }) bpm = 170;
  /** Where the target comes from, one line ("Week 2 of your cadence plan…"); empty: not shown. */
  @property({ attribute: 'target-note' }) targetNote = '';
  /** Walk/run intervals, or null (default): continuous. Set by script; the plan chooser changes it and fires `knee-run-plan-change`. */
  @property({ attribute: false }) intervals: IntervalPlan | null = null;
  /** Passed to the metronome. */
  @property() sound = 'click';
  @property({ type: Number }) volume = 0.8;
  @property({ type: Number }) latency = 0;
  @property({ type: Boolean }) haptic = false;
  @property({ type: Boolean, attribute: 'keep-awake' }) keepAwake = false;
  @property({ type: Boolean }) voice = false;
  @property({ type: Number, attribute: 'voice-every' }) voiceEvery = 5;
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';

  @query('knee-metronome') private metronome!: KneeMetronome;

  /** The finished run, while its summary shows. */
  @state() private summary: CadenceSessionRecord | null = null;
  @state() private pain = 0;
  @state() private painSent = false;
  @state() private stored = false;
  @state() private customOpen = false;
  @state() private planProblem = '';
  #tick = 0;

  override connectedCallback() {
    super.connectedCallback();
    // Ready the audio now, not at Start: the first beat then waits for nothing but the press.
    void this.updateComplete.then(() => this.metronome?.prepare());
    addEventListener('knee-session-saved', this.#onSaved);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('knee-session-saved', this.#onSaved);
    this.#stopTicking();
  }

  /** True while a run is under way (playing or paused). */
  get active(): boolean {
    return !!this.metronome && (this.metronome.running || this.metronome.paused);
  }

  /** The run's elapsed time as shown, e.g. "12:04". */
  get elapsedText(): string {
    return formatClock(this.metronome?.elapsed ?? 0);
  }

  /** The line under the time: the interval under way, or the beats so far. */
  get statusText(): string {
    const m = this.metronome;
    const position = m?.planPosition;
    if (position && this.active) return `${position.kind === 'run' ? 'Run' : 'Walk'} ${position.round} of ${this.intervals?.repeats ?? '?'} · ${formatClock(Math.ceil(position.leftS))} left`;
    return `${m?.beats ?? 0} beats`;
  }

  readonly #onSaved = (event: KneeSessionSavedEvent) => {
    if (event.record.id === this.summary?.id) this.stored = true;
  };

  #onStart() {
    this.summary = null;
    this.#startTicking();
  }

  #onSession(event: KneeSessionEvent) {
    if (event.record.kind !== 'cadence') return;
    this.#stopTicking();
    this.summary = event.record;
    this.pain = 0;
    this.painSent = false;
  }

  #startTicking() {
    clearInterval(this.#tick);
    this.#tick = window.setInterval(() => {
      if (!document.hidden) this.requestUpdate();
    }, TICK);
    this.requestUpdate();
  }

  #stopTicking() {
    clearInterval(this.#tick);
    this.#tick = 0;
  }

  #sendPain() {
    const run = this.summary;
    if (!run) return;
    this.dispatchEvent(new KneeSessionPainEvent(run.id, { before: null, after: this.pain }));
    this.painSent = true;
  }

  /** A plan the user chose: applied here, and told to whoever keeps it. */
  #choosePlan(plan: IntervalPlan | null) {
    const problem = plan ? intervalProblem(plan) : null;
    this.planProblem = problem ?? '';
    if (problem) return;
    this.intervals = plan;
    this.dispatchEvent(new KneeRunPlanChangeEvent(plan));
  }

  #onPreset(event: Event) {
    const id = (event.target as HTMLSelectElement).value;
    if (id === 'custom') {
      this.customOpen = true;
      if (!this.intervals) this.#choosePlan({ runS: 60, walkS: 60, repeats: 5 });
      return;
    }
    this.customOpen = false;
    this.#choosePlan(RUN_PRESETS.find((p) => p.id === id)?.intervals ?? null);
  }

  #onCustom(field: keyof IntervalPlan, event: Event) {
    const value = Number((event.target as HTMLInputElement).value);
    const base = this.intervals ?? { runS: 60, walkS: 60, repeats: 5 };
    this.#choosePlan({ ...base, [field]: field === 'repeats' ? value : Math.round(value * 60) });
  }

  #renderPlan() {
    const plan = this.intervals;
    const preset = RUN_PRESETS.find((p) => (p.intervals === null ? plan === null : plan !== null && describePlan(p.intervals) === describePlan(plan)));
    const selected = this.customOpen || !preset ? 'custom' : preset.id;
    const locked = this.active;
    return html`<fieldset part="plan" class="plan" ?disabled=${locked}>
      <legend>Plan</legend>
      <select aria-label="Run plan" @change=${this.#onPreset}>
        ${RUN_PRESETS.map((p) => html`<option value=${p.id} ?selected=${selected === p.id}>${p.name}</option>`)}
        <option value="custom" ?selected=${selected === 'custom'}>My own intervals…</option>
      </select>
      ${selected === 'custom' && plan
        ? html`<div class="custom">
            <label>Run (min) <input type="number" min="0.25" max="60" step="0.25" .value=${String(plan.runS / 60)} @change=${(e: Event) => this.#onCustom('runS', e)} /></label>
            <label>Walk (min) <input type="number" min="0.25" max="60" step="0.25" .value=${String(plan.walkS / 60)} @change=${(e: Event) => this.#onCustom('walkS', e)} /></label>
            <label>Repeats <input type="number" min="1" max="30" step="1" .value=${String(plan.repeats)} @change=${(e: Event) => this.#onCustom('repeats', e)} /></label>
          </div>`
        : nothing}
      ${this.planProblem ? html`<p class="problem" role="alert">${this.planProblem}</p>` : nothing}
    </fieldset>`;
  }

  #renderSummary(run: CadenceSessionRecord) {
    const plan = run.planned.intervals;
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Run ${run.complete ? 'done' : 'stopped'}</h2>
      <dl>
        <dt>Time</dt>
        <dd>${formatClock(run.done.durationS)}</dd>
        <dt>Cadence</dt>
        <dd>${run.done.bpm} steps/min</dd>
        <dt>Beats</dt>
        <dd>${run.done.beats}</dd>
        ${plan
          ? html`<dt>Plan</dt>
              <dd>${describePlan(plan)}: ${run.done.segmentsDone ?? 0} of ${plan.repeats * 2} parts</dd>`
          : nothing}
      </dl>
      <p class="saved" role="status">${this.stored ? '✓ Saved on this device' : ''}</p>
      ${this.painSent
        ? html`<p class="answer">Knee: ${this.pain}/10 after the run.${this.pain > 3 ? ' Above 3: take an easier run next time.' : ''}</p>`
        : html`<p class="question" id="pain-q">How does the knee feel?</p>
            <div role="group" aria-labelledby="pain-q">${painPicker(this.pain, (d) => (this.pain = stepPain(this.pain, d)))}</div>
            <button part="button" class="primary" @click=${this.#sendPain}>Save pain score</button>`}
      <button part="button" @click=${() => (this.summary = null)}>New run</button>
    </section>`;
  }

  override render() {
    const summary = this.summary;
    return html`<div part="screen" class="screen" @pointerdown=${() => void this.metronome?.warmUp()}>
      <div class="clock">
        <span part="elapsed" class="elapsed" role="timer" aria-label="Run time">${this.elapsedText}</span>
        <span part="status" class="status">${this.statusText}</span>
      </div>
      ${summary ? this.#renderSummary(summary) : nothing}
      <knee-metronome
        part="metronome"
        ?hidden=${summary !== null}
        bpm=${this.bpm}
        sound=${this.sound}
        volume=${this.volume}
        latency=${this.latency}
        ?haptic=${this.haptic}
        ?keep-awake=${this.keepAwake}
        ?voice=${this.voice}
        voice-every=${this.voiceEvery}
        audio-mode=${this.audioMode}
        exercise="run-cadence"
        .intervals=${this.intervals}
        @knee-metronome-start=${this.#onStart}
        @knee-session=${this.#onSession}
      ></knee-metronome>
      ${this.targetNote ? html`<p part="target" class="target">${this.targetNote}</p>` : nothing}
      ${this.#renderPlan()}
      <ul part="advice" class="advice" aria-label="Running advice">
        ${RUN_ADVICE.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-run': KneeRun;
  }
}
