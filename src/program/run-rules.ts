/**
 * Running follows the knee, not the calendar: the walk/run plan and the cadence plan move on
 * only after runs the knee tolerated, applied run by run in the order they happened. Rows in
 * the same shape as the day's table (rules.ts): a condition, an action, a source.
 */
import { RUN_PRESETS, describePlan, type IntervalPlan } from '../run/run-plan.js';
import type { StepsPerMinute } from '../units.js';
import type { RunOutcome } from './history.js';
import {
  CADENCE_MAX,
  CADENCE_MIN,
  CADENCE_STEPS_PERCENT,
  CADENCE_STEP_RUNS,
  CADENCE_STEP_WEEKS,
  RED_FLAG_CHECK_PAIN,
  RUN_PAIN_LIMIT,
  RUN_STEP_UP_AFTER,
  SEVERE_PAIN,
  type Pain,
} from './limits.js';
import type { Source } from './rules.js';

/** The walk/run plan's steps, easiest first: the run screen's presets, continuous last. */
export const RUN_LADDER: readonly (IntervalPlan | null)[] = [...RUN_PRESETS.filter((p) => p.intervals !== null).map((p) => p.intervals), null];

const samePlan = (a: IntervalPlan | null, b: IntervalPlan | null) => describePlan(a) === describePlan(b);
/** The ladder step a plan is, or -1 when it is not on the ladder (the user's own intervals). */
export const ladderStep = (plan: IntervalPlan | null) => RUN_LADDER.findIndex((p) => samePlan(p, plan));

/** A run above the running limit (the app's, or a clinician's lower one): during, after, or a worse next morning. */
export const runTooHard = (run: RunOutcome, limit: Pain = RUN_PAIN_LIMIT) => Math.max(run.during ?? 0, run.after ?? 0) > limit || run.nextDay === 'worse';
/** A run the knee tolerated: finished, pain after given and within the limit, and not too hard. */
export const runComfortable = (run: RunOutcome, limit: Pain = RUN_PAIN_LIMIT) => run.complete && run.after !== null && !runTooHard(run, limit);

export interface RunRule {
  id: string;
  if: string;
  then: string;
  source: Source;
}

export const RUN_RULES: readonly RunRule[] = [
  {
    id: 'run-step-down',
    if: `A run with pain above ${RUN_PAIN_LIMIT} during or after, or a worse next morning`,
    then: 'The next run is one step easier (walk/run plan); the cadence plan holds its step',
    source: {
      kind: 'seed',
      note: `running pain kept at ${RUN_PAIN_LIMIT} or below (the stricter of the sources' limits); a painful run means an easier one next`,
    },
  },
  {
    id: 'run-step-up',
    if: `${RUN_STEP_UP_AFTER} comfortable runs in a row at the current step (finished, pain ${RUN_PAIN_LIMIT} or below during and after, no worse next morning)`,
    then: 'The walk/run plan moves up one step',
    source: { kind: 'choice', note: 'return-to-running plans progress on tolerance; two runs so one good day is not enough' },
  },
  {
    id: 'run-own-choice',
    if: 'A run at another step of the plan than the next one (the runner chose it)',
    then: 'The plan continues from that step',
    source: { kind: 'choice', note: 'the runner knows what they did; the rules then judge that run' },
  },
  {
    id: 'cadence-step',
    if: `${CADENCE_STEP_RUNS} comfortable runs near the target and at least ${CADENCE_STEP_WEEKS} weeks at the step`,
    then: `The cadence target moves to the next step (${CADENCE_STEPS_PERCENT.join(' → ')} % above your measured cadence, never above ${CADENCE_MAX})`,
    source: {
      kind: 'seed',
      note: `raise cadence 5–10 % from one's own, within ${CADENCE_MIN}–${CADENCE_MAX}; steps of two weeks are our choice, and a run that hurt holds the step`,
    },
  },
];

export interface NextRun {
  /** The ladder step, 0 = easiest. */
  step: number;
  plan: IntervalPlan | null;
  /** Comfortable runs so far at this step. */
  comfortable: number;
  /** Why the plan is where it is, one line. */
  reason: string;
}

/**
 * The next run of the walk/run plan, from the runs so far (oldest first). Starts at the first
 * step, or where the runner's own first ladder run was.
 */
