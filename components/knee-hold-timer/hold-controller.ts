/**
 * Runs one <knee-hold-timer>'s session: the state model on the audio clock, every cue
 * scheduled on that clock up front (re-scheduled after pause, resume and skip), a display
 * refresh that only reads the clock, and transitions reported to the element in order — even
 * several at once after the page was busy or hidden.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { loadAudioRuntime } from '../../src/audio/load-runtime.js';
import type { MediaElementRoute } from '../../src/audio/media-route.js';
import { cuesFor } from '../../src/hold/hold-cues.js';
import type { CuePlayer } from '../../src/hold/cue-player.js';
import type { HoldSettings, Segment } from '../../src/hold/hold-plan.js';
import { CUE_LEAD, HoldSession, type Clock, type HoldSnapshot } from '../../src/hold/hold-session.js';
import type { Milliseconds } from '../../src/units.js';
import { wristPort as wrist } from '../../src/watch/wrist-port.js';

export interface HoldHost extends ReactiveControllerHost {
  readonly holdSettings: HoldSettings;
  readonly volume: number;
  /** Through the media element (`locked`, default) or straight out (`mix`); read at each start. */
  readonly audioMode?: AudioMode;
  /** A phase began; `late` when it began while the page could not run (already over, or not current). */
  phaseEntered(segment: Segment, late: boolean): void;
  /** A hold ended: `held` seconds of its planned length. */
  holdEnded(segment: Segment, held: number): void;
  /** The session finished (done) or was stopped. */
  sessionEnded(session: HoldSession): void;
}

/** Display refresh: reads the clock; it counts nothing. */
const REFRESH: Milliseconds = 100;

const performanceClock: Clock = () => performance.now() / 1000;
/** What the face shows of a snapshot: the phase, the whole seconds left, where in the set. */
const shownKey = (s: HoldSnapshot, status: string) => `${status}|${s.phase}|${s.paused}|${Math.ceil(s.remaining - 1e-6)}|${s.rep}|${s.set}|${s.side}`;
/** Read through a call: the state changes behind an `await`, which TypeScript's narrowing does not see. */
const isRunning = (context: AudioContext) => context.state === 'running';

export class HoldController implements ReactiveController {
  session: HoldSession | null = null;
  snapshot: HoldSnapshot | null = null;
  /** A plain-words problem to show, or ''. */
  message = '';

  readonly #host: HoldHost;
  #cues: CuePlayer | null = null;
  #audio: AudioContext | null = null;
  #timer = 0;
  /** Plan index of the last phase reported to the host. */
  #reported = -1;
  #connected = false;
  /** The session's end was reported; nothing more to do until the next start. */
  #finished = false;
  #busy: Promise<void> | null = null;
  /** The media-element route the cues play through (held while a session runs), or null. */
  #route: MediaElementRoute | null = null;

  constructor(host: HoldHost) {
    this.#host = host;
    host.addController(this);
  }

  get status() {
    return this.session?.status ?? 'ready';
  }

  hostConnected() {
    this.#connected = true;
  }

