/**
 * The phone's own motion sensor as a cadence source: `devicemotion` (acceleration including
 * gravity) into a StepDetector. The browser sends motion only while the page is visible, so the
 * run screen keeps the screen awake while measuring. On iOS the permission must be asked on a
 * tap (`DeviceMotionEvent.requestPermission`).
 *
 * Readings are timed by the sensor's own interval (`event.interval`), summed, not by when the
 * event reached the page: a busy page delivers events late and in bunches, but they were
 * sampled evenly.
 */
import { StepDetector } from './step-detector.js';
import type { StepsPerMinute } from '../units.js';

type PermissionAsking = typeof DeviceMotionEvent & { requestPermission?: () => Promise<'granted' | 'denied'> };

export class MotionCadence {
  /** Each footfall as the detector finds it (up to a second or so after it), on the page clock (ms, like performance.now()). */
  onfootfall: ((at: number) => void) | null = null;
  /** The reading being pushed: its page time, against the detector's own time base. */
  #stamp = 0;
  readonly detector = new StepDetector({ onStep: (t) => this.onfootfall?.(this.#stamp - (this.#t - t)) });
  /** Called after each reading that changes the step count. */
  onsteps: ((steps: number, cadence: StepsPerMinute) => void) | null = null;
  #t = 0;
  #lastStamp = Number.NaN;
  #listening = false;
  #steps = 0;

  get cadence(): StepsPerMinute {
    return this.detector.cadence;
  }
  get steps(): number {
    return this.detector.steps;
  }
  get listening(): boolean {
    return this.#listening;
  }

  /** True where the browser has motion events at all. */
  static get available(): boolean {
    return typeof window !== 'undefined' && typeof DeviceMotionEvent !== 'undefined';
  }

  /**
   * Starts listening; call from a tap (iOS asks permission then). Resolves false, with the
   * reason, when motion is unavailable or refused.
   */
  async start(): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (!MotionCadence.available) return { ok: false, reason: 'This browser has no motion sensor access.' };
    const asking = DeviceMotionEvent as PermissionAsking;
    if (typeof asking.requestPermission === 'function') {
      try {
        if ((await asking.requestPermission()) !== 'granted')
          return { ok: false, reason: 'Motion access was not allowed. It can be allowed in the browser’s settings.' };
      } catch {
        return { ok: false, reason: 'Motion access must be asked with a tap.' };
      }
    }
    if (!this.#listening) addEventListener('devicemotion', this.#onMotion);
    this.#listening = true;
    return { ok: true };
  }

  stop() {
    removeEventListener('devicemotion', this.#onMotion);
    this.#listening = false;
  }

  readonly #onMotion = (event: DeviceMotionEvent) => {
    const a = event.accelerationIncludingGravity;
    if (!a || a.x === null || a.y === null || a.z === null) return;
    // The sensor's interval when it gives one (ms; some browsers give seconds), else arrival time.
    const interval = event.interval > 0 ? (event.interval < 1 ? event.interval * 1000 : event.interval) : Number.NaN;
    if (Number.isFinite(interval)) this.#t += interval;
    else {
      this.#t += Number.isNaN(this.#lastStamp) ? 0 : Math.max(0, event.timeStamp - this.#lastStamp);
      this.#lastStamp = event.timeStamp;
    }
    this.#stamp = event.timeStamp;
    this.detector.push(this.#t, a.x, a.y, a.z);
    if (this.detector.steps !== this.#steps) {
      this.#steps = this.detector.steps;
      this.onsteps?.(this.#steps, this.detector.cadence);
    }
  };
}
