/**
 * The program's rules, as pure functions: the readiness check, what pain scores mean for the
 * next days, when to move up a level, and the running-cadence plan. Every rule states itself
 * in words the app shows to the user.
 */
import type { Level } from '../../content/types.js';
import { addDays, dayKey, type DayKey } from '../store/stats.js';
import { CADENCE_TOP } from '../tap-tempo.js';
import type { EpochMs, StepsPerMinute } from '../units.js';

export type Pain = number; // 0–10

// ---- Readiness ----

export type Readiness =
  | { verdict: 'ready'; level: Level; message: string }
  | { verdict: 'easier'; level: Level; message: string }
  | { verdict: 'rest'; level: Level; message: string };

/**
 * Before a session: a small knee bend (a quarter squat) and the pain it brings. The guidance
 * asks for a pain-free bend: 0 — go ahead; any pain up to the limit — more warm-up and an
 * easier level today; above the limit — a rest day with gentle stretches.
 */
export function checkReadiness(bendPain: Pain, level: Level): Readiness {
  if (bendPain === 0) return { verdict: 'ready', level, message: 'The bend was pain-free: your knee is ready. Enjoy the session.' };
  if (bendPain <= PAIN_LIMIT) {
    const easier = Math.max(1, level - 1) as Level;
    return {
      verdict: 'easier',
      level: easier,
      message:
        easier < level
          ? `The bend was not pain-free (${bendPain}/10), so warm up well and do level ${easier} today.`
          : `The bend was not pain-free (${bendPain}/10): warm up well, go gently with level 1, and stop at any sharp pain.`,
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
/** …with pain at or below this every time (on every day of the window, at any level). */
export const PROGRESS_MAX_PAIN = 3;
/** Pain above this means scaling back. */
export const PAIN_LIMIT = 5;
/** Days at the previous level after pain above the limit. */
export const BACK_OFF_DAYS = 2;
/** The hopping level: started only when the level before is pain-free, stopped at any knee pain. */
export const HOP_LEVEL: Level = 4;
/** Back-offs within the window that mean seeing a clinician instead of backing off again. */
export const ESCALATE_AFTER_FLARES = 3;
/** Pain still above the limit this many days after it first was: it has not settled. */
export const SETTLE_DAYS = 12;
/** During a run, pain above this means stop and walk (the stricter of the sources' limits). */
export const RUN_PAIN_LIMIT = 3;

/** Pain above this on a day at `level` is a flare: any knee pain while hopping. */
export const painLimitAt = (level: Level): Pain => (level >= HOP_LEVEL ? 0 : PAIN_LIMIT);
/** The highest pain on every good day that earns a move up to `next`: none at all before hops. */
const progressMaxPainFor = (next: Level): Pain => (next >= HOP_LEVEL ? 0 : PROGRESS_MAX_PAIN);

export const PROGRESSION_RULE =
  `Move up a level after ${PROGRESS_AFTER_SESSIONS} full sessions at your level within ${PROGRESS_WINDOW_DAYS} days, ` +
  `with pain ${PROGRESS_MAX_PAIN} or lower on every day (hops only when level 3 is pain-free). ` +
  `Pain above ${PAIN_LIMIT} (any knee pain while hopping) means ${BACK_OFF_DAYS} days back at the level below; ` +
  'if that keeps happening, or pain does not settle within about two weeks, see a clinician.';

export const RUN_PAIN_RULE = `While running, keep knee pain at ${RUN_PAIN_LIMIT} or below; above it, stop and walk.`;

/** The running advice the run screen shows, a few words each. */
export const RUN_ADVICE: readonly string[] = ['Shorter, quicker steps at the same speed.', 'Land softly, feet under your body.', RUN_PAIN_RULE];

export interface LevelAdvice {
  /** The level to train at today. */
  level: Level;
  /** The user's level when not backing off (what they return to). */
  base: Level;
  change: 'stay' | 'progress' | 'back-off' | 'see-clinician';
  message: string;
}

/**
 * Today's level from the recent days. `base` is the level the user has reached. Days are
 * assumed sorted oldest first; only the last `PROGRESS_WINDOW_DAYS` days matter, and every one
 * of them counts, whatever level it was done at.
 */
export function adviseLevel(base: Level, days: readonly DayResult[], today: DayKey): LevelAdvice {
  const windowStart = addDays(today, -(PROGRESS_WINDOW_DAYS - 1));
  const inWindow = days.filter((d) => d.day >= windowStart && d.day <= today);
  const flares = inWindow.filter((d) => d.maxPain !== null && d.maxPain > painLimitAt(d.level));
  const lower = Math.max(1, base - 1) as Level;
  const firstFlare = flares[0];
  const lastFlare = flares.at(-1);
  const unsettled = firstFlare && lastFlare && lastFlare.day >= addDays(firstFlare.day, SETTLE_DAYS);
  if (flares.length >= ESCALATE_AFTER_FLARES || unsettled) {
    return {
      level: lower,
      base,
      change: 'see-clinician',
      message: `Pain has gone above the limit on ${flares.length} days in the last two weeks${unsettled ? ' and has not settled' : ''}. Please see a physiotherapist or doctor before you push on; until then, keep to level ${lower} and stop at any sharp pain.`,
    };
  }
  // Pain above the limit today or on either of the last BACK_OFF_DAYS days: back off.
  const recentFlare = flares.some((d) => d.day >= addDays(today, -BACK_OFF_DAYS));
  if (recentFlare) {
    return {
      level: lower,
      base,
      change: 'back-off',
      message: `Pain went above ${base >= HOP_LEVEL ? 'zero while hopping' : PAIN_LIMIT} recently, so today is level ${lower}. You will be back at level ${base} in a day or two.`,
    };
  }
  const next = Math.min(HOP_LEVEL, base + 1) as Level;
  const maxPain = progressMaxPainFor(next);
  const good = inWindow.filter((d) => d.level === base && d.complete && d.maxPain !== null && d.maxPain <= maxPain);
  const anyHigh = inWindow.some((d) => d.maxPain !== null && d.maxPain > maxPain);
  if (base < HOP_LEVEL && good.length >= PROGRESS_AFTER_SESSIONS && !anyHigh) {
    return { level: next, base: next, change: 'progress', message: `${good.length} strong sessions with low pain: you are ready for level ${next}.` };
  }
  const toGo = Math.max(0, PROGRESS_AFTER_SESSIONS - good.length);
  return {
    level: base,
    base,
    change: 'stay',
    message:
      base === HOP_LEVEL
        ? 'You are at the top level. Keep it up, and stop hopping at any knee pain.'
        : `Level ${base}: ${toGo} more full ${toGo === 1 ? 'session' : 'sessions'} with pain ${maxPain === 0 ? 'free' : `${maxPain} or lower`} to move up${anyHigh ? ', once the last two weeks are that calm' : ''}.`,
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

export const CADENCE_RANGE = { min: 165, max: CADENCE_TOP } as const;

/**
 * From a measured baseline cadence: +5 % in the first two weeks after the measurement, +7.5 %
 * in weeks 3–4, then +10 %; never above the range's top (180), and never more than those steps
 * above the baseline — a low baseline climbs towards the range step by step instead of jumping
 * into it. A baseline already at or above the top is kept.
 */
export function cadencePlan(baseline: StepsPerMinute, weeksSinceMeasured: number, range: { min: number; max: number } = CADENCE_RANGE): CadencePlan {
  const percent = weeksSinceMeasured < 2 ? 5 : weeksSinceMeasured < 4 ? 7.5 : 10;
  const target = baseline >= range.max ? baseline : Math.min(range.max, Math.round(baseline * (1 + percent / 100)));
  const week = Math.floor(Math.max(0, weeksSinceMeasured)) + 1;
  const message =
    baseline >= range.max
      ? `Your cadence of ${baseline} is already at the top of the recommended range: keep it.`
      : target < range.min
        ? `Week ${week}: aim for ${target} steps per minute (your ${baseline} plus ${percent} %), on the way to ${range.min}–${range.max}.`
        : `Week ${week}: aim for ${target} steps per minute (your ${baseline} plus about ${Math.round(((target - baseline) / baseline) * 1000) / 10} %).`;
  return { target, percent, message };
}
