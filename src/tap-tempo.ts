/**
 * Tap tempo: tap along with your steps and get your cadence — the median of the recent tap
 * intervals, so one early or late tap does not skew it.
 */
import { CADENCE_MAX } from './program/limits.js';
import type { Milliseconds, StepsPerMinute } from './units.js';

export const MIN_BPM: StepsPerMinute = 60;
export const MAX_BPM: StepsPerMinute = 240;

/** Taps needed before a cadence is reported (three intervals). */
export const TAPS_NEEDED = 4;
/** Intervals kept for the median. */
const WINDOW = 8;
/** A pause this long starts a new measurement. */
const RESET_AFTER: Milliseconds = 2000;

export interface TapReading {
  cadence: StepsPerMinute;
  /** Taps in the current measurement. */
  taps: number;
}

export class TapTempo {
  #last: Milliseconds | null = null;
  #intervals: Milliseconds[] = [];

  get taps() {
    return this.#last === null ? 0 : this.#intervals.length + 1;
  }

  /** Records a tap at `time` (an event's timeStamp); returns the cadence once there are enough taps. */
  tap(time: Milliseconds): TapReading | null {
    if (this.#last !== null && time - this.#last > RESET_AFTER) this.reset();
    if (this.#last !== null && time > this.#last) {
      this.#intervals.push(time - this.#last);
      if (this.#intervals.length > WINDOW) this.#intervals.shift();
    }
    this.#last = time;
    if (this.taps < TAPS_NEEDED) return null;
    const cadence = clampBpm(Math.round(60000 / median(this.#intervals)));
    return { cadence, taps: this.taps };
  }

  reset() {
    this.#last = null;
    this.#intervals = [];
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const clampBpm = (bpm: number): StepsPerMinute => Math.min(MAX_BPM, Math.max(MIN_BPM, bpm));

/**
 * The clinical step-up: one's own cadence raised by `percent` (5–10 % is the usual advice),
 * but never above the recommended range's top (a cadence already above it is kept).
 */
export const raisedCadence = (cadence: StepsPerMinute, percent: number): StepsPerMinute =>
  clampBpm(Math.min(Math.max(cadence, CADENCE_MAX), Math.round(cadence * (1 + percent / 100))));
