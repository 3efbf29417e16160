/**
 * The running state of a hold session: where in the plan we are, from a stored start and the
 * clock (never by counting ticks), with pause, resume, skip and stop. The clock is injected —
 * the audio clock in the app, a fake one in tests.
 */
import { planSession, sessionLength, type HoldPhase, type HoldSettings, type HoldSide, type Segment } from './hold-plan.js';
import type { Seconds } from '../units.js';

export type Clock = () => Seconds;

/** Start, resume and skip on the audio clock take effect this much later, so the cue due at that moment is placed exactly. */
export const CUE_LEAD: Seconds = 0.15;

export interface HoldSnapshot {
  phase: HoldPhase;
  /** Seconds left in the current phase (0 when ready or done). */
  remaining: Seconds;
  /** Length of the current phase. */
  phaseLength: Seconds;
  rep: number;
  reps: number;
  set: number;
  sets: number;
  side: HoldSide;
  paused: boolean;
  /** Session time, seconds since start, pauses excluded. */
  elapsed: Seconds;
  /** The current segment's index in the plan, -1 when ready or done. */
  segment: number;
}

export type SessionStatus = 'ready' | 'running' | 'paused' | 'done' | 'stopped';

export class HoldSession {
  readonly settings: HoldSettings;
  readonly plan: readonly Segment[];
  readonly length: Seconds;
  #clock: Clock;
  readonly #lead: Seconds;
  #status: SessionStatus = 'ready';
  /** Session time at `#since` (clock time of the last start, resume or skip). */
  #offset: Seconds = 0;
  #since: Seconds = 0;
  /** Holds cut short by skip or stop (or passed over by a skip), by hold index: seconds held. */
  readonly #cutShort = new Map<number, Seconds>();
  /** Session time at which the session ended (done or stopped). */
  #endedAt: Seconds | null = null;

  /**
   * @param lead  Start, resume and skip take effect this long after the call, so the cue due
   *   at that moment can still be scheduled exactly (audio renders ahead of the main thread's
   *   view of its clock by several tens of ms). 0 for a model driven by a fake clock.
   */
  constructor(settings: HoldSettings, clock: Clock, lead: Seconds = 0) {
    this.settings = { ...settings };
    this.plan = planSession(settings);
    this.length = sessionLength(this.plan);
    this.#clock = clock;
    this.#lead = lead;
  }

  get status(): SessionStatus {
    this.#settle();
    return this.#status;
  }

