import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AUDIO_MODES, type AudioMode } from '../../src/audio/audio-mode.js';
import { vibrate } from '../../src/platform/haptics.js';
import { ScreenWakeLock } from '../../src/platform/wake-lock.js';
import { speak } from '../../src/platform/speech.js';
import { DEFAULT_HOLD, type HoldPhase, type HoldSettings, type Segment } from '../../src/hold/hold-plan.js';
import type { HoldSession } from '../../src/hold/hold-session.js';
import { plannedReps, sessionRecord, totalReps, type HoldSessionRecord } from '../../src/session-record.js';
import { ActivityController } from '../shared/activity-controller.js';
import { PainDuringController } from '../shared/pain-during.js';
import { HOP_ORDER } from '../../src/program/limits.js';
import { clamped, oneOf, rawAttribute } from '../shared/clamped.js';
import { HoldController } from './hold-controller.js';
import { KneeHoldEndEvent, KneeHoldStartEvent } from './hold-events.js';
import { holdTimerStyles } from './knee-hold-timer.styles.js';

const PHASE_NAMES: Record<HoldPhase, string> = {
  ready: 'Ready',
  'lead-in': 'Get ready',
  hold: 'Hold',
  rest: 'Relax',
  switch: 'Switch sides',
  'set-rest': 'Rest',
  done: 'Done',
};
const SIDE_NAMES = { left: 'Left', right: 'Right', none: '' } as const;
/** Vibration per phase: long to tighten, double to let go, triple to switch. */
const HAPTICS: Partial<Record<HoldPhase, number[]>> = {
  hold: [250],
  rest: [80, 60, 80],
  'set-rest': [80, 60, 80],
  switch: [150, 100, 150, 100, 150],
  done: [300, 100, 300],
};
const RING = 2 * Math.PI * 47;
/** Drawn, not font glyphs: watch fonts often lack ⏭ and ■. */
const STOP_ICON = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="1.5"></rect></svg>`;
const SKIP_ICON = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 5.5v13l9.5-6.5z"></path><rect x="16" y="5.5" width="3" height="13" rx="1"></rect></svg>`;

