/**
 * Owns the metronome's audio for one <knee-metronome>: loads Tone and the engine on demand,
 * starts and stops, watches the audio clock for interruptions and recovers from them, and
 * turns beats into a visual pulse and a vibration at the moment each beat is heard.
 *
 * Nothing here renders; the element reads `status`, `message` and `running`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AudioClockWatch, describeAudioHealth, type AudioHealth } from '../../src/audio/audio-health.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import type { BeatInfo, MetronomeEngine, MetronomeSettings, SegmentInfo } from '../../src/audio/metronome-engine.js';
import { loadAudioRuntime as loadRuntime, type AudioRuntime } from '../../src/audio/load-runtime.js';
import { MEDIA_ROUTE_DELAY, type MediaElementRoute } from '../../src/audio/media-route.js';
import type { RunSegment } from '../../src/run/run-plan.js';
import { pageTimeOf } from '../../src/audio/output-time.js';
import type { Milliseconds } from '../../src/units.js';

/** The runtime's live (Tone-wrapped) audio context. */
type LiveContext = Awaited<ReturnType<AudioRuntime['unlockAudio']>>;

/** Two walk/run plans with the same segments (the host builds a fresh array each time). */
const samePlan = (a: readonly RunSegment[] | null, b: readonly RunSegment[] | null) => JSON.stringify(a) === JSON.stringify(b);

export type MetronomeStatus = 'idle' | 'starting' | 'running' | 'interrupted';

export interface MetronomeHost extends ReactiveControllerHost {
  /** The settings the engine should play with now. */
  readonly engineSettings: MetronomeSettings;
  /** Walk/run segments for the next start (null: a continuous beat); read at each start. */
  readonly enginePlan?: readonly RunSegment[] | null;
  /** Through the media element (`locked`) or straight out (`mix`); read at each start. */
  readonly audioMode?: AudioMode;
  /**
   * Called when a beat is heard, not when it is computed: at `heardAt` on the page clock (the
   * audio clock mapped to it, plus the `cueDelay` option).
   */
  beatHeard(beat: BeatInfo, heardAt: Milliseconds): void;
  /** A plan's segment began (or is under way at a resume); called as the audio thread plays its cue. */
  segmentChanged?(segment: SegmentInfo): void;
  /** A plan played to its end; the beat has stopped by itself (`status` is idle again). */
  planEnded?(beats: number): void;
}

/** How often the audio clock is checked while playing. */
const WATCH_INTERVAL: Milliseconds = 500;
/** How long a resumed context gets to prove its clock moves again. */
const RESUME_PROOF: Milliseconds = 250;

export class MetronomeController implements ReactiveController {
  status: MetronomeStatus = 'idle';
  /** A plain-words problem to show the user, or ''. */
  message = '';

  readonly #host: MetronomeHost;
  readonly #cueDelay: () => Milliseconds;
  #engine: MetronomeEngine | null = null;
  #watchTimer = 0;
  readonly #beatTimers = new Set<number>();
  #starting: Promise<boolean> | null = null;
  #connected = false;
  /** Beats played by engines replaced since the start (a context the platform closed). */
  #carried = 0;
  /** The media-element route the engine plays through (held while the beat plays), or null. */
  #route: MediaElementRoute | null = null;
  #routeHeld = false;

  /**
   * `cueDelay`: extra delay of `beatHeard` (the pulse and vibration) for output latency the
   * browser does not report, such as Bluetooth headphones'; read on each beat (default 0).
   */
  constructor(host: MetronomeHost, { cueDelay = () => 0 }: { cueDelay?: () => Milliseconds } = {}) {
    this.#host = host;
    this.#cueDelay = cueDelay;
    host.addController(this);
  }

  get running() {
    return this.status === 'running' || this.status === 'interrupted';
  }
  /** Beats heard since the beat last started, across engines replaced after an interruption. */
  get beats() {
    return this.#carried + (this.#engine?.beats ?? 0);
  }

  hostConnected() {
    this.#connected = true;
  }

  hostDisconnected() {
    this.#connected = false;
    this.#teardown();
  }

