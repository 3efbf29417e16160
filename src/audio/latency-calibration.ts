/**
 * Measures how late the beat reaches the ears (Bluetooth headphones add 100–300 ms the
 * browser often does not report): the user taps along with clicks played at a slow, steady
 * tempo, and each tap's distance from the nearest beat of the grid — where the browser thinks
 * the beat is heard — is a sample of the delay. The reading is the median sample, kept only
 * when the taps agree with each other.
 *
 * Pure: it takes page-clock times (an event's `timeStamp`, `performance.now()`), so tests
 * feed it numbers.
 */
import { median } from '../tap-tempo.js';
import { clampLatency } from './latency.js';
import type { Milliseconds, StepsPerMinute } from '../units.js';

/**
 * The calibration tempo. Slow enough that a delay up to 0.6 s is not mistaken for an early
 * tap on the next beat, fast enough to tap steadily.
 */
export const CALIBRATION_BPM: StepsPerMinute = 75;
/** Taps ignored at the start, while the user falls into the beat. */
export const SETTLE_TAPS = 2;
/** Taps counted into a reading, after the settling ones. */
export const COUNTED_TAPS = 8;
/** The median distance of taps from their median must be within this to be trusted. */
export const MAX_SPREAD: Milliseconds = 40;
/**
 * Samples fall in [-EARLY·period, (1-EARLY)·period): a tap up to a quarter of a beat before
 * the grid counts as early (people anticipate a beat by some tens of ms); anything later
 * counts as delay.
 */
const EARLY = 0.25;

export type CalibrationResult =
  | { state: 'collecting'; taps: number; needed: number }
  | { state: 'measured'; latency: Milliseconds; spread: Milliseconds; taps: number }
  | { state: 'uneven'; spread: Milliseconds; taps: number };

export class LatencyCalibration {
  #grid: { at: Milliseconds; period: Milliseconds } | null = null;
  #taps = 0;
  #samples: Milliseconds[] = [];

  /** Taps received so far, settling ones included. */
  get taps() {
    return this.#taps;
  }

  /**
   * Tells the calibration when a beat is heard according to the browser (page clock) and the
   * beat period. The grid extends both ways from the latest beat.
   */
  beat(heardAt: Milliseconds, period: Milliseconds) {
    if (!(period > 0) || !Number.isFinite(heardAt)) throw new RangeError('a beat needs a finite time and a positive period');
    this.#grid = { at: heardAt, period };
  }

  /** Records a tap; taps before the first beat are ignored. */
  tap(at: Milliseconds): CalibrationResult {
    const grid = this.#grid;
    if (grid) {
      this.#taps += 1;
      if (this.#taps > SETTLE_TAPS && this.#samples.length < COUNTED_TAPS) this.#samples.push(offsetFromGrid(at, grid.at, grid.period));
    }
    return this.result();
  }

  result(): CalibrationResult {
    const samples = this.#samples;
    if (samples.length < COUNTED_TAPS) return { state: 'collecting', taps: this.#taps, needed: SETTLE_TAPS + COUNTED_TAPS };
    const middle = median(samples);
    const spread = Math.round(median(samples.map((s) => Math.abs(s - middle))));
    if (spread > MAX_SPREAD) return { state: 'uneven', spread, taps: this.#taps };
    return { state: 'measured', latency: clampLatency(Math.round(middle)), spread, taps: this.#taps };
  }

  reset() {
    this.#grid = null;
    this.#taps = 0;
    this.#samples = [];
  }
}

/** Where `at` falls relative to the nearest grid beat, in [-EARLY·period, (1-EARLY)·period). */
export function offsetFromGrid(at: Milliseconds, beatAt: Milliseconds, period: Milliseconds): Milliseconds {
  const phase = (((at - beatAt) % period) + period) % period;
  return phase >= (1 - EARLY) * period ? phase - period : phase;
}
