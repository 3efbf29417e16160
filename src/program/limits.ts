/**
 * Every number the program's rules use, named once. The rules (safety.ts, readiness.ts,
 * run-progression.ts), the words the app shows and the charts' lines all import these, so
 * a limit changed here changes everywhere it is used or shown. Where a number comes from is
 * in the rules table (safety.ts) and the README's program section.
 */
import type { Level } from '../../content/types.js';
import type { StepsPerMinute } from '../units.js';

/** A 0–10 pain score: 0 none, 10 the worst imaginable. */
export type Pain = number;

export const MIN_PAIN: Pain = 0;
export const MAX_PAIN: Pain = 10;

// ---- Exercise ----

/** During and after exercise, stay at this or below; above it, stop and scale back a level. */
export const PAIN_LIMIT: Pain = 5;
/** While hopping, any knee pain at all is above the limit. */
export const HOP_PAIN_LIMIT: Pain = 0;
/** Pain at or below this on every day of the window earns the next level. */
export const PROGRESS_MAX_PAIN: Pain = 3;

// ---- Severe pain and escalation ----

/** A score of this or more, anywhere: no training that day or the next. */
export const SEVERE_PAIN: Pain = 8;
/** A score of this or more asks the red-flag questions. */
export const RED_FLAG_CHECK_PAIN: Pain = 7;
/** A score of this: see a physiotherapist or doctor. */
export const WORST_PAIN: Pain = MAX_PAIN;
/** Days a severe score keeps training off: the day it was given and the next. */
export const SEVERE_REST_DAYS = 2;
/** Severe scores on this many different days… */
export const SEVERE_REPEAT_DAYS = 2;
/** …within this many days: see a clinician. */
export const SEVERE_REPEAT_WINDOW_DAYS = 7;
/** Days a "see a clinician" reason stays first on Today, unless the user says they were seen. */
export const ESCALATION_SHOWN_DAYS = 14;
/** A score of RED_FLAG_CHECK_PAIN or more in this many days, with no check after it, asks the red flags. */
export const RED_FLAG_RECHECK_DAYS = 7;
/** With no session for this many days, the app treats the user as starting afresh (and asks the red flags). */
export const FIRST_USE_DAYS = 14;

// ---- Flares and back-offs ----

/** After a flare (pain above the limit), this many days after it are at the easier level. */
export const BACK_OFF_DAYS = 2;
/** Flares on this many different days… */
export const REPEAT_FLARES = 3;
/** …within this many days: see a clinician instead of backing off again. */
export const REPEAT_FLARE_WINDOW_DAYS = 42;
/** Pain above PROGRESS_MAX_PAIN in each of this many weeks in a row: it has not settled. */
export const SETTLE_WEEKS = 3;

// ---- Progression ----

/** Move up after this many full sessions at the level… */
export const PROGRESS_AFTER_SESSIONS = 6;
/** …within this many days. */
export const PROGRESS_WINDOW_DAYS = 14;
/** The hopping level: started only when the level before is pain-free, any knee pain is too much. */
export const HOP_LEVEL: Level = 4;
/** The hops, easiest first (exercise ids): each joins the routine only when the one before has been pain-free. */
export const HOP_ORDER: readonly string[] = ['double-leg-hop', 'single-leg-hop', 'diagonal-hops'];
/** Pain-free sessions of a hop exercise before the next, harder hop is added. */
export const HOP_STAGE_SESSIONS = 2;

// ---- Running ----

/** While and after running, stay at this or below; above it, stop and walk. */
export const RUN_PAIN_LIMIT: Pain = 3;
/** Comfortable runs at a step of the walk/run plan before it moves up. */
export const RUN_STEP_UP_AFTER = 2;
/** Comfortable runs at a step of the cadence plan before it moves on… */
export const CADENCE_STEP_RUNS = 2;
/** …and at least this many weeks at the step. */
export const CADENCE_STEP_WEEKS = 2;
/** The cadence plan's steps: percent above the measured baseline. */
export const CADENCE_STEPS_PERCENT: readonly number[] = [5, 7.5, 10];
/** The recommended running cadence range. */
export const CADENCE_MIN: StepsPerMinute = 165;
export const CADENCE_MAX: StepsPerMinute = 180;
/** The tempo before the runner has measured their own cadence. */
export const DEFAULT_BPM: StepsPerMinute = 170;
