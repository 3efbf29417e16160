/**
 * The watch's clock as seen from the phone, from ping round trips: each ping's answer carries
 * the watch's time, and the phone's send and receive times bound when it was read, so the
 * offset (watch − phone) lies between `watch − received` and `watch − sent`. A round's pings
 * narrow that down together: the bound from the ping whose answer came back fastest and the
 * one from the ping that went out fastest, which are seldom the same ping — tighter than the
 * fastest round trip alone. Over rounds (every 30 s), a line through the rounds' estimates
 * gives the offset and the watch's drift (a crystal off by tens of parts per million), so the
 * phone can say "the beat falls at watch time X" and be right between syncs and through a lost
 * link.
 */
import type { Milliseconds } from '../units.js';

export interface PingSample {
  /** Phone time (ms) the ping was sent and its answer received. */
  sentAt: Milliseconds;
  receivedAt: Milliseconds;
  /** The watch's time (ms) in the answer. */
  watch: Milliseconds;
}

/** Rounds older than this are forgotten (a drift estimate needs minutes, not hours). */
const KEEP: Milliseconds = 10 * 60_000;
/** Pings closer than this belong to one round. */
const ROUND_GAP: Milliseconds = 10_000;
/** No watch crystal drifts more than this; a fit that says so is noise. */
const MAX_DRIFT = 100e-6;
/** A drift is estimated only from rounds this far apart: over a shorter span the bounds' noise is most of the slope. */
const DRIFT_SPAN: Milliseconds = 3 * 60_000;

interface Round {
  /** When (phone ms, the mean of its pings' midpoints), the offset's bounds, and its pings. */
  at: Milliseconds;
  lo: Milliseconds;
  hi: Milliseconds;
  pings: number;
  atSum: Milliseconds;
}

/** offset = offset + slope · (t − at): the watch's clock minus the phone's, over time. */
interface Line {
  at: Milliseconds;
  offset: Milliseconds;
  slope: number;
}

export class ClockSync {
  /** Each round's bounds on the offset, oldest first. */
  readonly #rounds: Round[] = [];
  /** The line through the rounds, worked out once per new reading (undefined: not yet). */
  #line: Line | null | undefined = undefined;

  add(sample: PingSample) {
    if (!(sample.receivedAt >= sample.sentAt)) return;
    this.#line = undefined;
    const at = (sample.sentAt + sample.receivedAt) / 2;
    const lo = sample.watch - sample.receivedAt;
    const hi = sample.watch - sample.sentAt;
    const round = this.#rounds.at(-1);
    if (round && at - round.at < ROUND_GAP) {
      const [nlo, nhi] = [Math.max(round.lo, lo), Math.min(round.hi, hi)];
      // Bounds that no longer overlap (a clock step): start the round afresh from this ping.
      if (nlo > nhi) Object.assign(round, { lo, hi, pings: 1, atSum: at, at });
      else Object.assign(round, { lo: nlo, hi: nhi, pings: round.pings + 1, atSum: round.atSum + at, at: (round.atSum + at) / (round.pings + 1) });
    } else this.#rounds.push({ at, lo, hi, pings: 1, atSum: at });
    while (this.#rounds.length > 2 && at - this.#rounds[0]!.at > KEEP) this.#rounds.shift();
  }

  /** True once a reading has come back. */
  get ready(): boolean {
    return this.#rounds.length > 0;
  }

  /** How far the latest round's estimate can be off at most (ms): half its bounds' width. */
  get uncertainty(): Milliseconds {
    const round = this.#rounds.at(-1);
    return round ? (round.hi - round.lo) / 2 : Number.NaN;
  }

  /**
   * The line offset = a + b·(t − at) through the rounds. Each round's bounds hold the true
   * offset, so the true line passes through every round's interval: of the drifts (1 ppm apart,
   * within ±MAX_DRIFT) that let a line do so, the middle one, and the middle of the offsets it
   * leaves. Rounds too close in time to tell a drift (DRIFT_SPAN) take no drift; bounds that no
   * line meets (the watch's clock was set) leave only the newest round.
   */
  #fit(): Line | null {
    const rounds = this.#rounds;
    if (!rounds.length) return null;
    const at = rounds.at(-1)!.at;
    const span = at - rounds[0]!.at;
    const window = (b: number) => {
      let lo = Number.NEGATIVE_INFINITY;
      let hi = Number.POSITIVE_INFINITY;
      for (const r of rounds) {
        lo = Math.max(lo, r.lo - b * (r.at - at));
        hi = Math.min(hi, r.hi - b * (r.at - at));
      }
      return { lo, hi };
    };
    if (span >= DRIFT_SPAN) {
      const feasible: number[] = [];
      for (let ppm = -MAX_DRIFT * 1e6; ppm <= MAX_DRIFT * 1e6; ppm++) {
        const w = window(ppm * 1e-6);
        if (w.lo <= w.hi) feasible.push(ppm * 1e-6);
      }
      if (feasible.length) {
        // The drifts that fit form one run (the constraints are linear): its middle.
        const slope = feasible[Math.floor(feasible.length / 2)]!;
        const w = window(slope);
        return { at, offset: (w.lo + w.hi) / 2, slope };
      }
    } else {
      const w = window(0);
      if (w.lo <= w.hi) return { at, offset: (w.lo + w.hi) / 2, slope: 0 };
    }
    // No line meets every round: the watch's clock was set (a phone app syncing its time, say).
    // The rounds before the step say nothing about the clock now: keep the newest alone.
    this.#rounds.splice(0, rounds.length - 1);
    return this.#fit();
  }

  /** The line, from the readings so far (the drift and the watch's time both read it). */
  get #current(): Line | null {
    if (this.#line === undefined) this.#line = this.#fit();
    return this.#line;
  }

  /** The watch's drift against the phone (parts of one: +50e-6 runs 50 ppm fast), from the rounds kept. */
  get drift(): number {
    return this.#current?.slope ?? 0;
  }

  /** The watch's time at phone time `t` (NaN before any reading). */
  toWatch(t: Milliseconds): Milliseconds {
    const fit = this.#current;
    return fit ? t + fit.offset + fit.slope * (t - fit.at) : Number.NaN;
  }

  /** The phone's time at watch time `w` (toWatch undone; NaN before any reading). */
  toPhone(w: Milliseconds): Milliseconds {
    const fit = this.#current;
    return fit ? (w - fit.offset + fit.slope * fit.at) / (1 + fit.slope) : Number.NaN;
  }
}
