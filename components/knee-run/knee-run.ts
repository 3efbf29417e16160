import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { DEFAULT_BPM } from '../../src/program/limits.js';
import { afterRunWords, runAdvice } from '../../src/program/run-rules.js';
import { RED_FLAG_CHECK_PAIN, RUN_PAIN_LIMIT } from '../../src/program/limits.js';
import { RUN_PRESETS, describePlan, describePosition, intervalProblem, type IntervalPlan } from '../../src/run/run-plan.js';
import { KneeSessionPainEvent, type CadenceSessionRecord, type KneeSessionEvent } from '../../src/session-record.js';
import { formatClock, heartRateWords } from '../../src/units.js';
import type { KneeSessionSavedEvent } from '../knee-session-log/session-log-events.js';
import '../knee-metronome/knee-metronome.js';
import type { KneeMetronome } from '../knee-metronome/knee-metronome.js';
import { painPicker, painPickerStyles, stepPain } from '../shared/pain-picker.js';
import { KneeRunPlanChangeEvent, KneeRunPlanTempoEvent } from './run-events.js';
import { PainDuringController, painDuringStyles } from '../shared/pain-during.js';
import { ConfirmController } from '../shared/confirm.js';
import { MeasureController, type MeasureSource } from './measure-controller.js';
import { ON_BEAT } from '../../src/cadence/on-beat.js';
import { wrist } from '../../src/watch/wrist.js';
import '../knee-watch/knee-watch.js';
import { ZONE_ABOVE, ZONE_BELOW } from '../../src/cadence/coach.js';
import type { CadenceUnit } from '../../src/cadence/bluetooth-source.js';
import { runStyles } from './knee-run.styles.js';

