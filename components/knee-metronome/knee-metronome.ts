import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AUDIO_MODES, type AudioMode } from '../../src/audio/audio-mode.js';
import { CLICK_SOUNDS, type ClickSound } from '../../src/audio/click-sounds.js';
import { MAX_LATENCY } from '../../src/audio/latency.js';
import type { BeatInfo, MetronomeSettings, SegmentInfo } from '../../src/audio/metronome-engine.js';
import { vibrate } from '../../src/platform/haptics.js';
import { VoiceCues } from '../../src/platform/speech.js';
import {
  describePlan,
  describePosition,
  intervalProblem,
  planPosition,
  segmentStart,
  planSeconds,
  planSegments,
  type IntervalPlan,
  type PlanPosition,
  type RunSegment,
} from '../../src/run/run-plan.js';
import { voiceCues } from '../../src/run/voice-plan.js';
import { ScreenWakeLock } from '../../src/platform/wake-lock.js';
import { DEFAULT_BPM } from '../../src/program/limits.js';
import { sessionRecord, type CadenceSessionRecord, type HeartRateSummary, type MeasuredCadence } from '../../src/session-record.js';
import { MAX_BPM, MIN_BPM, TAPS_NEEDED, TapTempo, clampBpm, raisedCadence } from '../../src/tap-tempo.js';
import { heartRateWords, type Milliseconds, type StepsPerMinute } from '../../src/units.js';
import { ActivityController } from '../shared/activity-controller.js';
import { ConfirmController } from '../shared/confirm.js';
import { clamped, oneOf, rawAttribute } from '../shared/clamped.js';
import { metronomeStyles } from './knee-metronome.styles.js';
import { KneeMetronomeChangeEvent, KneeMetronomeMeasureEvent, KneeMetronomeStartEvent, KneeMetronomeStopEvent } from './metronome-events.js';
import { MetronomeController } from './metronome-controller.js';

/** A run from Start to Stop, across pauses. */
interface Run {
  startBpm: StepsPerMinute;
  /** The walk/run plan the run follows (fixed at its start), or null. */
  plan: IntervalPlan | null;
  /** True once the plan played to its end. */
  finished: boolean;
  /** Beats heard in the run's earlier stretches (before pauses). */
  beats: number;
  /** Playing time of the earlier stretches, ms. */
  playedMs: Milliseconds;
  /** performance.now() when the current stretch began; null while paused. */
  since: Milliseconds | null;
  /** The plan's segment the audio last began (the display never shows one before it). */
  segment: number;
}
const RAISES = [5, 7.5, 10] as const;
const measuredPart = (measured: MeasuredCadence | null) => (measured ? { measured } : {});
const heartPart = (heartRate: HeartRateSummary | null) => (heartRate ? { heartRate } : {});
/** " · ♥ 148" when a heart rate is known, for the lock screen's line. */
/** Headset next/previous (a watch's ⏭/⏮): a small tempo step, as a runner would nudge it. */
const REMOTE_STEP = 2;
/** How long the beat's flash stays on (at most half a step at fast tempi). */