  /**
   * Loads audio ahead of a tap when the browser already counts the gesture as user activation
   * (a mouse press): the tap's click then only has to start the beat.
   */
  async warmUp() {
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (!activation?.isActive || this.#engine) return;
    try {
      const audio = await loadRuntime();
      const context = await audio.unlockAudio();
      await audio.MetronomeEngine.load(context);
    } catch {
      // Warm-up is only an optimisation; start() reports real failures.
    }
  }

  /**
   * Readies what needs no user gesture: the audio code, the context (created suspended where
   * the browser wants a gesture; Start resumes it) and the worklet module. A screen whose main
   * job is Start (the run screen) calls this when it opens.
   */
  prepare(): Promise<void> {
    this.#preparing ??= (async () => {
      try {
        const audio = await loadRuntime();
        audio.setAudioMode(this.#host.audioMode ?? 'locked');
        const context = audio.audioContext();
        // The engine too (its node waits silently): Start then only resumes, routes and starts.
        if (!this.#engine && this.#connected) await this.#createEngine(audio, context, audio.outputRoute(context));
      } catch {
        // Only an optimisation, as above.
      }
    })();
    return this.#preparing;
  }

  #preparing: Promise<void> | null = null;

  async #createEngine(audio: AudioRuntime, context: LiveContext, route: MediaElementRoute | null) {
    const engine = await audio.MetronomeEngine.create(context, this.#host.engineSettings, {
      plan: this.#host.enginePlan ?? null,
      ...(route ? { destination: route.input } : {}),
    });
    if (!this.#connected) {
      engine.dispose();
      return;
    }
    engine.onbeat = (beat) => this.#scheduleBeat(beat);
    engine.onsegment = (segment) => this.#host.segmentChanged?.(segment);
    engine.onplanend = () => this.#planEnded();
    this.#engine = engine;
    this.#route = route;
  }

  /**
   * Starts the beat, or recovers an interrupted one. Call from a user gesture. Resolves true
   * once the beat is playing, false when it could not start (the reason is in `message`).
   */
  start(from = 0): Promise<boolean> {
    if (this.status === 'running') return Promise.resolve(false);
    this.#starting ??= this.#start(from).finally(() => (this.#starting = null));
    return this.#starting;
  }

  async #start(from: number): Promise<boolean> {
    const recovering = this.status === 'interrupted';
    if (!recovering) this.#carried = 0;
    this.#setStatus('starting', '');
    try {
      const audio = await loadRuntime();
      audio.setAudioMode(this.#host.audioMode ?? 'locked');
      let context = await audio.unlockAudio();
      // After an interruption, a context may say `running` with a stopped clock: prove it
      // moves, or replace it. (Not on an ordinary start: the probe would delay the first beat.)
      if ((recovering || context.rawContext.state !== 'running') && !(await this.#clockMoves(context.rawContext))) {
        this.#replaceEngine(recovering);
        context = await audio.replaceAudioContext();
      }
      if (!this.#connected) return false;
      await this.#preparing;
      const route = await this.#playRoute(audio, context);
      if (this.#engine && (this.#engine.context !== context || this.#route !== route)) this.#replaceEngine(recovering);
      const plan = this.#host.enginePlan ?? null;
      if (!this.#engine) await this.#createEngine(audio, context, route);
      else if (!samePlan(this.#engine.plan, plan)) await this.#engine.setPlan(plan);
      if (!this.#connected || !this.#engine) return false;
      await this.#engine.start(from);
      this.#watchClock(context.rawContext as AudioContext);
      this.#setStatus('running', '');
      return true;
    } catch (error) {
      this.#releaseRoute();
      this.#setStatus('idle', `Audio could not start: ${(error as Error).message || 'unknown error'}.`);
      return false;
    }
  }

  /**
   * The media-element route for the `locked` mode, playing; null for `mix` — or when the
   * element will not play (then the beat goes straight out, and may stop with the screen).
   */
  async #playRoute(audio: AudioRuntime, context: LiveContext): Promise<MediaElementRoute | null> {
    const route = audio.outputRoute(context);
    if (!route) return null;
    if (this.#routeHeld) return route;
    this.#routeHeld = await route.play();
    return this.#routeHeld ? route : null;
  }

  #releaseRoute() {
    if (this.#routeHeld) this.#route?.release();
    this.#routeHeld = false;
  }

  /** The plan's end: the audio thread has stopped the beat. */
  #planEnded() {
    const beats = this.beats;
    this.#stopWatching();
    this.#releaseRoute();
    this.#carried = 0;
    this.#setStatus('idle', '');
    this.#host.planEnded?.(beats);
  }

  /** Stops the beat; resolves with the beats played, or null when it was not running. */
  async stop(): Promise<number | null> {
    if (this.#starting) await this.#starting;
    if (!this.running || !this.#engine) return null;
    this.#stopWatching();
    this.#clearBeatTimers();
    const beats = this.#carried + (await this.#engine.stop());
    this.#carried = 0;
    this.#releaseRoute();
    this.#setStatus('idle', '');
    return beats;
  }

  /** Pushes changed settings to a live engine. */
  sync(changed: Partial<MetronomeSettings>) {
    const engine = this.#engine;
    if (!engine) return;
    if (changed.bpm !== undefined) void engine.setBpm(changed.bpm);
    if (changed.accentEvery !== undefined) void engine.setAccent(changed.accentEvery);
    if (changed.sound !== undefined) void engine.setSound(changed.sound);
    if (changed.volume !== undefined) engine.setVolume(changed.volume);
  }

  /** True when the context is running and its clock advances. */
  async #clockMoves(context: BaseAudioContext): Promise<boolean> {
    if (context.state !== 'running') return false;
    const before = context.currentTime;
    await new Promise((resolve) => setTimeout(resolve, before === 0 ? RESUME_PROOF : 30));
    if (context.currentTime > before) return true;
    await new Promise((resolve) => setTimeout(resolve, RESUME_PROOF));
    return context.currentTime > before;
  }

  #watchClock(context: AudioContext) {
    this.#stopWatching();
    const watch = new AudioClockWatch(() => context);
    const check = () => this.#report(watch.check());
    context.addEventListener('statechange', check);
    this.#watchTimer = window.setInterval(check, WATCH_INTERVAL);
    this.#unwatch = () => context.removeEventListener('statechange', check);
  }

  #unwatch: () => void = () => undefined;

  #stopWatching() {
    clearInterval(this.#watchTimer);
    this.#unwatch();
    this.#unwatch = () => undefined;
  }

  #report(health: AudioHealth) {
    if (health === 'ok') {
      if (this.status === 'interrupted') this.#setStatus('running', '');
      return;
    }
    if (this.status === 'running') this.#setStatus('interrupted', describeAudioHealth(health));
  }

  #scheduleBeat(beat: BeatInfo) {
    if (document.hidden) return; // nobody sees the pulse and vibration is refused when hidden
    // The media element plays the sound later than the context's own output, by a constant.
    const routeDelay = this.#routeHeld ? MEDIA_ROUTE_DELAY : 0;
    const heardAt = pageTimeOf(this.#engine?.context.rawContext, beat.time) + routeDelay + this.#cueDelay();
    const timer = window.setTimeout(
      () => {
        this.#beatTimers.delete(timer);
        this.#host.beatHeard(beat, heardAt);
      },
      Math.max(0, heardAt - performance.now()),
    );
    this.#beatTimers.add(timer);
  }

  #clearBeatTimers() {
    for (const timer of this.#beatTimers) clearTimeout(timer);
    this.#beatTimers.clear();
  }

  #setStatus(status: MetronomeStatus, message: string) {
    this.status = status;
    this.message = message;
    this.#host.requestUpdate();
  }

  /** Drops an engine whose context is gone; mid-run, the beats it played still count. */
  #replaceEngine(midRun: boolean) {
    if (midRun) this.#carried += this.#engine?.beats ?? 0;
    this.#disposeEngine();
  }

  #disposeEngine() {
    this.#engine?.dispose();
    this.#engine = null;
  }

  #teardown() {
    this.#preparing = null;
    this.#stopWatching();
    this.#clearBeatTimers();
    this.#disposeEngine();
    this.#releaseRoute();
    this.status = 'idle';
    this.message = '';
  }
}
