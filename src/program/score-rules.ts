/**
 * What one pain score means the moment it is given ("it hurts" during an exercise or a run,
 * or a score after): rows in the shape of the day's table (rules.ts), the first that matches
 * wins. The day's table then reads the same score again for the days after.
 */
import { HOP_PAIN_LIMIT, PAIN_LIMIT, RED_FLAG_CHECK_PAIN, RUN_PAIN_LIMIT, SEVERE_PAIN, type Pain } from './limits.js';
import type { Source } from './rules.js';

/** What was going on: an exercise, a hop exercise (no pain allowed), or a run. */
export type ScoreActivity = 'exercise' | 'hop' | 'run';

/** `carry-on`; `stop` this exercise (a run: walk); `stop-day`: no more training today. */
export type ScoreAction = 'carry-on' | 'stop' | 'stop-day';

export interface ScoreAdvice {
  action: ScoreAction;
  /** Ask the red-flag questions (on Today, or right where the score was given). */
  askRedFlags: boolean;
  message: string;
  rule: string;
}

interface ScoreRule {
  id: string;
  if: string;
  then: string;
  source: Source;
  /** `runLimit`: the running limit in force (the app's, or a clinician's lower one). */
  when: (pain: Pain, activity: ScoreActivity, runLimit: Pain) => boolean;
  action: ScoreAction;
  says: (pain: Pain, activity: ScoreActivity, runLimit: Pain) => string;
}

export const limitFor = (activity: ScoreActivity, runLimit: Pain = RUN_PAIN_LIMIT): Pain =>
  activity === 'run' ? runLimit : activity === 'hop' ? HOP_PAIN_LIMIT : PAIN_LIMIT;

export const SCORE_RULES: readonly ScoreRule[] = [
  {
    id: 'score-severe',
    if: `A score of ${SEVERE_PAIN} or more`,
    then: 'Stop; no more training today',
    source: { kind: 'choice', note: 'see the day table’s severe-recent row' },
    when: (pain) => pain >= SEVERE_PAIN,
    action: 'stop-day',
    says: (pain, activity) =>
      `${pain}/10 is too much: stop ${activity === 'run' ? 'running and walk home gently' : 'now'}, and no more training today. Today will say when to get it checked.`,
  },
  {
    id: 'score-above-limit',
    if: `A score above the limit: ${PAIN_LIMIT} for exercise, ${RUN_PAIN_LIMIT} running, any pain while hopping`,
    then: 'Stop this exercise (running: walk); the easier version next',
    source: { kind: 'seed', note: `"stay at ${PAIN_LIMIT} or below; above it, scale back"; running ${RUN_PAIN_LIMIT}; hops pain-free` },
    when: (pain, activity, runLimit) => pain > limitFor(activity, runLimit),
    action: 'stop',
    says: (pain, activity, runLimit) =>
      activity === 'run'
        ? `${pain}/10 is above ${runLimit} for running: stop and walk. The next run will be an easier step.`
        : activity === 'hop'
          ? `Any knee pain while hopping means stop: no more hops today, and level 3 for a few days.`
          : `${pain}/10 is above ${PAIN_LIMIT}: stop this exercise. The easier level is next.`,
  },
  {
    id: 'score-within',
    if: 'A score within the limit',
    then: 'Carry on; stop at any sharp pain',
    source: { kind: 'seed', note: `discomfort up to ${PAIN_LIMIT} is acceptable during exercise` },
    when: () => true,
    action: 'carry-on',
    says: (pain) => `${pain}/10 noted: within the limit, carry on. Stop at once at any sharp pain.`,
  },
];

/** What a score means now; `runLimit` is the running limit in force (a clinician's plan may set a lower one). */
export function adviseOnScore(pain: Pain, activity: ScoreActivity, runLimit: Pain = RUN_PAIN_LIMIT): ScoreAdvice {
  const rule = SCORE_RULES.find((r) => r.when(pain, activity, runLimit))!;
  const askRedFlags = pain >= RED_FLAG_CHECK_PAIN;
  const extra = askRedFlags ? ' Answer the safety questions before you train again.' : '';
  return { action: rule.action, askRedFlags, message: rule.says(pain, activity, runLimit) + extra, rule: rule.id };
}