/**
 * A cadence metronome for running: a step beat placed on the audio thread, exact to the sample
 * however busy, hidden or locked the page is. Tap along with your steps to measure your own
 * cadence, then raise it by 5–10 %.
 *
 * @summary Cadence metronome with tap tempo.
 *
 * @fires {KneeMetronomeStartEvent} knee-metronome-start - The first beat has sounded (`bpm`). Bubbles, composed.
 * @fires {KneeMetronomeStopEvent} knee-metronome-stop - The run ended with Stop (`bpm`, `beats`, `durationS`). Not fired on pause. Bubbles, composed.
 * @fires {KneeMetronomeChangeEvent} knee-metronome-change - The user changed the tempo (`bpm`). Not fired when `bpm` is set by script. Bubbles, composed.
 * @fires {KneeMetronomeMeasureEvent} knee-metronome-measure - Tap tempo measured the user's own cadence (`cadence`), e.g. to keep as the cadence plan's baseline. Bubbles, composed.
 * @fires {KneeSessionEvent} knee-session - On stop: a `cadence` session record (`record`). Bubbles, composed.
 * @fires {KneeSessionProgressEvent} knee-session-progress - While a run is under way, on start, pause, resume and every 5 s: the run so far (`record`, partial). Bubbles, composed.
 *
 * @csspart face - The whole metronome surface.
 * @csspart bpm - The tempo number.
 * @csspart pulse - The two halves of the ring that light on alternate beats, left then right, like steps (hidden under reduced motion, where two dots do the same).
 * @csspart button - Every tempo and tap-target button.
 * @csspart tap-button - The tap-tempo button.
 * @csspart toggle - The start / pause / resume button.
 * @csspart stop - The stop button (shown while a run is under way).
 * @csspart message - The problem message (audio interrupted, could not start).
 *
 * @cssprop --knee-accent - Accent colour: start button, focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-beat-color - Colour of the beat pulse (default: --knee-accent).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-bg - Face background (default #fff; dark #000).
 * @cssprop --knee-button-bg - Button background (default #e8eeec; dark #1f2624).
 * @cssprop --knee-on-accent - Text on the accent colour (default #fff; dark #000).
 * @cssprop --knee-warning - Problem message colour (default #b00020; dark #ff8a80).
 * @cssprop --knee-radius - Button corner radius (default 999px).
 * @cssprop --knee-face-radius - Face corner radius (default 12px).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-metronome')
export class KneeMetronome extends LitElement {
  static override styles = metronomeStyles;

  readonly #metronome = new MetronomeController(this, { cueDelay: () => this.latency });
  readonly #tapTempo = new TapTempo();
  /** Stop ends and saves the run: it asks first (a second press within a few seconds). */
  readonly #confirmStop = new ConfirmController(this);
  readonly #wakeLock = new ScreenWakeLock();
  /** The run as an activity: its checkpoints, the lock screen, requests from the strip and watch. */
  readonly #activity = new ActivityController(this, {
    kind: 'run',
    draft: () => this.#record(),
    view: () => ({
      title: 'Run',
      detail:
        (this.#run?.plan && this.planPosition ? describePosition(this.#run.plan, this.planPosition) : `${this.bpm} steps/min`) +
        heartRateWords(this.heartRate?.now()),
      elapsedS: this.elapsed,
      paused: this.paused,
      pausable: true,
    }),
    pause: () => void this.pause(),
    resume: () => void this.start(),
    stop: () => void this.stop(),
    media: {
      album: () => `${this.bpm} steps/min · ${describePlan(this.#run?.plan ?? null)}`,
      next: () => this.#userSetsBpm(this.bpm + REMOTE_STEP),
      previous: () => this.#userSetsBpm(this.bpm - REMOTE_STEP),
      position: () => {
        const run = this.#run;
        return run ? { position: this.elapsed, duration: run.plan ? planSeconds(run.plan) : Infinity } : undefined;
      },
    },
  });
  /** The run under way (playing or paused), or null. */
  #run: Run | null = null;

  @query('.face') private faceElement!: HTMLElement;

  /** Your measured cadence from tap tempo, or null. */
  @state() private measured: StepsPerMinute | null = null;
  @state() private tapsSoFar = 0;
  /** Polite screen-reader announcement (tempo changes, tap results); never per beat. */
  @state() private announcement = '';

  /** Steps (beats) per minute, 60–240 (default 170). Bad values are clamped or ignored with one console warning. */
  @clamped({ min: MIN_BPM, max: MAX_BPM, fallback: DEFAULT_BPM, integer: true })
  @property({ attribute: 'bpm', noAccessor: true, converter: rawAttribute })
  declare bpm: StepsPerMinute;

  /** Accent every Nth beat, 0–16 (default 0: no accent). */
  @clamped({ min: 0, max: 16, fallback: 0, integer: true })
  @property({ attribute: 'accent', noAccessor: true, converter: rawAttribute })
  declare accent: number;

  /** The click's timbre: `click` (default), `wood`, `beep` or `cowbell`. */
  @oneOf(CLICK_SOUNDS, 'click')
  @property({ attribute: 'sound', noAccessor: true })
  declare sound: ClickSound;

  /** Loudness, 0–1 (default 0.8). */
  @clamped({ min: 0, max: 1, fallback: 0.8 })
  @property({ attribute: 'volume', noAccessor: true, converter: rawAttribute })
  declare volume: number;

  /** Vibrate on each beat where the device can (Android). */
  @property({ type: Boolean, reflect: true }) haptic = false;

  /** Keep the screen on while the beat plays (Screen Wake Lock). */
  @property({ type: Boolean, reflect: true, attribute: 'keep-awake' }) keepAwake = false;

  /**
   * Delay in ms, 0–500 (default 0), of the pulse and vibration after the moment the browser
   * says a beat is heard: Bluetooth headphones play the sound later than that, by a delay
   * `<knee-latency-check>` measures. The sound itself is never moved.
   */
  @clamped({ min: 0, max: MAX_LATENCY, fallback: 0 })
  @property({ attribute: 'latency', noAccessor: true, converter: rawAttribute })
  declare latency: Milliseconds;

  /** Content id for the session record (e.g. `run-cadence`). */
  @property({ reflect: true }) exercise: string | null = null;

  /**
   * `locked` (default): keep playing when the screen locks — the sound goes through a media
   * element (lock-screen and watch controls; on iOS it pauses other music). `mix`: play along
   * with the user's music (on iOS the silent switch and the lock silence it). Read at Start.
   */
  @oneOf(AUDIO_MODES, 'locked')
  @property({ attribute: 'audio-mode', noAccessor: true })
  declare audioMode: AudioMode;

  /**
   * Walk/run intervals (`{ runS, walkS, repeats }`), or null (default) for a continuous beat.
   * The beat plays only in run segments; a cue marks each change; the run ends by itself after
   * the last walk. Read at Start; a plan that is out of range is refused with a console warning.
   */
  @property({ attribute: false })
  get intervals(): IntervalPlan | null {
    return this.#intervals;
  }
  set intervals(plan: IntervalPlan | null) {
    const problem = plan ? intervalProblem(plan) : null;
    if (problem) {
      console.warn(`<knee-metronome> intervals ignored: ${problem}`);
      return;
    }
    const old = this.#intervals;
    this.#intervals = plan ? { ...plan } : null;
    this.requestUpdate('intervals', old);
  }
  #intervals: IntervalPlan | null = null;

  /** Spoken cues (the device's speech): the time and target every `voice-every` minutes, and "walk"/"run" with a count-in. */
  @property({ type: Boolean, reflect: true }) voice = false;

  /** Minutes between spoken time checks, 0–60 (default 5; 0: none). */
  @clamped({ min: 0, max: 60, fallback: 5, integer: true })
  @property({ attribute: 'voice-every', noAccessor: true, converter: rawAttribute })
  declare voiceEvery: number;

  readonly #voice = new VoiceCues();

  /**
   * Silences the beat without stopping it: it keeps its place on the grid and comes back on
   * the next beat when unmuted (Coach mode on the run screen). Property only.
   */
  @property({ attribute: false }) muted = false;

  /** The runner's measured cadence so far, added to the run's record (the run screen sets it). Property only. */
  @property({ attribute: false }) measuredCadence: (() => MeasuredCadence | null) | null = null;

  /**
   * Called with each beat as it is heard: its time on the page clock (`performance.now()`, ms,
   * output delays included) and the tempo. The run screen keeps a watch's beat grid with it.
   * Property only.
   */
  @property({ attribute: false }) onBeatHeard: ((heardAt: Milliseconds, bpm: number) => void) | null = null;

  /**
   * The runner's heart rate (a Bluetooth strap the run screen connects): `now()` in beats/min
   * (NaN when unknown) for the lock screen, `summary()` for the run's record. Property only.
   */
  @property({ attribute: false }) heartRate: { now(): number; summary(): HeartRateSummary | null } | null = null;

  /**
   * Why a new run may not start now, or '' (default): Start then shows this instead of playing.
   * The run screen sets it while a walk/run plan being edited is not valid. Property only.
   */
  @property({ attribute: false }) startBlocked = '';
  /** Why the last Start was refused (startBlocked at the time), or ''. */
  @state() private refused = '';

  /** The highest "it hurts" score given during the run, added to its record as `pain.during` (the run screen sets it). Property only. */
  @property({ attribute: false }) painDuring: number | null = null;

  /** True while the beat plays (also while audio is interrupted and waiting to resume). */
  get running(): boolean {
    return this.#metronome.running;
  }

  /** True while a run is paused (started, not stopped, beat silent). */
  get paused(): boolean {
    return this.#run !== null && this.#run.since === null;
  }

  /** Seconds of beat played in the run under way, pauses excluded (0 when none). */
  get elapsed(): number {
    const run = this.#run;
    if (!run) return 0;
    return (run.playedMs + (run.since === null ? 0 : performance.now() - run.since)) / 1000;
  }

  /** Beats played in the run under way (0 when none). */
  get beats(): number {
    const run = this.#run;
    return run ? run.beats + (run.since === null ? 0 : this.#metronome.beats) : 0;
  }

  /** Where the run under way stands in its walk/run plan; null for a continuous run or none. */
  get planPosition(): PlanPosition | null {
    // (A finished plan's elapsed time is the plan's whole length: planEnded sets it.)
    const run = this.#run;
    return run?.plan ? planPosition(run.plan, Math.max(this.elapsed, segmentStart(run.plan, run.segment))) : null;
  }

  /** What the engine should play with now (read by the controller). */
  get engineSettings(): MetronomeSettings {
    return { bpm: this.bpm, accentEvery: this.accent, sound: this.sound, volume: this.muted ? 0 : this.volume };
  }

  /** The plan's segments for the engine (read by the controller at each start). */
  get enginePlan(): RunSegment[] | null {
    const plan = this.#run ? this.#run.plan : this.intervals;
    return plan ? planSegments(plan) : null;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // The controller stops the beat; the log keeps the run's last checkpoint as a partial session.
    this.#run = null;
    this.#voice.cancel();
    void this.#wakeLock.release();
  }

  protected override willUpdate(changed: PropertyValues) {
    // The reason Start was refused goes once the page lets a run start again.
    if (changed.has('startBlocked') && !this.startBlocked) this.refused = '';
  }

  protected override updated(changed: PropertyValues) {
    const sync: Partial<MetronomeSettings> = {};
    if (changed.has('bpm')) sync.bpm = this.bpm;
    if (changed.has('accent')) sync.accentEvery = this.accent;
    if (changed.has('sound')) sync.sound = this.sound;
    if (changed.has('volume') || changed.has('muted')) sync.volume = this.muted ? 0 : this.volume;
    this.#metronome.sync(sync);
    if (changed.has('bpm') && this.#run) this.#activity.updateMedia();
    // The beat's light goes out when the beat does (paused, stopped, interrupted).
    if (this.#metronome.status !== 'running' && this.faceElement) {
      delete this.faceElement.dataset['beat'];
      this.faceElement.removeAttribute('data-accent');
    }
  }

  /**
   * Starts the beat (or resumes a paused run, or one stopped by an interruption). The first
   * call must come from a user gesture, as browsers require for audio. Resolves when the first
   * beat has sounded.
   */
  async start(): Promise<void> {
    const wasRunning = this.running;
    if (this.#run?.finished) return;
    // A new run the page says cannot start (an invalid plan being edited): say why, play nothing.
    this.refused = !this.#run && this.startBlocked ? this.startBlocked : '';
    if (this.refused) return;
    const started = await this.#metronome.start(this.elapsed);
    if (!started || wasRunning || !this.running) return;
    if (this.#run) {
      this.#run.since = performance.now();
      this.#activity.resume();
    } else {
      this.#run = { startBpm: this.bpm, plan: this.intervals, finished: false, beats: 0, playedMs: 0, since: performance.now(), segment: 0 };
      this.#activity.start();
    }
    if (this.keepAwake) void this.#wakeLock.request();
    this.#scheduleVoice();
    this.requestUpdate();
    this.dispatchEvent(new KneeMetronomeStartEvent(this.bpm));
  }

  /**
   * Readies the audio (context and worklet) ahead of a Start, when the browser counts the
   * current gesture as user activation (a press): Start then only has to start the beat.
   */
  warmUp(): Promise<void> {
    return this.#metronome.warmUp();
  }

  /**
   * Readies the audio as far as possible without a user gesture (code, context, worklet): call
   * when a screen whose main job is Start opens. Start then only resumes and starts.
   */
  prepare(): Promise<void> {
    return this.#metronome.prepare();
  }

  /** Silences the beat and keeps the run open: `start()` goes on, `stop()` records it. */
  async pause(): Promise<void> {
    const run = this.#run;
    if (!run || run.since === null) return;
    const beats = await this.#metronome.stop();
    if (beats === null) return;
    run.beats += beats;
    run.playedMs += performance.now() - run.since;
    run.since = null;
    this.#voice.cancel();
    void this.#wakeLock.release();
    this.#activity.pause();
    this.requestUpdate();
  }

  /** Ends the run (playing or paused); fires `knee-metronome-stop` and a `knee-session` record. */
  async stop(): Promise<void> {
    await this.pause();
    const run = this.#run;
    const record = this.#record();
    if (!record || !run) return;
    this.#run = null;
    this.requestUpdate();
    this.dispatchEvent(new KneeMetronomeStopEvent(record.done.bpm, record.done.beats, record.done.durationS));
    // A walk/run plan is complete when it played to its end; a continuous run whenever stopped.
    this.#activity.finish({ ...record, complete: run.plan ? run.finished : true });
  }

  /**
   * Called by the controller when a walk/run plan has played to its end.
   * @internal
   */
  planEnded(beats: number) {
    const run = this.#run;
    if (!run || run.since === null) return;
    run.beats += beats;
    run.playedMs = planSeconds(run.plan!) * 1000;
    run.since = null;
    run.finished = true;
    void this.stop();
  }

  /**
   * Called by the controller as a plan's segment begins (its cue sounds).
   * @internal
   */
  segmentChanged(segment: SegmentInfo) {
    if (segment.resumed) return;
    if (this.haptic && !document.hidden) vibrate(segment.kind === 'run' ? [80, 60, 80] : [200]);
    this.announcement = segment.kind === 'run' ? 'Run' : 'Walk';
    if (this.#run) this.#run.segment = segment.index;
    this.#activity.updateMedia();
    this.#activity.checkpoint();
  }

  /** Spoken cues from now on (timers, apart from the audio thread: speech never moves a beat). */
  #scheduleVoice() {
    this.#voice.cancel();
    if (!this.voice || !this.#run) return;
    const from = this.elapsed;
    for (const cue of voiceCues({ fromS: from, plan: this.#run.plan, everyMinutes: this.voiceEvery, bpm: this.bpm })) {
      this.#voice.at((cue.atS - from) * 1000, cue.words);
    }
  }

  /** The run so far as a record (partial: a draft until Stop), or null when none is under way. */
  #record(): CadenceSessionRecord | null {
    const run = this.#run;
    const activity = this.#activity.activity;
    if (!run || !activity) return null;
    return sessionRecord<CadenceSessionRecord>({
      id: activity.id,
      kind: 'cadence',
      exerciseId: this.exercise,
      startedAt: activity.startedAt,
      endedAt: activity.endedAt,
      complete: false,
      planned: { bpm: run.startBpm, durationS: run.plan ? planSeconds(run.plan) : null, ...(run.plan ? { intervals: { ...run.plan } } : {}) },
      done: {
        bpm: this.bpm,
        durationS: Math.round(this.elapsed * 1000) / 1000,
        beats: this.beats,
        ...(run.plan ? { segmentsDone: run.finished ? run.plan.repeats * 2 : planPosition(run.plan, this.elapsed).index } : {}),
        ...measuredPart(this.measuredCadence?.() ?? null),
        ...heartPart(this.heartRate?.summary() ?? null),
      },
      ...(this.painDuring !== null ? { pain: { before: null, during: this.painDuring, after: null } } : {}),
    });
  }

  /**
   * Called by the controller at the moment a beat is heard.
   * @internal
   */
  beatHeard(beat: BeatInfo, heardAt: Milliseconds) {
    if (this.haptic) vibrate(beat.accent ? 40 : 20);
    this.onBeatHeard?.(heardAt, this.bpm);
    // Steps alternate like feet: the left half of the ring lights on one beat, the right half
    // on the next (with reduced motion, the left or right dot). One change per beat — one
    // frame for the compositor to draw — where a flash (on, then off) takes two and an
    // animated fade ten or more. Styles decide the look.
    const face = this.faceElement;
    if (!face) return;
    face.dataset['beat'] = beat.index % 2 ? 'right' : 'left';
    face.toggleAttribute('data-accent', beat.accent);
  }

  /** A tempo change the user asked for: applies it and tells listeners. */
  #userSetsBpm(bpm: StepsPerMinute) {
    const next = clampBpm(Math.round(bpm));
    if (next === this.bpm) return;
    this.bpm = next;
    this.announcement = `${next} steps per minute`;
    this.dispatchEvent(new KneeMetronomeChangeEvent(next));
  }

  #onToggle() {
    if (this.#metronome.status === 'running') void this.pause();
    else void this.start();
  }

  #onTap(event: Event) {
    const reading = this.#tapTempo.tap(event.timeStamp);
    this.tapsSoFar = this.#tapTempo.taps;
    if (reading) {
      if (reading.cadence !== this.measured) {
        this.announcement = `Your cadence: ${reading.cadence} steps per minute. Choose a target.`;
        this.dispatchEvent(new KneeMetronomeMeasureEvent(reading.cadence));
      }
      this.measured = reading.cadence;
    }
  }

  #pickRaise(percent: number) {
    if (this.measured === null) return;
    this.#userSetsBpm(raisedCadence(this.measured, percent));
    this.#closeTapTempo();
  }

  #closeTapTempo() {
    this.#tapTempo.reset();
    this.measured = null;
    this.tapsSoFar = 0;
  }

  #onKeydown(event: KeyboardEvent) {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 5, PageDown: -5 };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    this.#userSetsBpm(this.bpm + step);
  }

  #renderAdjust() {
    const button = (step: number) =>
      html`<button
        part="button"
        aria-label=${`${Math.abs(step)} ${step < 0 ? 'slower' : 'faster'}`}
        ?disabled=${step < 0 ? this.bpm <= MIN_BPM : this.bpm >= MAX_BPM}
        @click=${() => this.#userSetsBpm(this.bpm + step)}
      >
        ${step < 0 ? '−' : '+'}${Math.abs(step)}
      </button>`;
    return html`<div class="row adjust" role="group" aria-label="Tempo">
      ${button(-5)}${button(-1)}${button(1)}${button(5)}
    </div>`;
  }

  #renderChoices(measured: StepsPerMinute) {
    return html`<div class="row choices" role="group" aria-label="Target cadence">
      ${RAISES.map(
        (percent) =>
          html`<button
            part="button"
            class="choice"
            aria-label=${`Plus ${percent} percent: ${raisedCadence(measured, percent)} steps per minute`}
            @click=${() => this.#pickRaise(percent)}
          >
            <span>+${percent}%</span><b>${raisedCadence(measured, percent)}</b>
          </button>`,
      )}
      <button part="button" aria-label="Close tap tempo" @click=${this.#closeTapTempo}>×</button>
    </div>`;
  }

  #unitText() {
    if (this.measured !== null) return `yours: ${this.measured}`;
    if (this.tapsSoFar > 0) return `tap ${TAPS_NEEDED - this.tapsSoFar > 0 ? `${TAPS_NEEDED - this.tapsSoFar} more` : 'on'}`;
    return 'steps/min';
  }

  override render() {
    const status = this.#metronome.status;
    const playing = status === 'running' || status === 'starting';
    const toggleLabel = status === 'interrupted' || this.paused ? 'Resume' : playing ? 'Pause' : 'Start';
    const faceClass = `face${this.#run ? ' active' : ''}${this.paused ? ' paused' : ''}${this.measured !== null ? ' choosing' : ''}`;
    const armed = this.#confirmStop.armed;
    return html`<div part="face" class=${faceClass} @keydown=${this.#onKeydown}>
      <div part="pulse" class="pulse left"></div>
      <div part="pulse" class="pulse right"></div>
      <div class="readout">
        <span class="dots" aria-hidden="true"><span class="dot left"></span><span class="dot right"></span></span>
        <span part="bpm" class="bpm">${this.bpm}</span>
        <span class="unit">${this.#unitText()}</span>
      </div>
      ${this.measured === null ? this.#renderAdjust() : this.#renderChoices(this.measured)}
      <div class="row controls">
        <button part="button tap-button" class="tap" aria-label="Tap tempo: tap with your steps" @click=${this.#onTap}>
          Tap
        </button>
        <button
          part="toggle"
          class=${playing ? 'toggle on' : 'toggle'}
          aria-label=${`${toggleLabel} metronome`}
          @pointerdown=${() => void this.warmUp()}
          @click=${this.#onToggle}
        >
          ${toggleLabel}
        </button>
      </div>
      ${
        this.#run
          ? html`<div class="row stop-row">
            <button
              part="button stop"
              class=${armed ? 'stop armed' : 'stop'}
              aria-label=${armed ? 'Press again to stop and save the run' : 'Stop metronome and save the run'}
              @click=${() => this.#confirmStop.press(() => void this.stop())}
            >
              ${armed ? 'Stop?' : 'Stop'}
            </button>
          </div>`
          : nothing
      }
      ${this.refused || this.#metronome.message ? html`<p part="message" class="message" role="alert">${this.refused || this.#metronome.message}</p>` : nothing}
      <span class="sr-only" role="status">${this.announcement}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-metronome': KneeMetronome;
  }
}