export function nextRun(runs: readonly RunOutcome[], limit: Pain = RUN_PAIN_LIMIT): NextRun {
  let step = 0;
  let comfortable = 0;
  let reason = `Start here; the plan moves up after ${RUN_STEP_UP_AFTER} comfortable runs.`;
  for (const run of runs) {
    const at = ladderStep(run.plan);
    if (runTooHard(run, limit)) {
      step = Math.max(0, (at >= 0 ? at : step) - 1);
      comfortable = 0;
      reason = `Your last run hurt more than ${limit}/10 or left the knee worse: one step easier.`;
      continue;
    }
    if (at < 0) continue;
    if (at !== step) {
      step = at;
      comfortable = 0;
    }
    if (!runComfortable(run, limit)) continue;
    comfortable++;
    reason = `${comfortable} of ${RUN_STEP_UP_AFTER} comfortable runs at this step.`;
    if (comfortable >= RUN_STEP_UP_AFTER && step < RUN_LADDER.length - 1) {
      step++;
      comfortable = 0;
      reason = `${RUN_STEP_UP_AFTER} comfortable runs in a row: one step up.`;
    }
  }
  return { step, plan: RUN_LADDER[step] ?? null, comfortable, reason };
}

export interface CadencePlan {
  target: StepsPerMinute;
  /** Percent above the baseline at this step. */
  percent: number;
  step: number;
  message: string;
}

export const CADENCE_RANGE = { min: CADENCE_MIN, max: CADENCE_MAX } as const;
const WEEK = 7 * 86_400_000;

/** The target at a step: never above the range's top, and a baseline already at the top is kept. */
export function cadenceTarget(baseline: StepsPerMinute, percent: number, range: { min: number; max: number } = CADENCE_RANGE): StepsPerMinute {
  return Math.max(baseline, Math.min(range.max, Math.round(baseline * (1 + percent / 100))));
}

/**
 * The cadence plan from a measured baseline: +5 % first, then +7.5 %, then +10 %; each step
 * after CADENCE_STEP_WEEKS weeks at the one before *and* CADENCE_STEP_RUNS comfortable runs near
 * its target since then; a run that hurt starts the count again. Never above the range's top;
 * a low baseline climbs by these steps towards the range instead of jumping into it.
 */
export function cadencePlan(
  baseline: StepsPerMinute,
  measuredAt: number,
  runs: readonly RunOutcome[],
  range: { min: number; max: number } = CADENCE_RANGE,
): CadencePlan {
  let step = 0;
  let since = measuredAt;
  let count = 0;
  for (const run of runs) {
    if (run.at < measuredAt) continue;
    const target = cadenceTarget(baseline, CADENCE_STEPS_PERCENT[step]!, range);
    if (runTooHard(run)) count = 0;
    else if (runComfortable(run) && run.bpm >= target - 1) count++;
    if (count >= CADENCE_STEP_RUNS && run.at - since >= CADENCE_STEP_WEEKS * WEEK && step < CADENCE_STEPS_PERCENT.length - 1) {
      step++;
      since = run.at;
      count = 0;
    }
  }
  const percent = CADENCE_STEPS_PERCENT[step]!;
  const target = cadenceTarget(baseline, percent, range);
  const message =
    baseline >= range.max
      ? `Your cadence of ${baseline} is already at the top of the recommended range: keep it.`
      : target < range.min
        ? `Aim for ${target} steps per minute (your ${baseline} plus ${percent} %), on the way to ${range.min}–${range.max}.`
        : `Aim for ${target} steps per minute (your ${baseline} plus about ${Math.round(((target - baseline) / baseline) * 1000) / 10} %).`;
  const next =
    step < CADENCE_STEPS_PERCENT.length - 1 && target < range.max
      ? ` The next step comes after ${CADENCE_STEP_RUNS} comfortable runs at it and ${CADENCE_STEP_WEEKS} weeks (${count} of ${CADENCE_STEP_RUNS} so far).`
      : '';
  return { target, percent, step, message: message + next };
}

/** The running pain rule in words, for the limit in force (the app's, or a clinician's lower one). */
export const runPainRule = (limit: Pain = RUN_PAIN_LIMIT) => `While running, keep knee pain at ${limit} or below; above it, stop and walk.`;

/** The running advice the run screen shows, a few words each. */
export const runAdvice = (limit: Pain = RUN_PAIN_LIMIT): readonly string[] => [
  'Shorter, quicker steps at the same speed.',
  'Land softly, feet under your body.',
  runPainRule(limit),
];

/** What a score given after a run means, in one line (the day's table then reads the score too). */
export function afterRunWords(pain: Pain, limit: Pain = RUN_PAIN_LIMIT): string {
  const check = pain >= RED_FLAG_CHECK_PAIN ? ' Please answer the safety questions below.' : '';
  if (pain >= SEVERE_PAIN) return `${SEVERE_PAIN} or more: no training today or tomorrow; Today says when to get it checked.${check}`;
  return (pain > limit ? `Above ${limit}: the next run is one step easier.` : 'Within the limit.') + check;
}
