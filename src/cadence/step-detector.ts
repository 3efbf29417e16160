/**
 * Counts steps and measures cadence from an accelerometer, in real time: each reading is seen
 * once, in order (causal), at any rate from 25 to 100 Hz, with the device in any position —
 * a hand, a pocket, an armband, a neck pouch, a bag, or on a wrist. DOM-free: it runs in a
 * page, a worker or Node.
 *
 * How: the magnitude of the acceleration (so the device's orientation does not matter) minus
 * its slow average (gravity), resampled to a fixed internal rate. Every half second the last
 * few seconds are autocorrelated: walking and running repeat at the step (and the stride), so
 * a strong repeat at a plausible step interval means steps, at that interval; anything less
 * regular (waving, typing, washing up, a car) does not count. While steps go on, the count
 * grows by the time passed over the step interval — so a step whose peak is weak (a bag, a
 * back pocket) or doubled (a heel strike and a toe-off) still counts once.
 */
import type { Milliseconds, StepsPerMinute } from '../units.js';

export interface StepDetectorOptions {
  /**
   * How regular (autocorrelation 0–1, default 0.45) the signal must be to count as steps.
   * Higher: fewer false steps, more missed ones.
   */
  regularity?: number;
  /** Below this movement (m/s², standard deviation over the window) nothing counts (default 0.6). */
  minMotion?: number;
  /** Hops (0.48 s each) of steady steps before steps count (default 3). */
  confirmHops?: number;
  /**
   * Called with each footfall's time, in the time base of `push()` (ms): the moment the foot
   * lands, estimated — not the moment the step was recognised, which is up to a second later.
   * Footfalls are reported for the steps that count, in order.
   */
  onStep?: (t: number) => void;
}

/** Internal sample interval (50 Hz): a step interval to a few ms, at a small cost. */
const TICK: Milliseconds = 20;
/** The window autocorrelated, and how often. */
const WINDOW = 160; // ticks: 3.2 s
const HOP = 24; // ticks: 0.48 s
/** Plausible step intervals: 250 spm (fast running) to 71 spm (a very slow walk). */
const MIN_LAG = 12; // ticks: 240 ms
const MAX_LAG = 42; // ticks: 840 ms
/** Strides (two steps) up to this long are looked at too, to tell a step from a stride. */
const MAX_STRIDE_LAG = 100;
/**
 * Hops without a clear rhythm (up to ~2.9 s: a turn, a stumble, an arm busy with a bag) that a
 * walk may skip and go on, when the pace after it is the same. The price: a real stop that
 * short, at the same pace either side, is counted as walking (a few steps).
 */
const MAX_GAP_HOPS = 6;
/** Share of the starting regularity that keeps a walk going. */
const KEEP_GOING = 0.5;
/** A walk goes on after a gap when its step interval is within this share of the one before. */
const SAME_PACE = 0.15;
/** Gravity (the slow part of the magnitude) is followed with this time constant. */
const GRAVITY_TC: Milliseconds = 1000;
/**
 * The middle of the impact (see #impactCentre) comes before the foot switch closes: 49 ms is the
 * one shift that best fits every step of the public phone recordings (bench/footfall-oracle.mjs,
 * which finds each impact knowing the true step, so the shift is not fitted to this detector's
 * errors). A footfall is reported this long after the impact's centre.
 */
const CENTRE_TO_FOOTFALL: Milliseconds = 49;
/** The impact's centre is taken on the step signal smoothed over ±this many ticks (±80 ms). */
const SMOOTH = 4;
/**
 * A footfall is looked for between these shares of the step interval after the one before
 * (a step differs from the last by far less; a wider search picks up the other foot's toe-off).
 */
const NEXT_FROM = 0.75;
const NEXT_TO = 1.25;

export class StepDetector {
  readonly #regularity: number;
  readonly #minMotion: number;
  readonly #confirmHops: number;
  /** The step signal at the internal rate, a ring buffer. */
  readonly #signal = new Float64Array(WINDOW + MAX_STRIDE_LAG);
  /** Work arrays of the analysis, allocated once. */
  readonly #flat = new Float64Array(WINDOW + MAX_STRIDE_LAG);
  readonly #correlation = new Float64Array(MAX_STRIDE_LAG + 1);
  #written = 0;
  #sinceHop = 0;