  /** Session time now. */
  elapsed(): Seconds {
    if (this.#endedAt !== null) return this.#endedAt;
    if (this.#status !== 'running') return this.#offset;
    // Before `#since` (inside the lead) the session waits where it is.
    return Math.min(this.length, this.#offset + Math.max(0, this.#clock() - this.#since));
  }

  /** Clock time at which session time `t` will be reached, if nothing is paused or skipped. */
  clockTimeOf(t: Seconds): Seconds {
    return this.#since + (t - this.#offset);
  }

  start() {
    if (this.#status !== 'ready') return;
    this.#status = 'running';
    this.#since = this.#clock() + this.#lead;
    this.#offset = 0;
    this.#settle();
  }

  pause() {
    if (this.status !== 'running') return;
    this.#offset = this.elapsed();
    this.#status = 'paused';
  }

  /**
   * Moves a paused session to another clock (a new audio context after the platform closed the
   * old one): session time is kept while paused, so nothing jumps.
   */
  useClock(clock: Clock) {
    if (this.#status !== 'paused') throw new Error('A hold session changes clock only while paused.');
    this.#clock = clock;
  }

  resume() {
    if (this.#status !== 'paused') return;
    this.#since = this.#clock() + this.#lead;
    this.#status = 'running';
  }

  /**
   * Moves on to the next rep's hold: from a hold, that hold ends now (recorded as held so far);
   * from a rest, switch, set rest or lead-in, the next hold starts now.
   */
  skip() {
    const status = this.status;
    if (status !== 'running' && status !== 'paused') return;
    const now = this.elapsed();
    const index = this.#segmentAt(now);
    const current = this.plan[index];
    if (!current) return;
    if (current.phase === 'hold') this.#cutShort.set(current.holdIndex, now - current.start);
    const nextHold = this.plan.findIndex((s, i) => i > index && s.phase === 'hold');
    const target = nextHold === -1 ? this.length : this.plan[nextHold]!.start;
    this.#jumpTo(target);
  }

  /** Ends the session early; what was done so far stays counted. */
  stop() {
    const status = this.status;
    if (status === 'done' || status === 'stopped' || status === 'ready') {
      if (status === 'ready') this.#status = 'stopped';
      return;
    }
    const now = this.elapsed();
    const current = this.plan[this.#segmentAt(now)];
    if (current?.phase === 'hold' && now < current.end) this.#cutShort.set(current.holdIndex, now - current.start);
    this.#endedAt = now;
    this.#status = 'stopped';
  }

  snapshot(): HoldSnapshot {
    const status = this.status;
    const t = this.elapsed();
    const base = { reps: this.settings.reps, sets: this.settings.sets, paused: status === 'paused', elapsed: t };
    if (status === 'ready') {
      const first = this.plan[0];
      return { ...base, phase: 'ready', remaining: 0, phaseLength: 0, rep: 1, set: 1, side: first?.side ?? 'none', segment: -1 };
    }
    const index = status === 'done' || status === 'stopped' ? -1 : this.#segmentAt(t);
    const segment = this.plan[index];
    if (!segment) {
      const last = this.plan.at(-1);
      return { ...base, phase: 'done', remaining: 0, phaseLength: 0, rep: last?.rep ?? 1, set: last?.set ?? 1, side: last?.side ?? 'none', segment: -1 };
    }
    return {
      ...base,
      phase: segment.phase,
      remaining: segment.end - t,
      phaseLength: segment.end - segment.start,
      rep: segment.rep,
      set: segment.set,
      side: segment.side,
      segment: index,
    };
  }

  /** Seconds held in the plan's hold number `holdIndex` so far. */
  heldFor(holdIndex: number): Seconds {
    const segment = this.plan.find((s) => s.holdIndex === holdIndex);
    if (!segment) return 0;
    return this.#cutShort.get(holdIndex) ?? Math.max(0, Math.min(this.elapsed(), segment.end) - segment.start);
  }

  /** Reps completed in full, `[set][sideIndex]`. */
  completedReps(): number[][] {
    const t = this.elapsed();
    const sides = this.settings.sides === 'both' ? 2 : 1;
    const grid = Array.from({ length: this.settings.sets }, () => new Array<number>(sides).fill(0));
    for (const s of this.plan) {
      if (s.phase !== 'hold' || s.end > t + 1e-9 || this.#cutShort.has(s.holdIndex)) continue;
      grid[s.set - 1]![s.side === 'right' ? 1 : 0]! += 1;
    }
    return grid;
  }

  /** Seconds actually spent holding (time under tension). */
  timeUnderTension(): Seconds {
    const t = this.elapsed();
    let total = 0;
    for (const s of this.plan) {
      if (s.phase !== 'hold' || s.start >= t) continue;
      total += this.#cutShort.get(s.holdIndex) ?? Math.min(t, s.end) - s.start;
    }
    return total;
  }

  /** Continues from session time `target`; any hold jumped over counts as held for 0 s. */
  #jumpTo(target: Seconds) {
    const now = this.elapsed();
    for (const s of this.plan) {
      if (s.phase === 'hold' && s.start >= now && s.end <= target && !this.#cutShort.has(s.holdIndex)) {
        this.#cutShort.set(s.holdIndex, 0);
      }
    }
    this.#offset = target;
    this.#since = this.#clock() + this.#lead;
    this.#settle();
  }

  #segmentAt(t: Seconds): number {
    for (let i = 0; i < this.plan.length; i++) if (t < this.plan[i]!.end) return i;
    return -1;
  }

  /** A running session that has reached its end is done. */
  #settle() {
    if (this.#status === 'running' && this.#offset + (this.#clock() - this.#since) >= this.length) {
      this.#endedAt = this.length;
      this.#status = 'done';
    }
  }
}