/**
 * An isometric hold timer: timed holds with reps, sets, rest, left/right sides, a lead-in, and
 * cues you can follow eyes closed — a rising "go", a falling "release", soft ticks in a hold's
 * last 3 s, a triple beep to switch sides — all scheduled on the audio clock.
 *
 * Keyboard: Space starts, pauses and resumes; Escape stops.
 *
 * @summary Isometric hold timer with audio, visual and haptic cues.
 *
 * @fires {KneeHoldStartEvent} knee-hold-start - A hold began (`rep`, `set`, `side`). Bubbles, composed.
 * @fires {KneeHoldEndEvent} knee-hold-end - A hold ended (`rep`, `set`, `side`, `heldS`, `completed`). Bubbles, composed.
 * @fires {KneeSessionEvent} knee-session - At the end, or on stop: a `hold` session record (`record`). Bubbles, composed.
 * @fires {KneeSessionProgressEvent} knee-session-progress - While running, at each rep, on pause and every 5 s: the session so far (`record`, partial). Bubbles, composed.
 *
 * @csspart face - The round timer face.
 * @csspart ring - The progress ring (SVG).
 * @csspart phase - The phase name (Hold, Relax, Switch sides…).
 * @csspart seconds - The big number: seconds left in the phase.
 * @csspart detail - Rep, set and side.
 * @csspart button - Every control button.
 * @csspart primary - The start / pause / resume button.
 * @csspart message - A problem message (no sound, audio interrupted).
 *
 * @cssprop --knee-accent - Accent colour: rest ring, start button, focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-hold-color - Ring and phase colour during a hold (default #b3261e; dark #ff8a80).
 * @cssprop --knee-rest-color - Ring colour outside holds (default: --knee-accent).
 * @cssprop --knee-track - The ring's empty track (default #dde5e2; dark #2a3230).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 * @cssprop --knee-bg - Face background (default #fff; dark #000).
 * @cssprop --knee-button-bg - Button background (default #e8eeec; dark #1f2624).
 * @cssprop --knee-on-accent - Text on the accent colour (default #fff; dark #000).
 * @cssprop --knee-warning - Problem message colour (default #b00020; dark #ff8a80).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-hold-timer')
export class KneeHoldTimer extends LitElement {
  static override styles = holdTimerStyles;

  readonly #timer = new HoldController(this);
  readonly #wakeLock = new ScreenWakeLock();
  /** The set as an activity: its checkpoints, the lock screen, requests from the strip and watch. */
  readonly #activity = new ActivityController(this, {
    kind: 'hold',
    draft: () => this.#record(false),
    view: () => ({
      title: this.#started.label || 'Hold timer',
      detail: this.#phaseWords(),
      elapsedS: this.elapsed,
      paused: this.status === 'paused',
      pausable: true,
    }),
    pause: () => this.pause(),
    resume: () => void this.resume(),
    stop: () => this.stop(),
    media: { album: () => 'Kneebeat exercises' },
  });
  /** What the set was started as (its exercise and name), kept however the attributes change meanwhile. */
  #started: { exercise: string | null; label: string } = { exercise: null, label: '' };
  /** "It hurts": a score above the limit ends the set (recorded as partial, with the score). */
  readonly #pain = new PainDuringController(
    this,
    () => (this.exercise && HOP_ORDER.includes(this.exercise) ? 'hop' : 'exercise'),
    (_, advice) => {
      if (advice.action === 'carry-on') this.#activity.checkpoint();
      else this.stop();
    },
  );

  /** Polite announcement of the phase (never every second). */
  @state() private announcement = '';

  /** Seconds per hold, 1–120 (default 5). */
  @clamped({ min: 1, max: 120, fallback: DEFAULT_HOLD.holdS, attribute: 'hold' })
  @property({ attribute: 'hold', noAccessor: true, converter: rawAttribute })
  declare hold: number;

  /** Seconds of rest between reps, 0–300 (default 3). */
  @clamped({ min: 0, max: 300, fallback: DEFAULT_HOLD.restS, attribute: 'rest' })
  @property({ attribute: 'rest', noAccessor: true, converter: rawAttribute })
  declare rest: number;

  /** Reps per set (per side), 1–50 (default 10). */
  @clamped({ min: 1, max: 50, fallback: DEFAULT_HOLD.reps, integer: true, attribute: 'reps' })
  @property({ attribute: 'reps', noAccessor: true, converter: rawAttribute })
  declare reps: number;

  /** Sets, 1–10 (default 1). */
  @clamped({ min: 1, max: 10, fallback: DEFAULT_HOLD.sets, integer: true, attribute: 'sets' })
  @property({ attribute: 'sets', noAccessor: true, converter: rawAttribute })
  declare sets: number;

  /** Seconds of rest between sets, 0–600 (default 30). */
  @clamped({ min: 0, max: 600, fallback: DEFAULT_HOLD.setRestS, attribute: 'set-rest' })
  @property({ attribute: 'set-rest', noAccessor: true, converter: rawAttribute })
  declare setRest: number;

  /** Seconds to change sides, 0–60 (default 5). */
  @clamped({ min: 0, max: 60, fallback: DEFAULT_HOLD.switchS, attribute: 'switch' })
  @property({ attribute: 'switch', noAccessor: true, converter: rawAttribute })
  declare switch: number;

  /** Countdown before the first hold, 0–10 s (default 3; 0 = none). */
  @clamped({ min: 0, max: 10, fallback: DEFAULT_HOLD.leadInS, attribute: 'lead-in' })
  @property({ attribute: 'lead-in', noAccessor: true, converter: rawAttribute })
  declare leadIn: number;

  /** Cue loudness, 0–1 (default 0.9). */
  @clamped({ min: 0, max: 1, fallback: 0.9, attribute: 'volume' })
  @property({ attribute: 'volume', noAccessor: true, converter: rawAttribute })
  declare volume: number;

  /** `one` (default) or `both`: all reps on the left, a switch pause, then the right. */
  @oneOf(['one', 'both'], DEFAULT_HOLD.sides)
  @property({ attribute: 'sides', noAccessor: true })
  declare sides: HoldSettings['sides'];

  /** Content id of the exercise, for the session record (e.g. `quad-set`). */
  @property({ reflect: true }) exercise: string | null = null;

  /** Name shown before starting and used as the timer's accessible name (e.g. "Quad set"). */
  @property() label = '';

  /** Vibrate at each phase change where the device can (Android). */
  @property({ type: Boolean, reflect: true }) haptic = false;

  /** Speak the phase changes ("Hold", "Relax"…) where speech synthesis exists. */
  @property({ type: Boolean, reflect: true }) voice = false;

  /**
   * `locked` (default): keep the cues sounding when the screen locks (through a media
   * element; lock-screen and watch controls; on iOS it pauses other music). `mix`: play along
   * with the user's music (on iOS the silent switch and the lock silence it). Read at Start.
   */
  @oneOf(AUDIO_MODES, 'locked')
  @property({ attribute: 'audio-mode', noAccessor: true })
  declare audioMode: AudioMode;

  /** Settings of the next session (read by the controller when a session starts). */
  get holdSettings(): HoldSettings {
    return {
      holdS: this.hold,
      restS: this.rest,
      reps: this.reps,
      sets: this.sets,
      setRestS: this.setRest,
      sides: this.sides,
      switchS: this.switch,
      leadInS: this.leadIn,
    };
  }

  /** `ready`, `running`, `paused`, `done` or `stopped`. */
  get status() {
    return this.#timer.status;
  }

  /** Seconds of the session so far, pauses excluded (0 before a start). */
  get elapsed(): number {
    return this.#timer.session?.elapsed() ?? 0;
  }

  /** Where the session is, in words ("Rep 3/10 · Left"), or '' before a start. */
  get progressText(): string {
    const snap = this.#timer.snapshot;
    const settings = this.#timer.session?.settings;
    if (!snap || !settings || snap.phase === 'ready' || snap.phase === 'done') return '';
    const side = SIDE_NAMES[snap.side];
    return `Rep ${snap.rep}/${settings.reps}${settings.sets > 1 ? ` · Set ${snap.set}/${settings.sets}` : ''}${side ? ` · ${side}` : ''}`;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    void this.#wakeLock.release();
  }

  protected override willUpdate(changed: PropertyValues) {
    // Another exercise while a set runs (a reused card): the set ends, recorded as what it was.
    if (changed.has('exercise') && changed.get('exercise') !== undefined && (this.status === 'running' || this.status === 'paused')) this.stop();
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('volume')) this.#timer.volumeChanged(this.volume);
  }

  /** Starts a session with the current settings. The first call must come from a user gesture (audio). */
  async start(): Promise<void> {
    if (this.status === 'running' || this.status === 'paused') return;
    this.#pain.reset();
    this.#started = { exercise: this.exercise, label: this.label };
    await this.#timer.start();
    if (this.#timer.status !== 'running') return;
    void this.#wakeLock.request();
    this.#activity.start();
  }

  /** Pauses the session; the cues still to come are cancelled. */
  pause() {
    this.#timer.pause();
    this.#activity.pause();
  }

  /** Resumes a paused session; its cues are scheduled again from where it was. */
  async resume(): Promise<void> {
    await this.#timer.resume();
    if (this.status === 'running') this.#activity.resume();
  }

  /** Skips to the next rep's hold (the current hold, if any, ends unfinished). */
  skip() {
    this.#timer.skip();
  }

  /** Stops early; the partial session is still recorded. */
  stop() {
    this.#timer.stop();
  }

  /** @internal */
  phaseEntered(segment: Segment, late: boolean) {
    if (segment.phase === 'hold') this.dispatchEvent(new KneeHoldStartEvent(segment));
    this.#activity.updateMedia();
    if (late) return; // cues for moments that already passed would only confuse
    this.#cueBody(segment.phase, segment);
  }

  /** @internal */
  holdEnded(segment: Segment, held: number) {
    this.dispatchEvent(new KneeHoldEndEvent(segment, held, held >= this.#timer.session!.settings.holdS - 1e-6));
    if (this.#timer.session?.status === 'running') this.#activity.checkpoint();
  }

  /** @internal */
  sessionEnded(session: HoldSession) {
    void this.#wakeLock.release();
    if (session.status === 'done') this.#cueBody('done', null);
    const record = this.#record(true);
    if (record) this.#activity.finish(record);
  }

  /** The session as a record: a draft while it runs, the final record when `ended`. */
  #record(ended: boolean): HoldSessionRecord | null {
    const session = this.#timer.session;
    const activity = this.#activity.activity;
    if (!session || !activity || (!ended && session.status !== 'running' && session.status !== 'paused')) return null;
    const { holdS, reps, sets, sides } = session.settings;
    const done = session.completedReps();
    return sessionRecord<HoldSessionRecord>({
      id: activity.id,
      kind: 'hold',
      exerciseId: this.#started.exercise,
      startedAt: activity.startedAt,
      endedAt: activity.endedAt,
      // Complete only when every rep of every set (and side) was held in full.
      complete: ended && session.status === 'done' && done.every((row) => row.every((n) => n === reps)),
      planned: { holdS, reps, sets, sides },
      done: { reps: done, timeUnderTensionS: Math.round(session.timeUnderTension() * 1000) / 1000 },
      ...(this.#pain.highest !== null ? { pain: { before: null, during: this.#pain.highest, after: null } } : {}),
    });
  }

  /** The highest "it hurts" score of the session under way (or the last one), or null. */
  get painDuring(): number | null {
    return this.#pain.highest;
  }

  /** Haptic, spoken and screen-reader cues for a phase change (audio cues are already scheduled). */
  #cueBody(phase: HoldPhase, segment: Segment | null) {
    const pattern = HAPTICS[phase];
    if (this.haptic && pattern) vibrate(pattern);
    const words = segment ? this.#describe(segment) : 'Done. Well done.';
    this.announcement = words;
    if (this.voice) speak(PHASE_NAMES[phase]);
  }

  #describe(segment: Segment) {
    const side = SIDE_NAMES[segment.side];
    const where = segment.phase === 'hold' || segment.phase === 'rest' ? `, rep ${segment.rep} of ${this.#timer.session?.settings.reps}` : '';
    return `${PHASE_NAMES[segment.phase]}${side ? `, ${side.toLowerCase()} side` : ''}${where}`;
  }

  #onPrimary() {
    const status = this.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') void this.resume();
    else void this.start();
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      this.stop();
      event.preventDefault();
    } else if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) {
      this.#onPrimary();
      event.preventDefault();
    }
  }

  /** The phase, its seconds left and where in the set: "Hold 4 s · Rep 1/3 · Left" (the strip and lock screen). */
  #phaseWords(): string {
    const snap = this.#timer.snapshot;
    if (!snap) return '';
    const left = snap.phase === 'ready' || snap.phase === 'done' ? '' : ` ${Math.ceil(snap.remaining - 1e-6)} s`;
    return `${snap.paused ? 'Paused' : PHASE_NAMES[snap.phase]}${left}${this.progressText ? ` · ${this.progressText}` : ''}`;
  }

  /** Under the count of reps held: "of 10 reps · 50 s held". */
  #doneText(held: number) {
    const session = this.#timer.session;
    if (!session || held === 0) return 'No rep held';
    return `of ${plannedReps(session.settings)} reps · ${Math.round(session.timeUnderTension())} s held`;
  }

  #renderRing(fraction: number) {
    return svg`<svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true">
      <circle class="track" cx="50" cy="50" r="47"></circle>
      <circle class="progress" cx="50" cy="50" r="47" stroke-dasharray=${RING} stroke-dashoffset=${RING * (1 - fraction)}></circle>
    </svg>`;
  }

  override render() {
    const status = this.status;
    const snap = this.#timer.snapshot;
    const active = status === 'running' || status === 'paused';
    const phase: HoldPhase = active && snap ? snap.phase : status === 'done' || status === 'stopped' ? 'done' : 'ready';
    const session = this.#timer.session;
    // Finished or stopped: the big figure is what was done (reps held), not a 0.
    const held = phase === 'done' && session ? totalReps(session.completedReps()) : 0;
    const seconds = active && snap ? Math.ceil(snap.remaining - 1e-6) : phase === 'ready' ? this.hold : held;
    // The ring steps with the count, once a second: between steps nothing on the face changes,
    // so nothing is repainted (a ring that follows the clock smoothly repaints every frame).
    const fraction = active && snap && snap.phaseLength > 0 ? Math.min(1, seconds / snap.phaseLength) : phase === 'done' ? 0 : 1;
    const settings = session?.settings ?? this.holdSettings;
    const detail =
      phase === 'ready'
        ? `${this.label ? `${this.label}: ` : ''}${settings.reps} × ${settings.holdS} s${settings.sets > 1 ? `, ${settings.sets} sets` : ''}${settings.sides === 'both' ? ', each side' : ''}`
        : phase === 'done'
          ? this.#doneText(held)
          : this.progressText;
    const primary = status === 'running' ? 'Pause' : status === 'paused' ? 'Resume' : phase === 'done' ? 'Again' : 'Start';
    return html`<div
      part="face"
      class="face"
      data-phase=${phase}
      role="timer"
      aria-label=${this.label || 'Hold timer'}
      @keydown=${this.#onKeydown}
    >
      ${this.#renderRing(fraction)}
      <div part="phase" class="phase">${snap?.paused ? 'Paused' : status === 'stopped' ? 'Stopped' : PHASE_NAMES[phase]}</div>
      <div part="seconds" class="seconds" aria-hidden=${active ? 'true' : 'false'}>${seconds}</div>
      <div part="detail" class="detail">${detail}</div>
      <div class="row">
        ${active ? html`<button part="button" aria-label="Stop" @click=${() => this.stop()}>${STOP_ICON}</button>` : nothing}
        <button part="button primary" class="primary" @click=${this.#onPrimary}>${primary}</button>
        ${active ? html`<button part="button" aria-label="Skip to next rep" @click=${() => this.skip()}>${SKIP_ICON}</button>` : nothing}
      </div>
      ${this.#pain.render(active)}
      ${this.#timer.message ? html`<p part="message" class="message" role="alert">${this.#timer.message}</p>` : nothing}
      <span class="sr-only" role="status">${this.announcement}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-hold-timer': KneeHoldTimer;
  }
}