  hostDisconnected() {
    this.#connected = false;
    clearInterval(this.#timer);
    if (this.session?.status === 'running') wrist.cues([]);
    this.#cues?.dispose();
    this.#cues = null;
    this.#releaseRoute();
    this.session = null;
    this.snapshot = null;
  }

  /** A fresh session from the host's settings; starts it. Call from a user gesture. */
  start(): Promise<void> {
    return this.#exclusive(async () => {
      if (this.session && (this.status === 'running' || this.status === 'paused')) return;
      const clock = await this.#audioClock();
      if (!this.#connected) return;
      this.session = new HoldSession(this.#host.holdSettings, clock, this.#cues ? CUE_LEAD : 0);
      this.#reported = -1;
      this.#finished = false;
      this.session.start();
      this.#scheduleCues();
      this.#timer = window.setInterval(() => this.#refresh(), REFRESH);
      this.#refresh();
    });
  }

  pause() {
    if (this.status !== 'running') return;
    this.session!.pause();
    this.#cancelCues();
    this.#refresh();
  }

  resume(): Promise<void> {
    return this.#exclusive(async () => {
      if (this.status !== 'paused') return;
      if (this.#audio && this.#audio.state !== 'running') {
        try {
          await this.#audio.resume();
        } catch {
          // A closed context cannot resume: replaced below.
        }
        // The platform closed the context (or it will not run): go on with a new one. The
        // session keeps its time while paused, so it moves to the new clock without a jump.
        if (!isRunning(this.#audio)) {
          const clock = await this.#audioClock(true);
          if (!this.#connected || !this.session) return;
          this.session.useClock(clock);
        }
      }
      this.message = '';
      this.session!.resume();
      this.#scheduleCues();
      this.#refresh();
    });
  }

  skip() {
    const status = this.status;
    if (status !== 'running' && status !== 'paused') return;
    this.session!.skip();
    this.#cancelCues();
    if (this.session!.status === 'running') this.#scheduleCues();
    this.#refresh();
  }

  stop() {
    const status = this.status;
    if (status !== 'running' && status !== 'paused') return;
    this.session!.stop();
    this.#refresh();
  }

  volumeChanged(volume: number) {
    this.#cues?.setVolume(volume);
  }

  /**
   * The audio clock if audio can start; otherwise the page clock and a note that cues are off.
   * `replace`: the current context will not run again (closed, or stuck after an interruption).
   */
  async #audioClock(replace = false): Promise<Clock> {
    try {
      const runtime = await loadAudioRuntime();
      runtime.setAudioMode(this.#host.audioMode ?? 'locked');
      const context = await (replace ? runtime.replaceAudioContext() : runtime.unlockAudio());
      this.#audio = context.rawContext as AudioContext;
      this.#cues?.dispose();
      this.#releaseRoute();
      // When the element will not play, the cues go straight out (and may stop with the screen).
      const route = runtime.outputRoute(context);
      if (route && (await route.play())) this.#route = route;
      this.#cues = await runtime.CuePlayer.create(context, this.#host.volume, this.#route?.input);
      this.message = '';
      const audio = this.#audio;
      return () => audio.currentTime;
    } catch {
      this.#audio = null;
      this.#cues = null;
      this.message = 'Sound is unavailable here: the timer runs without audio cues.';
      return performanceClock;
    }
  }

  #scheduleCues() {
    const session = this.session;
    if (!session) return;
    const now = session.elapsed();
    const cues = cuesFor(session.plan)
      .filter((cue) => cue.time >= now)
      .map((cue) => ({ kind: cue.kind, at: session.clockTimeOf(cue.time) }));
    this.#cues?.schedule(cues);
    // The watch buzzes the same cues on its own clock: the session's clock mapped onto the page's.
    const toPage = this.#pageTimeOf();
    wrist.cues(cues.map((cue) => ({ kind: cue.kind, at: toPage(cue.at) })));
  }

  /** Cancels the cues still to come, here and on the watch. */
  #cancelCues() {
    this.#cues?.cancel();
    wrist.cues([]);
  }

  /**
   * The page's clock (ms) for a time on the session's clock (s): the audio clock's output time
   * where the context says when its output is heard, the audio clock read beside the page's
   * otherwise; the page's own clock when the timer runs without audio.
   */
  #pageTimeOf(): (at: number) => Milliseconds {
    const audio = this.#audio;
    if (!audio) return (at) => at * 1000;
    const stamp = typeof audio.getOutputTimestamp === 'function' ? audio.getOutputTimestamp() : null;
    const offset =
      stamp?.contextTime && stamp.performanceTime ? stamp.performanceTime - stamp.contextTime * 1000 : performance.now() - audio.currentTime * 1000;
    return (at) => at * 1000 + offset;
  }

  #refresh() {
    const session = this.session;
    if (!session || this.#finished) return;
    // The system took audio away (a call, another app): pause rather than run on silently.
    if (this.#audio && this.#audio.state !== 'running' && session.status === 'running') {
      session.pause();
      this.#cancelCues();
      this.message = 'Audio was interrupted, so the timer paused. Tap Resume to go on.';
    }
    this.#reportTransitions(session);
    this.snapshot = session.snapshot();
    const status = session.status;
    if (status === 'done' || status === 'stopped') {
      this.#finished = true;
      clearInterval(this.#timer);
      if (status === 'stopped') this.#cancelCues();
      this.#releaseRoute();
      this.#host.sessionEnded(session);
    }
    // The face shows whole seconds: render only when what it shows changed.
    const shown = shownKey(this.snapshot, status);
    if (shown !== this.#shown) this.#host.requestUpdate();
    this.#shown = shown;
  }
  /** What the face showed at the last render request ('' before one). */
  #shown = '';

  #reportTransitions(session: HoldSession) {
    const plan = session.plan;
    const at = session.elapsed();
    const found = plan.findIndex((segment) => at < segment.end);
    const current = found === -1 ? plan.length : found;
    for (let i = this.#reported; i < current; i++) {
      const exited = plan[i];
      if (exited?.phase === 'hold') this.#host.holdEnded(exited, session.heldFor(exited.holdIndex));
      const entered = plan[i + 1];
      if (entered) this.#host.phaseEntered(entered, i + 1 !== current);
    }
    this.#reported = Math.max(this.#reported, current);
    // Stopped inside a hold: that hold ended too, short.
    const cut = plan[current];
    if (session.status === 'stopped' && cut?.phase === 'hold') this.#host.holdEnded(cut, session.heldFor(cut.holdIndex));
  }

  #releaseRoute() {
    this.#route?.release();
    this.#route = null;
  }

  /** One start or resume at a time: a double tap must not make two sessions. */
  #exclusive(work: () => Promise<void>): Promise<void> {
    this.#busy ??= work().finally(() => (this.#busy = null));
    return this.#busy;
  }
}