  #lastT = Number.NaN;
  #gravity = Number.NaN;
  /** The previous reading's step signal, for interpolation onto the internal grid (its time is #lastT). */
  #lastValue = 0;
  #nextTick = 0;

  /** Steps so far as a real number (whole ones are reported). */
  #exact = 0;
  #period = Number.NaN;
  #regularHops = 0;
  /** Step interval of the walk under way (kept through a short gap), and hops missed since. */
  #walkPeriod = Number.NaN;
  #gapHops = 0;
  /** Ticks (of the internal signal) up to which steps have been counted. */
  #countedTo = 0;
  readonly #onStep: ((t: number) => void) | null;
  /** The time of internal tick 0 (ms, push()'s time base). */
  #tick0 = Number.NaN;
  /** The tick (a real number) of the last footfall reported, or NaN when a walk starts afresh. */
  #lastFootfall = Number.NaN;
  /** Footfalls are looked for up to this tick (what the count covers, less the unsettled tail). */
  #footfallsTo = 0;

  constructor(options: StepDetectorOptions = {}) {
    this.#regularity = options.regularity ?? 0.45;
    this.#minMotion = options.minMotion ?? 0.6;
    this.#confirmHops = options.confirmHops ?? 3;
    this.#onStep = options.onStep ?? null;
  }