/** Where "My own intervals…" starts when no plan was chosen. */
const CUSTOM_START: IntervalPlan = { runS: 60, walkS: 60, repeats: 5 };

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
 * @fires {KneeRunPlanTempoEvent} knee-run-plan-tempo - The user went back to the plan's tempo (`bpm`, the `plan-bpm` given) after choosing their own. Bubbles, composed.
 * @fires {KneeSessionPainEvent} knee-session-pain - After a run: the pain score the user gave (`id` of the run's record, `pain`). Bubbles, composed.
 * @fires {KneeRedFlagsEvent} knee-red-flags - (From the red-flag check the summary shows after a score of 7 or more) the answers. Bubbles, composed.
 * @fires {KneeSessionEvent} knee-session - (From the inner metronome) At Stop, or at the plan's end: the run's `cadence` record. Bubbles, composed.
 *
 * @csspart screen - The whole run screen.
 * @csspart elapsed - The large elapsed time.
 * @csspart status - The line under the time: the interval under way, or the beats so far.
 * @csspart metronome - The inner `<knee-metronome>` (its own parts are not exported).
 * @csspart target - Where the target cadence comes from (and the way back to the plan's tempo).
 * @csspart plan-note - Where the walk/run plan stands (`plan-note`).
 * @csspart measured - The cadence measurement: source, reading, zone, Coach switch.
 * @csspart measured-cadence - The measured cadence number (class zone-low / zone-in / zone-high / zone-unknown).
 * @csspart on-beat - How the latest steps land on the beat (the phone's motion sensor or the watch's steps): the share within ±40 ms, ahead or behind.
 * @csspart watch - The Bangle.js section, around its `<knee-watch>`: connect, install our watch app, buzz every n-th beat, the buzz's length, the motor's delay.
 * @csspart watch-status - The watch's name, link, app and clock (`<knee-watch>`'s `status`).
 * @csspart watch-settings - The wrist's buzz settings (`<knee-watch>`'s `settings`).
 * @csspart heart - The heart-rate section: connect a Bluetooth strap or watch, its status and reading.
 * @csspart heart-rate - The heart rate now (beats/min).
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
  static override styles = [runStyles, painPickerStyles, painDuringStyles];

  /** Target steps per minute (passed to the metronome; default 170). */
  @property({ type: Number }) bpm = DEFAULT_BPM;
  /** Where the target comes from, one line ("Week 2 of your cadence plan…"); empty: not shown. */
  @property({ attribute: 'target-note' }) targetNote = '';
  /**
   * The cadence plan's tempo, when `bpm` is the runner's own choice instead (0: none). The
   * screen then offers the way back to it (`knee-run-plan-tempo`).
   */
  @property({ type: Number, attribute: 'plan-bpm' }) planBpm = 0;
  /** Where the walk/run plan stands, one line ("1 of 2 comfortable runs at this step."); empty: not shown. */
  @property({ attribute: 'plan-note' }) planNote = '';
  /** Walk/run intervals, or null (default): continuous. Set by script; the plan chooser changes it and fires `knee-run-plan-change`. */
  @property({ attribute: false }) intervals: IntervalPlan | null = null;
  /** The click's timbre, as `<knee-metronome sound>`: `click`, `wood`, `beep` or `cowbell`. */
  @property() sound = 'click';
  /** Loudness 0–1, as `<knee-metronome volume>`. */
  @property({ type: Number }) volume = 0.8;
  /** Headphone delay in ms for the pulse and vibration, as `<knee-metronome latency>`. */
  @property({ type: Number }) latency = 0;
  /** Vibrate on each beat and at each interval change where the device can. */
  @property({ type: Boolean }) haptic = false;
  /** Keep the screen on while the beat plays (always on while the motion sensor measures: it stops with the screen). */
  @property({ type: Boolean, attribute: 'keep-awake' }) keepAwake = false;
  /** Spoken cues: the time and target every `voice-every` minutes; "Walk", a count-in and "Run" in intervals. */
  @property({ type: Boolean }) voice = false;
  /** Minutes between spoken time checks (default 5; 0: none). */
  @property({ type: Number, attribute: 'voice-every' }) voiceEvery = 5;
  /** `locked` (default): keep playing when the screen locks (media element, lock-screen and watch controls). `mix`: play along with music. */
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';
  /**
   * Coach mode, with a measured cadence: the beat plays only once the runner has been below the
   * target zone for a few seconds, and goes quiet again when they are back in it.
   */
  @property({ type: Boolean, reflect: true }) coach = false;
  /**
   * The running pain limit, 0–3 (default 3, the app's): "it hurts" above it pauses the beat
   * ("walk"); a clinician's plan may set a lower one.
   */
  @property({ type: Number, attribute: 'pain-limit' }) painLimit: number = RUN_PAIN_LIMIT;

  readonly #measure = new MeasureController(this);
  /** A Bangle.js 2: the beat on the wrist (its face and button follow the run as an activity). */
  readonly #watch = wrist;
  /** The watch screen's Stop asks first. */
  readonly #confirmStop = new ConfirmController(this);
  /** "It hurts" while running: above the running limit the beat pauses (walk); 8 or more ends the run. */
  readonly #pain = new PainDuringController(
    this,
    () => 'run',
    (_, advice) => {
      const m = this.metronome;
      m.painDuring = this.#pain.highest;
      if (advice.action === 'stop-day') void m.stop();
      else if (advice.action === 'stop' && m.running) void m.pause();
    },
    () => this.painLimit,
  );
  @state() private unit: CadenceUnit = 'steps';

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
    // The watch stays connected (the page's), but not buzzing a beat that no longer plays.
    this.#watch.quiet();
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
    const bpm = heartRateWords(this.#measure.heartRate);
    if (position && this.intervals && this.active) return describePosition(this.intervals, position) + bpm;
    return `${m?.beats ?? 0} beats${bpm}`;
  }

  readonly #onSaved = (event: KneeSessionSavedEvent) => {
    if (event.record.id === this.summary?.id) this.stored = true;
  };

  #onStart() {
    this.summary = null;
    // A new run (not a resume): a fresh coach at its target, no pain given yet.
    if (this.metronome.elapsed < 1) {
      this.#measure.begin(this.bpm);
      this.#pain.reset();
      this.metronome.painDuring = null;
    }
    this.metronome.measuredCadence = () => this.#measure.summary();
    this.metronome.heartRate = { now: () => this.#measure.heartRate, summary: () => this.#measure.heartSummary() };
    this.#startTicking();
  }

  /** The measured cadence (steps/min, NaN while unknown) and its zone: for scripts and tests. */
  get measured(): { cadence: number; zone: string } {
    return { cadence: this.#measure.cadence, zone: this.#measure.zone };
  }

  /** One tick of a run: the coach looks at the measured cadence and, in Coach mode, mutes or unmutes the beat. */
  #coachTick() {
    const m = this.metronome;
    // The wrist's beat goes quiet while the run is paused.
    if (m && !m.running) this.#watch.quiet();
    if (!m || !m.running) return;
    this.#measure.tick(m.elapsed * 1000, m.bpm);
    const coach = this.#measure.coach;
    m.muted = this.coach && coach !== null ? !coach.beatOn : false;
  }

  #onSession(event: KneeSessionEvent) {
    if (event.record.kind !== 'cadence') return;
    this.#watch.quiet();
    this.#stopTicking();
    this.metronome.muted = false;
    this.summary = event.record;
    this.pain = 0;
    this.painSent = false;
    // The run became its summary: focus moves there (the pain question follows it).
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus());
  }

  #startTicking() {
    clearInterval(this.#tick);
    this.#tick = window.setInterval(() => {
      this.#coachTick();
      if (!document.hidden) this.requestUpdate();
    }, TICK);
    this.requestUpdate();
  }

  #stopTicking() {
    clearInterval(this.#tick);
    this.#tick = 0;
  }

  #sendPain() {
    if (this.pain >= RED_FLAG_CHECK_PAIN) void import('../knee-red-flags/knee-red-flags.js');
    const run = this.summary;
    if (!run) return;
    this.dispatchEvent(new KneeSessionPainEvent(run.id, { after: this.pain }));
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
      if (!this.intervals) this.#choosePlan(CUSTOM_START);
      return;
    }
    this.customOpen = false;
    this.#choosePlan(RUN_PRESETS.find((p) => p.id === id)?.intervals ?? null);
  }

  #onCustom(field: keyof IntervalPlan, event: Event) {
    const value = Number((event.target as HTMLInputElement).value);
    const base = this.intervals ?? CUSTOM_START;
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
      ${
        selected === 'custom' && plan
          ? html`<div class="custom">
            <label>Run (min) <input type="number" min="0.25" max="60" step="0.25" .value=${String(plan.runS / 60)} @change=${(e: Event) => this.#onCustom('runS', e)} /></label>
            <label>Walk (min) <input type="number" min="0.25" max="60" step="0.25" .value=${String(plan.walkS / 60)} @change=${(e: Event) => this.#onCustom('walkS', e)} /></label>
            <label>Repeats <input type="number" min="1" max="30" step="1" .value=${String(plan.repeats)} @change=${(e: Event) => this.#onCustom('repeats', e)} /></label>
          </div>`
          : nothing
      }
      ${this.planProblem ? html`<p class="problem" role="alert">${this.planProblem}</p>` : nothing}
    </fieldset>`;
  }

  /**
   * On a watch, the run's first screen: its tempo, Pause or Resume where Start was, and — only
   * once paused, where no control was a moment before — Stop, which asks first. (The face's
   * own buttons are hidden there: the face below is for the tempo.)
   */
  #renderRunControls() {
    const m = this.metronome;
    const paused = m.paused;
    const armed = this.#confirmStop.armed;
    return html`<span part="tempo" class="tempo compact">${m.bpm} steps/min</span>
      <div class="run-controls compact">
        ${
          paused
            ? html`<button
              part="button"
              class=${armed ? 'stop armed' : 'stop'}
              aria-label=${armed ? 'Press again to stop and save the run' : 'Stop the run and save it'}
              @click=${() => this.#confirmStop.press(() => void m.stop())}
            >
              ${armed ? 'Stop?' : 'Stop'}
            </button>`
            : nothing
        }
        <button part="button" class="primary go" @click=${() => void (paused ? m.start() : m.pause().then(() => this.requestUpdate()))}>
          ${paused ? 'Resume' : 'Pause'}
        </button>
      </div>`;
  }

  #renderTarget() {
    const own = this.planBpm > 0 && this.planBpm !== this.bpm;
    if (!this.targetNote && !own) return nothing;
    return html`<p part="target" class="target">
      ${this.targetNote}
      ${
        own
          ? html`<button part="button" @click=${() => this.dispatchEvent(new KneeRunPlanTempoEvent(this.planBpm))}>Back to the plan's ${this.planBpm}</button>`
          : nothing
      }
    </p>`;
  }

  #renderMeasure() {
    const measure = this.#measure;
    const cadence = measure.cadence;
    const zone = measure.zone;
    const zoneText = { unknown: 'Measuring…', low: 'Low: quicker steps', in: 'On target', high: 'Above target' }[zone];
    const bluetooth = measure.bluetooth;
    const coach = measure.coach?.summary;
    return html`<fieldset part="measured" class="measure">
      <legend>Your cadence</legend>
      <select aria-label="Measure cadence with" @change=${(e: Event) => void measure.use((e.target as HTMLSelectElement).value as MeasureSource, this.unit)}>
        <option value="off" ?selected=${measure.source === 'off'}>Not measured</option>
        <option value="motion" ?selected=${measure.source === 'motion'}>This phone's motion sensor</option>
        <option value="bluetooth" ?selected=${measure.source === 'bluetooth'}>Bluetooth footpod</option>
      </select>
      ${
        measure.source === 'bluetooth'
          ? html`<label
              >It reports
              <select @change=${(e: Event) => this.#setUnit((e.target as HTMLSelectElement).value as CadenceUnit)}>
                <option value="steps" ?selected=${this.unit === 'steps'}>steps per minute</option>
                <option value="strides" ?selected=${this.unit === 'strides'}>strides (×2)</option>
              </select></label
            >
            <p class="note" role="status">
              ${bluetooth ? `${bluetooth.deviceName}: ${bluetooth.status}${bluetooth.battery !== null ? ` · battery ${bluetooth.battery} %` : ''}` : ''}
            </p>`
          : nothing
      }
      ${measure.source === 'motion' ? html`<p class="note">Keep the screen on and the phone on you (pocket, armband, hand): the sensor stops with the screen.</p>` : nothing}
      ${measure.message ? html`<p class="problem" role="alert">${measure.message}</p>` : nothing}
      ${
        measure.source !== 'off'
          ? html`<p class="reading">
              <b part="measured-cadence" class=${`zone-${zone}`}>${Number.isFinite(cadence) ? Math.round(cadence) : '–'}</b> steps/min
              <span class=${`zone zone-${zone}`}>${zoneText}</span>
            </p>
            <p class="note">Target zone ${this.bpm - ZONE_BELOW}–${this.bpm + ZONE_ABOVE}${coach ? ` · in zone ${formatClock(coach.inZoneS)}` : ''}</p>
            <label class="check"
              ><input type="checkbox" .checked=${this.coach} @change=${(e: Event) => (this.coach = (e.target as HTMLInputElement).checked)} /> Coach: the beat
              only when I drop below</label
            >
            ${
              this.coach && measure.coach?.waitingForBeat
                ? html`<p class="note" role="status">Coach: the beat plays on until your steps land with it.</p>`
                : nothing
            }`
          : nothing
      }
      ${this.#renderOnBeat()}
    </fieldset>
    ${this.#renderHeart()}`;
  }

  /** How the latest steps land on the beat (the phone's motion sensor or the watch gives each footfall), and what to do about it. */
  #renderOnBeat() {
    const live = this.#measure.onBeat.live;
    if (!live || !this.#measure.footfallsFrom) return nothing;
    const offset = live.medianOffsetMs;
    const hint = offset > ON_BEAT ? 'Behind the beat: land a touch sooner.' : offset < -ON_BEAT ? 'Ahead of the beat: ease off a touch.' : 'With the beat.';
    return html`<p part="on-beat" class="note">
      On the beat${this.#measure.footfallsFrom === 'watch' ? ' (the watch’s steps)' : ''}: ${Math.round(live.share * 100)} % of the last ${live.steps} steps · ${offsetWords(offset)}. ${hint}
    </p>`;
  }

  /** A Bangle.js 2 that buzzes the beat on its own clock (our watch app on it): the page's watch. */
  #renderWatch() {
    return html`<fieldset part="watch" class="measure">
      <legend>Beat on the wrist (Bangle.js 2)</legend>
      <knee-watch exportparts="button, status: watch-status, settings: watch-settings"></knee-watch>
    </fieldset>`;
  }

  /** Heart rate from a Bluetooth strap or a watch that broadcasts it, beside the cadence. */
  #renderHeart() {
    const measure = this.#measure;
    const heart = measure.heart;
    const bpm = measure.heartRate;
    return html`<fieldset part="heart" class="measure">
      <legend>Heart rate</legend>
      ${
        heart
          ? html`<p class="note" role="status">
                ${heart.deviceName}: ${heart.status}${heart.battery !== null ? ` · battery ${heart.battery} %` : ''}${heart.message ? ` · ${heart.message}` : ''}
              </p>
              <p class="reading"><b part="heart-rate">${Number.isFinite(bpm) ? Math.round(bpm) : '–'}</b> beats/min</p>
              <button part="button" @click=${() => measure.stopHeartRate()}>Disconnect</button>`
          : html`<button part="button" @click=${() => void measure.useHeartRate()}>Connect a heart-rate strap or watch</button>
              <p class="note">Any strap or watch that sends heart rate over Bluetooth (on a Garmin watch: "broadcast heart rate").</p>`
      }
      ${measure.heartMessage ? html`<p class="problem" role="alert">${measure.heartMessage}</p>` : nothing}
    </fieldset>`;
  }

  #setUnit(unit: CadenceUnit) {
    this.unit = unit;
    this.#measure.setUnit(unit);
  }

  #renderSummary(run: CadenceSessionRecord) {
    const plan = run.planned.intervals;
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" tabindex="-1">Run ${run.complete ? 'done' : 'stopped'}</h2>
      <dl>
        <dt>Time</dt>
        <dd>${formatClock(run.done.durationS)}</dd>
        <dt>Tempo (the beat)</dt>
        <dd>${run.done.bpm} steps/min</dd>
        <dt>Beats</dt>
        <dd>${run.done.beats}</dd>
        ${
          run.done.measured
            ? html`<dt>Your cadence (measured)</dt>
              <dd>${run.done.measured.averageSpm ?? '–'} steps/min, ${formatClock(run.done.measured.inZoneS)} in zone</dd>`
            : nothing
        }
        ${
          run.done.measured?.onBeat
            ? html`<dt>On the beat</dt>
              <dd>
                ${Math.round(run.done.measured.onBeat.share * 100)} % of ${run.done.measured.onBeat.steps} steps within ±${ON_BEAT} ms ·
                ${offsetWords(run.done.measured.onBeat.medianOffsetMs)} (median)
              </dd>`
            : nothing
        }
        ${
          run.done.heartRate
            ? html`<dt>Heart rate</dt>
              <dd>${run.done.heartRate.averageBpm ?? '–'} average, ${run.done.heartRate.maxBpm ?? '–'} highest (beats/min)</dd>`
            : nothing
        }
        ${
          plan
            ? html`<dt>Plan</dt>
              <dd>${describePlan(plan)}: ${run.done.segmentsDone ?? 0} of ${plan.repeats * 2} parts</dd>`
            : nothing
        }
      </dl>
      <p class="saved" role="status">${this.stored ? '✓ Saved on this device' : ''}</p>
      ${
        this.painSent
          ? html`<p class="answer" role="status">Knee: ${this.pain}/10 after the run. ${afterRunWords(this.pain, this.painLimit)}</p>
            ${this.pain >= RED_FLAG_CHECK_PAIN ? html`<knee-red-flags></knee-red-flags>` : nothing}`
          : html`<p class="question" id="pain-q">How does the knee feel?</p>
            <div role="group" aria-labelledby="pain-q">${painPicker(this.pain, (d) => (this.pain = stepPain(this.pain, d)))}</div>
            <button part="button" class="primary" @click=${this.#sendPain}>Save pain score</button>`
      }
      <button part="button" @click=${() => (this.summary = null)}>New run</button>
    </section>`;
  }

  override render() {
    const summary = this.summary;
    return html`<div part="screen" class=${this.active ? 'screen active' : 'screen'} @pointerdown=${() => void this.metronome?.warmUp()}>
      <div class="clock" ?hidden=${summary !== null}>
        <span part="elapsed" class="elapsed" role="timer" aria-label="Run time">${this.elapsedText}</span>
        <span part="status" class="status">${this.statusText}</span>
        ${this.active ? this.#renderRunControls() : nothing}
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
        ?keep-awake=${this.keepAwake || this.#measure.source === 'motion'}
        ?voice=${this.voice}
        voice-every=${this.voiceEvery}
        audio-mode=${this.audioMode}
        exercise="run-cadence"
        .intervals=${this.intervals}
        .startBlocked=${this.planProblem ? `Not started: the plan is not valid. ${this.planProblem}` : ''}
        .onBeatHeard=${(heardAt: number, bpm: number) => {
          this.#watch.beatHeard(heardAt, bpm);
          this.#measure.onBeat.click(heardAt);
        }}
        @knee-metronome-start=${this.#onStart}
        @knee-session=${this.#onSession}
      ></knee-metronome>
      ${summary ? nothing : this.#pain.render(this.active)}
      ${this.#renderTarget()}
      ${this.#renderMeasure()}
      ${this.#renderWatch()}
      ${this.#renderPlan()}
      ${this.planNote ? html`<p part="plan-note" class="target">${this.planNote}</p>` : nothing}
      <ul part="advice" class="advice" aria-label="Running advice">
        ${runAdvice(this.painLimit).map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

/** "12 ms behind the beat" / "8 ms ahead" / "on it". */
function offsetWords(ms: number): string {
  if (ms === 0) return 'right on it';
  return `${Math.abs(ms)} ms ${ms > 0 ? 'behind' : 'ahead'}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-run': KneeRun;
  }
}
