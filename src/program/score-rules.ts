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
  when: (pain: Pain, activity: ScoreActivity) => boolean;
  action: ScoreAction;
  says: (pain: Pain, activity: ScoreActivity) => string;
}

export const limitFor = (activity: ScoreActivity): Pain => (activity === 'run' ? RUN_PAIN_LIMIT : activity === 'hop' ? HOP_PAIN_LIMIT : PAIN_LIMIT);

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
    when: (pain, activity) => pain > limitFor(activity),
    action: 'stop',
    says: (pain, activity) =>
      activity === 'run'
        ? `${pain}/10 is above ${RUN_PAIN_LIMIT} for running: stop and walk. The next run will be an easier step.`
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

export function adviseOnScore(pain: Pain, activity: ScoreActivity): ScoreAdvice {
  const rule = SCORE_RULES.find((r) => r.when(pain, activity))!;
  const askRedFlags = pain >= RED_FLAG_CHECK_PAIN;
  const extra = askRedFlags ? ' Answer the safety questions before you train again.' : '';
  return { action: rule.action, askRedFlags, message: rule.says(pain, activity) + extra, rule: rule.id };
}
