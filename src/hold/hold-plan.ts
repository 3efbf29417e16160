/**
 * A hold session as a fixed timeline of phases, computed once from its settings: lead-in,
 * then for each set and side the reps (hold, rest between reps), a switch pause between sides
 * and a rest between sets. Times are seconds from the session's start ("session time");
 * the running model maps them to the clock, pauses included.
 */
import type { Seconds } from '../units.js';

export type HoldPhase = 'ready' | 'lead-in' | 'hold' | 'rest' | 'switch' | 'set-rest' | 'done';
export type HoldSide = 'left' | 'right' | 'none';

export interface HoldSettings {
  holdS: Seconds;
  /** Rest between reps. */
  restS: Seconds;
  reps: number;
  sets: number;
  /** Rest between sets. */
  setRestS: Seconds;
  /** `both`: every rep of a set on the left, a switch pause, then the right. */
  sides: 'one' | 'both';
  /** Time to change sides. */
  switchS: Seconds;
  /** Countdown before the first hold; 0 = none. */
  leadInS: Seconds;
}

/** A quad set: 5 s hold, 3 s rest, 10 reps, one set. */
export const DEFAULT_HOLD: HoldSettings = {
  holdS: 5,
  restS: 3,
  reps: 10,
  sets: 1,
  setRestS: 30,
  sides: 'one',
  switchS: 5,
  leadInS: 3,
};

export interface Segment {
  phase: Exclude<HoldPhase, 'ready' | 'done'>;
  start: Seconds;
  end: Seconds;
  /** 1-based rep, set; the rep a rest leads to, for rests. */
  rep: number;
  set: number;
  side: HoldSide;
  /** Index among the plan's hold segments (for holds), else -1. */
  holdIndex: number;
}

export function planSession(settings: HoldSettings): Segment[] {
  const segments: Segment[] = [];
  let t = 0;
  let holdIndex = 0;
  const add = (phase: Segment['phase'], length: Seconds, rep: number, set: number, side: HoldSide) => {
    if (length <= 0) return;
    segments.push({ phase, start: t, end: t + length, rep, set, side, holdIndex: phase === 'hold' ? holdIndex++ : -1 });
    t += length;
  };
  const sides: HoldSide[] = settings.sides === 'both' ? ['left', 'right'] : ['none'];
  add('lead-in', settings.leadInS, 1, 1, sides[0]!);
  for (let set = 1; set <= settings.sets; set++) {
    if (set > 1) add('set-rest', settings.setRestS, 1, set, sides[0]!);
    sides.forEach((side, s) => {
      if (s > 0) add('switch', settings.switchS, 1, set, side);
      for (let rep = 1; rep <= settings.reps; rep++) {
        if (rep > 1) add('rest', settings.restS, rep, set, side);
        add('hold', settings.holdS, rep, set, side);
      }
    });
  }
  return segments;
}

export const sessionLength = (plan: readonly Segment[]): Seconds => plan.at(-1)?.end ?? 0;
