/**
 * Today's routine for a level: one session (quad sets, the level's strengthening work and a
 * few stretches, kept to about 15 minutes) and, on its own later in the day, the second round
 * of quad sets. The day's decision (decide.ts) may make it easier, stretches only, or nothing.
 */
import { EXERCISES, exerciseById } from '../../content/exercises.js';
import type { Dosage, Exercise, Level } from '../../content/types.js';
import type { Seconds } from '../units.js';
import { HOP_LEVEL, HOP_ORDER } from './limits.js';

export interface RoutineItem {
  exercise: Exercise;
  /** `evening` for the second quad-set round of the day, done later on its own. */
  slot: 'evening' | 'any';
  estimateS: Seconds;
  /** From a clinician's plan (its dosage is in `exercise`): their note and name. */
  prescribed?: { note: string; clinician: string };
}

/** A moving rep takes about this long. */
const MOVING_REP: Seconds = 3;
const SWITCH: Seconds = 5;
export const ROUTINE_BUDGET: Seconds = 15 * 60;
const STRETCHES_PER_DAY = 2;
/** The levels whose strength work is kept up at the hopping level, in the time the hops leave. */
const MAINTENANCE_LEVELS: readonly (Level | 'daily')[] = [2, 3];
/** The lying quad stretch stands in for the standing one when that hurts: offered, not scheduled. */
const OFFERED_NOT_SCHEDULED = new Set(['prone-quad-stretch']);
/** The gentlest day (an easier day at level 1): holds that do not bend the knee, and stretches. */
const GENTLE = ['quad-set', 'glute-press-isometric'];
/** Balance before hops: one of these opens the hopping level's session. */
const BALANCE_BEFORE_HOPS = ['single-leg-stance', 'wobble-board', 't-stance'];

/** Rough time for one round of an exercise at its dosage. */
export function estimateSeconds(d: Dosage): Seconds {
  const sides = d.perSide ? 2 : 1;
  const rep = d.holdS > 0 ? d.holdS + d.restS : MOVING_REP;
  return d.sets * sides * d.reps * rep + (d.sets - 1) * d.setRestS + (sides - 1) * d.sets * SWITCH;
}

export interface RoutineOptions {
  /** The gentlest day: isometric holds and stretches only. */
  gentle?: boolean;
  /** Stretches only (a rest day for the knee). */
  stretchesOnly?: boolean;
  /** At the hopping level, how many hops (in HOP_ORDER) are in the routine (default 1). */
  hopsUnlocked?: number;
}

const item = (exercise: Exercise, slot: RoutineItem['slot'] = 'any'): RoutineItem => ({ exercise, slot, estimateS: estimateSeconds(exercise.dosage) });
// Lists rotate from day to day, so a week covers all of the level's work.
const rotate = <T>(list: readonly T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!);
const byIds = (ids: readonly string[]) => ids.map((id) => exerciseById(id)!);

/**
 * Today's session for `level` on day number `dayNumber` (stretches rotate from day to day):
 * quad sets first, then the level's own exercises, then stretches, within the 15 minutes. The
 * evening quad sets are not part of it (see `laterToday`).
 */
export function routineFor(level: Level, dayNumber = 0, options: RoutineOptions = {}): RoutineItem[] {
  // Stretches are all daily (content.test.ts checks it).
  const stretches = EXERCISES.filter((e) => e.kind === 'stretch' && !OFFERED_NOT_SCHEDULED.has(e.id));
  // Stretches are daily at every level: their time is set aside before strength work fills the rest.
  const stretchItems = rotate(stretches, dayNumber * STRETCHES_PER_DAY)
    .slice(0, STRETCHES_PER_DAY)
    .map((e) => item(e));
  if (options.stretchesOnly) return stretchItems;
  if (options.gentle) return [...byIds(GENTLE).map((e) => item(e)), ...stretchItems];

  const items: RoutineItem[] = [item(exerciseById('quad-set')!)];
  let total = items[0]!.estimateS + routineSeconds(stretchItems);
  const add = (exercise: Exercise) => {
    const next = item(exercise);
    if (total + next.estimateS > ROUTINE_BUDGET) return false;
    items.push(next);
    total += next.estimateS;
    return true;
  };
  if (level === HOP_LEVEL) {
    // Double-leg hops, and of the harder hops unlocked one a day (they take turns: one fits
    // beside the rest in the 15 minutes); then a balance exercise that fits, done before the
    // hops; the lower levels' strength work is kept up (levels build on each other) in the time left.
    const [first, ...harder] = byIds(HOP_ORDER.slice(0, Math.max(1, options.hopsUnlocked ?? 1)));
    add(first!);
    if (harder.length) add(harder[dayNumber % harder.length]!);
    if (rotate(byIds(BALANCE_BEFORE_HOPS), dayNumber).find((e) => add(e))) items.splice(1, 0, items.pop()!);
    const maintenance = EXERCISES.filter((e) => e.kind === 'strength' && MAINTENANCE_LEVELS.includes(e.level));
    for (const exercise of rotate(maintenance, dayNumber)) add(exercise);
  } else {
    const levelWork = EXERCISES.filter((e) => e.level === level && e.id !== 'quad-set');
    for (const exercise of rotate(levelWork, dayNumber)) add(exercise);
  }
  items.push(...stretchItems);
  return items;
}

/** The day's second quad-set round, done on its own later in the day (not on a stretches-only or no-training day). */
export function laterToday(options: RoutineOptions = {}): RoutineItem[] {
  return options.stretchesOnly ? [] : [item(exerciseById('quad-set')!, 'evening')];
}

export const routineSeconds = (items: readonly RoutineItem[]) => items.reduce((sum, i) => sum + i.estimateS, 0);

/** "10–15 × 5 s hold, twice a day" */
export function describeDosage(d: Dosage): string {
  const count = d.repsUpTo ? `${d.reps}–${d.repsUpTo}` : `${d.reps}`;
  const hold =
    d.holdS > 0
      ? ` × ${d.holdUpToS && d.holdUpToS !== d.holdS ? `${Math.min(d.holdS, d.holdUpToS)}–${Math.max(d.holdS, d.holdUpToS)}` : d.holdS} s hold`
      : ' reps';
  const sets = d.sets > 1 ? `, ${d.sets} sets` : '';
  const side = d.perSide ? ' per side' : '';
  const daily = d.timesPerDay === 2 ? ', twice a day' : '';
  return `${count}${hold}${side}${sets}${daily}`;
}