  /** Steps counted so far. */
  get steps(): number {
    return Math.floor(this.#exact + 0.5);
  }

  /** Steps per minute now (over the last few seconds); NaN while unknown or standing still. */
  get cadence(): StepsPerMinute {
    return this.#regularHops >= this.#confirmHops ? 60000 / (this.#period * TICK) : Number.NaN;
  }

  /** One accelerometer reading: t in ms (monotonic), acceleration in m/s² including gravity. */
  push(t: number, x: number, y: number, z: number): void {
    const magnitude = Math.sqrt(x * x + y * y + z * z);
    if (!Number.isFinite(magnitude) || !Number.isFinite(t)) return;
    if (Number.isNaN(this.#lastT)) {
      this.#lastT = t;
      this.#gravity = magnitude;
      this.#lastValue = 0;
      this.#nextTick = t + TICK;
      this.#tick0 = t + TICK;
      return;
    }
    const dt = t - this.#lastT;
    if (dt <= 0) return;
    // Time-based coefficient: the same filter at any sample rate.
    this.#gravity += (magnitude - this.#gravity) * (1 - Math.exp(-dt / GRAVITY_TC));
    const value = magnitude - this.#gravity;
    // Onto the internal grid, by linear interpolation between readings.
    while (this.#nextTick <= t) {
      const f = (this.#nextTick - this.#lastT) / dt;
      this.#tick(this.#lastValue + f * (value - this.#lastValue));
      this.#nextTick += TICK;
    }
    this.#lastT = t;
    this.#lastValue = value;
  }

  #tick(value: number) {
    this.#signal[this.#written % this.#signal.length] = value;
    this.#written++;
    // From the first window with its stride history on: the first ~2 s of a walk are not
    // counted (counting them from zeros overcounts walks that start from standing).
    if (++this.#sinceHop < HOP || this.#written < WINDOW + MAX_STRIDE_LAG) return;
    this.#sinceHop = 0;
    this.#analyse();
  }

  /** The last window: is it steps, and at what interval? Then the count moves on by one hop. */
  #analyse() {
    // The window and the stride lags before it, oldest first, in one flat copy (no ring
    // arithmetic in the inner loop), mean removed.
    const span = WINDOW + MAX_STRIDE_LAG;
    const x = this.#flat;
    const n = this.#signal.length;
    for (let i = 0; i < span; i++) x[i] = this.#signal[(this.#written - span + i + n) % n]!;
    let mean = 0;
    for (let i = MAX_STRIDE_LAG; i < span; i++) mean += x[i]!;
    mean /= WINDOW;
    for (let i = 0; i < span; i++) x[i]! -= mean;
    // The newest window is x[MAX_STRIDE_LAG…span); the one `lag` earlier starts at MAX_STRIDE_LAG − lag.
    let a2 = 0;
    for (let i = MAX_STRIDE_LAG; i < span; i++) a2 += x[i]! * x[i]!;
    const still = Math.sqrt(a2 / WINDOW) < this.#minMotion;
    let period = Number.NaN;
    if (!still) {
      const r = this.#correlation;
      // Energy of the lagged window, kept up to date as the lag grows by one.
      let b2 = 0;
      for (let i = MAX_STRIDE_LAG - MIN_LAG; i < span - MIN_LAG; i++) b2 += x[i]! * x[i]!;
      for (let lag = MIN_LAG; lag <= MAX_STRIDE_LAG; lag++) {
        if (lag > MIN_LAG) b2 += x[MAX_STRIDE_LAG - lag]! ** 2 - x[span - lag]! ** 2;
        let sum = 0;
        for (let i = MAX_STRIDE_LAG, j = MAX_STRIDE_LAG - lag; i < span; i++, j++) sum += x[i]! * x[j]!;
        r[lag] = sum / Math.sqrt(a2 * b2 || 1);
      }
      period = this.#stepLag(r);
    }
    const wasCounting = this.#regularHops >= this.#confirmHops;
    if (Number.isNaN(period)) {
      if (wasCounting || this.#gapHops > 0) this.#gapHops++;
      if (this.#gapHops > MAX_GAP_HOPS) {
        this.#gapHops = 0;
        this.#walkPeriod = Number.NaN;
      }
      this.#regularHops = 0;
      this.#period = Number.NaN;
      return;
    }
    this.#period = period;
    this.#regularHops++;
    let counting: number;
    if (this.#gapHops > 0 && Math.abs(period - this.#walkPeriod) <= SAME_PACE * this.#walkPeriod) {
      // After a short gap at the same pace the walk goes on, and the gap's steps count.
      counting = (this.#gapHops + 1) * HOP;
      this.#regularHops = Math.max(this.#regularHops, this.#confirmHops);
    } else {
      if (this.#regularHops < this.#confirmHops) return;
      // Just confirmed: the steps held back while the rhythm was uncertain count too — the
      // first regular window's and every hop's since.
      counting = wasCounting ? HOP : WINDOW + (this.#regularHops - 1) * HOP;
    }
    this.#gapHops = 0;
    // Time already counted is never counted again (a window reaching back over it).
    const from = Math.max(this.#countedTo, this.#written - counting);
    if (from > this.#countedTo) this.#lastFootfall = Number.NaN; // a new walk: its first footfall is found afresh
    this.#exact += (this.#written - from) / period;
    this.#countedTo = this.#written;
    this.#walkPeriod = period;
    if (this.#onStep) this.#footfalls(Math.max(from, this.#footfallsTo), period);
  }

  /**
   * Reports the footfalls in the ticks counted since `from`: one a step, each found by the
   * strongest peak of the step signal where the next step is due (0.75–1.25 steps after the
   * last) and timed by the centre of that impact; less the newest half step, whose peak may
   * still be rising (it is looked at next time).
   */
  #footfalls(from: number, period: number) {
    const n = this.#signal.length;
    const oldest = this.#written - n + 1;
    const value = (k: number) => this.#signal[((k % n) + n) % n]!;
    const settled = this.#written - Math.ceil(period / 2);
    for (;;) {
      const last = this.#lastFootfall;
      const lo = Math.max(oldest + 1, Number.isNaN(last) ? from : Math.ceil(last + NEXT_FROM * period));
      const hi = Number.isNaN(last) ? Math.floor(lo + period) : Math.floor(last + NEXT_TO * period);
      if (hi >= settled || lo >= hi) break;
      let best = lo;
      for (let k = lo + 1; k <= hi; k++) if (value(k) > value(best)) best = k;
      this.#lastFootfall = best;
      this.#onStep!(this.#tick0 + this.#impactCentre(best, period) * TICK + CENTRE_TO_FOOTFALL);
    }
    this.#footfallsTo = settled;
  }

  /**
   * The middle of the impact whose peak is at tick `peak`: the centroid of the step signal's
   * positive lobe around it, lightly smoothed (±SMOOTH ticks), no wider than half a step either
   * way. The whole bump says more about when the foot landed than its highest sample does: a
   * peak can sit on either shoulder of a broad impact (bench/footfall-oracle.mjs: a median error of
   * 45 ms for the peak, 35 ms for the centroid, each with its best shift).
   */
  #impactCentre(peak: number, period: number): number {
    const n = this.#signal.length;
    const oldest = this.#written - n + SMOOTH;
    const newest = this.#written - 1 - SMOOTH;
    const reach = Math.floor(period / 2);
    const smoothed = (k: number) => {
      let sum = 0;
      for (let i = k - SMOOTH; i <= k + SMOOTH; i++) sum += this.#signal[((i % n) + n) % n]!;
      return sum / (2 * SMOOTH + 1);
    };
    let weight = 0;
    let moment = 0;
    for (const step of [-1, 1]) {
      for (let k = step < 0 ? peak : peak + 1; Math.abs(k - peak) <= reach && k >= oldest && k <= newest; k += step) {
        const v = smoothed(k);
        if (v <= 0) break;
        weight += v;
        moment += v * k;
      }
    }
    return weight > 0 ? moment / weight : peak;
  }

  /**
   * The step interval in ticks, or NaN when the window is not steps: the strongest repeat in
   * the step range — unless it is a stride, whose half (the step) also repeats clearly.
   */
  #stepLag(r: Float64Array): number {
    let best = Number.NaN;
    let bestR = this.#regularity;
    for (let lag = MIN_LAG + 1; lag < MAX_STRIDE_LAG; lag++) {
      const peak = r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!;
      if (peak && r[lag]! > bestR) {
        best = lag;
        bestR = r[lag]!;
      }
    }
    // Keep the pace under way while it still repeats (hysteresis: less regularity is needed to
    // go on than to begin), and do not flip between a step and a stride from one window to the next.
    const going = this.#walkPeriod;
    if (!Number.isNaN(going)) {
      const k = strongestNear(r, Math.round(going));
      const bar = Number.isNaN(best) ? KEEP_GOING * this.#regularity : Math.max(0.8 * bestR, KEEP_GOING * this.#regularity);
      if (k > MIN_LAG && k < MAX_STRIDE_LAG && r[k]! >= bar) return interpolate(r, k);
    }
    if (Number.isNaN(best)) return best;
    // A stride, when its half repeats too (the other foot; at a step lag itself, half of it
    // falls between the feet: anti-phase, negative) or it is too long to be one step: one
    // step is half of it.
    const half = Math.round(best / 2);
    const stride = half >= MIN_LAG && (r[strongestNear(r, half)]! > 0 || best > MAX_LAG);
    const stepLag = interpolate(r, best) / (stride ? 2 : 1);
    return stepLag >= MIN_LAG && stepLag <= MAX_LAG ? stepLag : Number.NaN;
  }
}

/** `lag` or the neighbour either side with the stronger repeat (within the searched lags). */
function strongestNear(r: Float64Array, lag: number): number {
  let k = lag;
  for (const c of [lag - 1, lag + 1]) if (c >= MIN_LAG && c < MAX_STRIDE_LAG && r[c]! > r[k]!) k = c;
  return k;
}

/** The peak of a parabola through r[lag-1], r[lag], r[lag+1]: a lag between ticks. */
function interpolate(r: Float64Array, lag: number): number {
  const a = r[lag - 1] ?? r[lag]!;
  const b = r[lag]!;
  const c = r[lag + 1] ?? r[lag]!;
  const denominator = a - 2 * b + c;
  return denominator < 0 ? lag + (0.5 * (a - c)) / denominator : lag;
}
