/**
 * Run plans: a continuous run, or walk/run intervals for a gradual return to running. DOM-free;
 * the audio worklet plays the beat only in run segments (see interval-clock.ts).
 */
import { formatClock, type Seconds } from '../units.js';

export type SegmentKind = 'run' | 'walk';

export interface RunSegment {
  kind: SegmentKind;
  seconds: Seconds;
}

/** Walk/run intervals: `repeats` × (run, then walk). The last walk is kept: it is the cool-down. */
export interface IntervalPlan {
  runS: Seconds;
  walkS: Seconds;
  repeats: number;
}

export interface RunPlanPreset {
  id: string;
  name: string;
  /** null: continuous (the beat plays until Stop). */
  intervals: IntervalPlan | null;
}

/** A few common steps back to running, easiest first; the user can change every number. */
export const RUN_PRESETS: readonly RunPlanPreset[] = [
  { id: 'continuous', name: 'Continuous', intervals: null },
  { id: 'run1-walk2', name: 'Run 1 min, walk 2 min × 6', intervals: { runS: 60, walkS: 120, repeats: 6 } },
  { id: 'run2-walk2', name: 'Run 2 min, walk 2 min × 5', intervals: { runS: 120, walkS: 120, repeats: 5 } },
  { id: 'run4-walk1', name: 'Run 4 min, walk 1 min × 5', intervals: { runS: 240, walkS: 60, repeats: 5 } },
];

/**
 * What a plan may hold (an element's property, a record read back). The run screen's editor
 * steps by 15 s from 15 s; shorter segments are allowed for tests and drills.
 */
export const INTERVAL_LIMITS = { minS: 1, maxS: 3600, maxRepeats: 30 } as const;

/** The segments an interval plan plays, in order. */
export function planSegments(plan: IntervalPlan): RunSegment[] {
  const segments: RunSegment[] = [];
  for (let i = 0; i < plan.repeats; i++) segments.push({ kind: 'run', seconds: plan.runS }, { kind: 'walk', seconds: plan.walkS });
  return segments;
}

export const planSeconds = (plan: IntervalPlan): Seconds => plan.repeats * (plan.runS + plan.walkS);

/** Seconds into a plan at which its segment `index` begins (runs even, walks odd). */
export const segmentStart = (plan: IntervalPlan, index: number): Seconds => Math.floor(index / 2) * (plan.runS + plan.walkS) + (index % 2 ? plan.runS : 0);

/** Where `elapsed` seconds fall in a plan: the segment, its number, and the time left in it. */
export interface PlanPosition {
  index: number;
  kind: SegmentKind;
  /** 1-based number of this kind of segment ("run 2 of 6"). */
  round: number;
  leftS: Seconds;
  /** True once the whole plan has been played. */
  finished: boolean;
}

export function planPosition(plan: IntervalPlan, elapsed: Seconds): PlanPosition {
  const total = planSeconds(plan);
  if (elapsed >= total) return { index: plan.repeats * 2 - 1, kind: 'walk', round: plan.repeats, leftS: 0, finished: true };
  const lap = plan.runS + plan.walkS;
  const round = Math.floor(Math.max(0, elapsed) / lap);
  const within = Math.max(0, elapsed) - round * lap;
  const running = within < plan.runS;
  return {
    index: round * 2 + (running ? 0 : 1),
    kind: running ? 'run' : 'walk',
    round: round + 1,
    leftS: running ? plan.runS - within : lap - within,
    finished: false,
  };
}

/** "Run 2 of 6 · 0:45 left" — for the run screen and the lock screen. */
export function describePosition(plan: IntervalPlan, position: PlanPosition): string {
  return `${position.kind === 'run' ? 'Run' : 'Walk'} ${position.round} of ${plan.repeats} · ${formatClock(Math.ceil(position.leftS))} left`;
}

/** Checks an interval plan from outside (a setting, an attribute): a plain-words reason, or null when fine. */
export function intervalProblem(plan: IntervalPlan): string | null {
  const { minS, maxS, maxRepeats } = INTERVAL_LIMITS;
  for (const [value, what] of [
    [plan.runS, 'run'],
    [plan.walkS, 'walk'],
  ] as const) {
    if (!Number.isFinite(value) || value < minS || value > maxS) return `Each ${what} must last ${minS} s to ${maxS / 60} min.`;
  }
  if (!Number.isInteger(plan.repeats) || plan.repeats < 1 || plan.repeats > maxRepeats) return `Repeats must be a whole number from 1 to ${maxRepeats}.`;
  return null;
}

/** "Run 1 min, walk 2 min × 6" — for labels, the lock screen and records. */
export function describePlan(plan: IntervalPlan | null): string {
  if (!plan) return 'Continuous';
  return `Run ${duration(plan.runS)}, walk ${duration(plan.walkS)} × ${plan.repeats}`;
}

const duration = (s: Seconds) => (s % 60 === 0 ? `${s / 60} min` : s > 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`);
