/**
 * Today's routine for a level: quad sets morning and evening, the level's strengthening work,
 * and a few stretches — kept to about 15 minutes.
 */
import { EXERCISES, exerciseById } from '../../content/exercises.js';
import type { Dosage, Exercise, Level } from '../../content/types.js';
import type { Seconds } from '../units.js';
import { HOP_LEVEL } from './rules.js';

export interface RoutineItem {
  exercise: Exercise;
  /** `evening` for the second quad-set round of the day. */
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

/** Rough time for one round of an exercise at its dosage. */
export function estimateSeconds(d: Dosage): Seconds {
  const sides = d.perSide ? 2 : 1;
  const rep = d.holdS > 0 ? d.holdS + d.restS : MOVING_REP;
  return d.sets * sides * d.reps * rep + (d.sets - 1) * d.setRestS + (sides - 1) * d.sets * SWITCH;
}

/**
 * The routine for `level` on day number `dayNumber` (stretches rotate from day to day).
 * Quad sets come first and twice; the level's own exercises next; stretches fill the rest
 * of the 15 minutes.
 */
export function routineFor(level: Level, dayNumber = 0): RoutineItem[] {
  const item = (exercise: Exercise, slot: RoutineItem['slot'] = 'any'): RoutineItem => ({
    exercise,
    slot,
    estimateS: estimateSeconds(exercise.dosage),
  });
  const quadSet = exerciseById('quad-set')!;
  const items: RoutineItem[] = [item(quadSet, 'morning')];
  // Both lists rotate from day to day, so a week covers all of the level's work.
  const rotate = <T>(list: T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!);
  const levelWork = EXERCISES.filter((e) => e.level === level && e.id !== 'quad-set');
  const strength = rotate(levelWork, dayNumber % Math.max(1, levelWork.length));
  const stretches = EXERCISES.filter((e) => e.level === 'daily' && !OFFERED_NOT_SCHEDULED.has(e.id));
  const rotated = rotate(stretches, (dayNumber * STRETCHES_PER_DAY) % stretches.length);
  // Stretches are daily at every level: their time is set aside before strength work fills the rest.
  const stretchItems = rotated.slice(0, STRETCHES_PER_DAY).map((e) => item(e));
  let total = items[0]!.estimateS * 2 + routineSeconds(stretchItems);
  const add = (exercise: Exercise) => {
    const next = item(exercise);
    if (total + next.estimateS > ROUTINE_BUDGET) return false;
    items.push(next);
    total += next.estimateS;
    return true;
  };
  // The hopping level is hops only: the strength work of the levels below it is kept up
  // alongside (levels build on each other), a couple of exercises a day after the day's first
  // hop exercise, rotating; the other hops fill the time left.
  const [first, ...rest] = strength;
  if (first) add(first);
  if (level === HOP_LEVEL) {
    const lowerStrength = EXERCISES.filter((e) => e.kind === 'strength' && typeof e.level === 'number' && e.level >= 2 && e.level < level);
    let kept = 0;
    for (const exercise of rotate(lowerStrength, dayNumber % lowerStrength.length)) if (kept < MAINTENANCE_PER_DAY && add(exercise)) kept++;
  }
  for (const exercise of rest) add(exercise);
  items.push(...stretchItems, item(quadSet, 'evening'));
  return items;
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
