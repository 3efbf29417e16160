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
  slot: 'morning' | 'evening' | 'any';
  estimateS: Seconds;
}

/** A moving rep takes about this long. */
const MOVING_REP: Seconds = 3;
const SWITCH: Seconds = 5;
export const ROUTINE_BUDGET: Seconds = 15 * 60;
const STRETCHES_PER_DAY = 2;
/** Lower-level strength exercises kept up each day at the hopping level. */
const MAINTENANCE_PER_DAY = 2;
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
  const stretches = EXERCISES.filter((e) => e.level === 'daily' && e.kind === 'stretch' && !OFFERED_NOT_SCHEDULED.has(e.id));
  // Stretches are daily at every level: their time is set aside before strength work fills the rest.
  const stretchItems = rotate(stretches, (dayNumber * STRETCHES_PER_DAY) % stretches.length)
    .slice(0, STRETCHES_PER_DAY)
    .map((e) => item(e));
  if (options.stretchesOnly) return stretchItems;
  if (options.gentle) return [...byIds(GENTLE).map((e, i) => item(e, i === 0 ? 'morning' : 'any')), ...stretchItems];

  const quadSet = exerciseById('quad-set')!;
  const items: RoutineItem[] = [item(quadSet, 'morning')];
  let total = items[0]!.estimateS + routineSeconds(stretchItems);
  const add = (exercise: Exercise) => {
    const next = item(exercise);
    if (total + next.estimateS > ROUTINE_BUDGET) return false;
    items.push(next);
    total += next.estimateS;
    return true;
  };
  if (level === HOP_LEVEL) {
    // Balance first (the first of the day's rotation that fits), then the hops unlocked, in
    // their order: double-leg every time, the harder ones taking turns from day to day when
    // the 15 minutes do not hold them all; then the lower levels' strength work kept up
    // (levels build on each other) in the time left, rotating.
    rotate(byIds(BALANCE_BEFORE_HOPS), dayNumber % BALANCE_BEFORE_HOPS.length).find((e) => add(e));
    const [first, ...harder] = byIds(HOP_ORDER.slice(0, Math.max(1, options.hopsUnlocked ?? 1)));
    add(first!);
    const hops = rotate(harder, harder.length ? dayNumber % harder.length : 0).filter((e) => add(e));
    // The session shows the hops in their order, whatever order they were fitted in.
    items.splice(items.length - hops.length, hops.length, ...hops.sort((a, b) => HOP_ORDER.indexOf(a.id) - HOP_ORDER.indexOf(b.id)).map((e) => item(e)));
    const lowerStrength = EXERCISES.filter((e) => e.kind === 'strength' && typeof e.level === 'number' && e.level >= 2 && e.level < level);
    let kept = 0;
    for (const exercise of rotate(lowerStrength, dayNumber % lowerStrength.length)) if (kept < MAINTENANCE_PER_DAY && add(exercise)) kept++;
  } else {
    const levelWork = EXERCISES.filter((e) => e.level === level && e.id !== 'quad-set');
    for (const exercise of rotate(levelWork, dayNumber % Math.max(1, levelWork.length))) add(exercise);
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
