/**
 * The program's rules, as pure functions: the readiness check, what pain scores mean for the
 * next days, when to move up a level, and the running-cadence plan. Every rule states itself
 * in words the app shows to the user.
 */
import type { Level } from '../../content/types.js';
import { addDays, dayKey, type DayKey } from '../store/stats.js';
import type { EpochMs, StepsPerMinute } from '../units.js';

export type Pain = number; // 0–10

// ---- Readiness ----

export type Readiness =
  | { verdict: 'ready'; level: Level; message: string }
  | { verdict: 'easier'; level: Level; message: string }
  | { verdict: 'rest'; level: Level; message: string };

/**
 * Before a session: a small knee bend (a quarter squat) and the pain it brings.
 * 0–2: go ahead. 3–5: an easier level today. Above 5: a rest day with gentle stretches.
 */
export function checkReadiness(bendPain: Pain, level: Level): Readiness {
  if (bendPain <= 2) return { verdict: 'ready', level, message: 'Your knee is ready. Enjoy the session.' };
  if (bendPain <= 5) {
    const easier = Math.max(1, level - 1) as Level;
    return {
      verdict: 'easier',
      level: easier,
      message:
        easier < level
          ? `Your knee is a bit sore today, so let's do level ${easier} instead. That still counts.`
          : 'Your knee is a bit sore today: go gently with the level 1 exercises and stop if pain passes 5.',
    };
  }
  return {
    verdict: 'rest',
    level,
    message: 'Your knee needs a rest today. Do the gentle stretches only if they feel good, and check again tomorrow.',
  };
}

// ---- Pain and progression ----

/** One day's outcome, from the session log. */
export interface DayResult {
  day: DayKey;
  /** Level the day's routine was done at. */
  level: Level;
  /** Every exercise of the routine was done. */
  complete: boolean;
  /** Highest pain given that day (before or after), or null when none was given. */
  maxPain: Pain | null;
}

/** Progress after this many full sessions with low pain at the current level… */
export const PROGRESS_AFTER_SESSIONS = 6;
/** …within this many days… */
export const PROGRESS_WINDOW_DAYS = 14;
/** …with pain at or below this every time. */
export const PROGRESS_MAX_PAIN = 3;
/** Pain above this means scaling back. */
export const PAIN_LIMIT = 5;
/** Days at the previous level after pain above the limit. */
export const BACK_OFF_DAYS = 2;

export const PROGRESSION_RULE =
  `Move up a level after ${PROGRESS_AFTER_SESSIONS} full sessions at your level within ${PROGRESS_WINDOW_DAYS} days, ` +
  `each with pain ${PROGRESS_MAX_PAIN} or lower. Pain above ${PAIN_LIMIT} means ${BACK_OFF_DAYS} days back at the level below.`;

export interface LevelAdvice {
  /** The level to train at today. */
  level: Level;
  /** The user's level when not backing off (what they return to). */
  base: Level;
  change: 'stay' | 'progress' | 'back-off';
  message: string;
}

/**
 * Today's level from the recent days. `base` is the level the user has reached. Days are
 * assumed sorted oldest first; only the last `PROGRESS_WINDOW_DAYS` days matter.
 */
export function adviseLevel(base: Level, days: readonly DayResult[], today: DayKey): LevelAdvice {
  // Pain above the limit on today or either of the last BACK_OFF_DAYS days: back off.
  const recentFlare = days.some((d) => d.maxPain !== null && d.maxPain > PAIN_LIMIT && d.day >= addDays(today, -BACK_OFF_DAYS) && d.day <= today);
  if (recentFlare) {
    const lower = Math.max(1, base - 1) as Level;
    return {
      level: lower,
      base,
      change: 'back-off',
      message: `Pain went above ${PAIN_LIMIT} recently, so today is level ${lower}. You will be back at level ${base} in a day or two.`,
    };
  }
  const windowStart = addDays(today, -(PROGRESS_WINDOW_DAYS - 1));
  const inWindow = days.filter((d) => d.day >= windowStart && d.day <= today && d.level === base);
  const good = inWindow.filter((d) => d.complete && d.maxPain !== null && d.maxPain <= PROGRESS_MAX_PAIN);
  const anyHigh = inWindow.some((d) => d.maxPain !== null && d.maxPain > PROGRESS_MAX_PAIN);
  if (base < 4 && good.length >= PROGRESS_AFTER_SESSIONS && !anyHigh) {
    const next = (base + 1) as Level;
    return { level: next, base: next, change: 'progress', message: `${good.length} strong sessions with low pain: you are ready for level ${next}.` };
  }
  const toGo = Math.max(0, PROGRESS_AFTER_SESSIONS - good.length);
  return {
    level: base,
    base,
    change: 'stay',
    message:
      base === 4
        ? 'You are at the top level. Keep it up and keep pain at 5 or below.'
        : `Level ${base}: ${toGo} more full ${toGo === 1 ? 'session' : 'sessions'} with pain ${PROGRESS_MAX_PAIN} or lower to move up.`,
  };
}

/** Groups per-day results from pain scores and completions, for `adviseLevel`. */
export function dayResult(day: EpochMs | DayKey, level: Level, complete: boolean, pains: (Pain | null)[]): DayResult {
  const given = pains.filter((p): p is Pain => p !== null);
  return { day: typeof day === 'string' ? day : dayKey(day), level, complete, maxPain: given.length ? Math.max(...given) : null };
}

// ---- Cadence ----

export interface CadencePlan {
  target: StepsPerMinute;
  /** Percent above the baseline this week. */
  percent: number;
  message: string;
}

export const CADENCE_RANGE = { min: 165, max: 180 } as const;

/**
 * From a measured baseline cadence: +5 % in the first two weeks, +7.5 % in weeks 3–4, then
 * +10 %; kept inside 165–180 (or the user's own range), and never more than 10 % above the
 * baseline in one go (a 150 baseline aims at 165, not 150 + 5 %, only once that is ≤ +10 %).
 */
export function cadencePlan(baseline: StepsPerMinute, weeksSinceStart: number, range: { min: number; max: number } = CADENCE_RANGE): CadencePlan {
  const percent = weeksSinceStart < 2 ? 5 : weeksSinceStart < 4 ? 7.5 : 10;
  const raised = Math.round(baseline * (1 + percent / 100));
  const ceiling = Math.round(baseline * 1.1);
  let target = Math.min(range.max, Math.max(range.min, raised));
  target = Math.min(target, ceiling);
  if (baseline >= range.max) target = baseline; // already quick enough: keep it
  const message =
    baseline >= range.max
      ? `Your cadence of ${baseline} is already in the recommended range: keep it.`
      : `Week ${Math.floor(weeksSinceStart) + 1}: aim for ${target} steps per minute (your ${baseline} plus about ${Math.round(((target - baseline) / baseline) * 1000) / 10} %).`;
  return { target, percent, message };
}
