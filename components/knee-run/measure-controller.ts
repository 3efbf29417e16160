/**
 * The run screen's measured cadence: one source at a time (this phone's motion sensor, or a
 * Bluetooth running sensor), the coach that compares it with the target, and the record part.
 * Nothing here renders; the element reads it on its one-second tick.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BluetoothCadence, type CadenceUnit } from '../../src/cadence/bluetooth-source.js';
import { CadenceCoach, type ZoneState } from '../../src/cadence/coach.js';
import { MotionCadence } from '../../src/cadence/motion-source.js';
import { BluetoothHeartRate } from '../../src/cadence/heart-rate-source.js';
import { MinuteAverages } from '../../src/cadence/minute-averages.js';
import { ON_BEAT, OnBeat } from '../../src/cadence/on-beat.js';
import type { Bluetooth } from '../../src/cadence/web-bluetooth.js';
import type { HeartRateSummary, MeasuredCadence } from '../../src/session-record.js';
import type { StepsPerMinute } from '../../src/units.js';
import { wrist } from '../../src/watch/wrist.js';

export type MeasureSource = 'off' | 'motion' | 'bluetooth';

/** Steps of the latest that must be known before the coach reads them as off the beat. */
const OFF_BEAT_STEPS = 8;

export class MeasureController implements ReactiveController {
  source: MeasureSource = 'off';
  /** A plain-words problem with the source, or ''. */
  message = '';
  motion: MotionCadence | null = null;
  bluetooth: BluetoothCadence | null = null;
  coach: CadenceCoach | null = null;
  /**
   * How the steps land on the beat: footfalls against the clicks heard — from this phone's
   * motion sensor when it measures, otherwise from the watch's steps (a Bangle.js with our app).
   */
  onBeat = new OnBeat();
  /** A heart-rate strap or watch, beside the cadence source; null when none is connected. */
  heart: BluetoothHeartRate | null = null;
  /** A plain-words problem with the heart-rate sensor, or ''. */
  heartMessage = '';
  /** The run's heart rate, minute by minute (from its start). */
  #heartSeries: MinuteAverages | null = null;
  readonly #host: ReactiveControllerHost;

  /** Where the latest footfalls came from. */
  footfallsFrom: 'phone' | 'watch' | null = null;
  #stopWatchSteps: (() => void) | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#stopWatchSteps = wrist.onFootfall((at) => {
      if (this.source === 'motion') return;
      this.onBeat.footfall(at);
      this.footfallsFrom = 'watch';
    });
  }

  /** Steps per minute now, or NaN. */
  get cadence(): StepsPerMinute {
    if (this.source === 'motion') return this.motion?.cadence ?? Number.NaN;
    if (this.source === 'bluetooth') return this.bluetooth?.cadence ?? Number.NaN;
    return Number.NaN;
  }

  /** Beats per minute now, or NaN. */
  get heartRate(): number {
    return this.heart?.bpm ?? Number.NaN;
  }

  /** Connects a heart-rate strap or watch (call from a tap: the Bluetooth chooser). A problem goes to `heartMessage`. */
  async useHeartRate(bluetooth?: Bluetooth): Promise<void> {
    this.heart?.disconnect();
    this.heart = null;
    this.heartMessage = '';
    if (!bluetooth && !BluetoothHeartRate.available) {
      this.heartMessage = 'This browser has no Bluetooth access (Chrome on Android and desktop have it; Safari does not).';
    } else {
      const heart = new BluetoothHeartRate();
      heart.onchange = () => this.#host.requestUpdate();
      this.heart = heart;
      if (!(await heart.connect(bluetooth))) {
        this.heartMessage = heart.message;
        if (heart.status === 'idle') this.heart = null;
      }
    }
    this.#host.requestUpdate();
  }

  /** Lets the strap go. */
  stopHeartRate() {
    this.heart?.disconnect();
    this.heart = null;
    this.heartMessage = '';
    this.#host.requestUpdate();
  }

  /** The run's heart rate for its record, or null when no strap was connected. */
  heartSummary(): HeartRateSummary | null {
    const s = this.#heartSeries;
    if (!s || (!this.heart && s.knownS === 0)) return null;
    return { averageBpm: s.average, maxBpm: s.max, measuredS: s.knownS, perMinute: s.perMinute };
  }

  get zone(): ZoneState {
    return this.coach?.state ?? 'unknown';
  }

  /** Chooses the source; call from a tap (motion permission, the Bluetooth chooser). */
  async use(source: MeasureSource, unit: CadenceUnit = 'steps'): Promise<void> {
    this.#stopSources();
    this.source = source;
    this.message = '';
    if (source === 'motion') {
      this.motion = new MotionCadence();
      this.motion.onfootfall = (at) => {
        this.onBeat.footfall(at);
        this.footfallsFrom = 'phone';
      };
      const started = await this.motion.start();
      if (!started.ok) {
        this.message = started.reason;
        this.source = 'off';
        this.motion = null;
      }
    } else if (source === 'bluetooth') {
      if (!BluetoothCadence.available) {
        this.message = 'This browser has no Bluetooth access (Chrome on Android and desktop have it; Safari does not).';
        this.source = 'off';
      } else {
        this.bluetooth = new BluetoothCadence(unit);
        this.bluetooth.onchange = () => this.#host.requestUpdate();
        if (!(await this.bluetooth.connect())) this.message = this.bluetooth.message;
      }
    }
    this.#host.requestUpdate();
  }

  setUnit(unit: CadenceUnit) {
    if (this.bluetooth) this.bluetooth.unit = unit;
    this.#host.requestUpdate();
  }

  /** A run begins: a fresh coach at its target. */
  begin(target: StepsPerMinute) {
    this.coach = this.source === 'off' ? null : new CadenceCoach(target);
    this.#heartSeries = new MinuteAverages();
    this.onBeat = new OnBeat();
    this.footfallsFrom = null;
  }

  /** One tick of the run (time in ms of run, pauses excluded): returns the coach's zone. */
  tick(runMs: number, target: StepsPerMinute): ZoneState {
    this.#heartSeries?.add(runMs, this.heartRate);
    if (!this.coach) return 'unknown';
    this.coach.target = target;
    const live = this.footfallsFrom ? this.onBeat.live : null;
    const offBeat = live !== null && live.steps >= OFF_BEAT_STEPS && Math.abs(live.medianOffsetMs) > ON_BEAT;
    return this.coach.update(runMs, this.cadence, offBeat);
  }

  /** The run's measured part for its record, or null when nothing measured it. */
  summary(): MeasuredCadence | null {
    if (!this.coach || this.source === 'off') return null;
    const onBeat = this.onBeat.summary();
    return { source: this.source, ...this.coach.summary, ...(onBeat ? { onBeat } : {}) };
  }

  hostDisconnected() {
    this.#stopWatchSteps?.();
    this.#stopWatchSteps = null;
    this.#stopSources();
    this.heart?.disconnect();
    this.heart = null;
  }

  #stopSources() {
    this.motion?.stop();
    this.motion = null;
    this.bluetooth?.disconnect();
    this.bluetooth = null;
  }
}
