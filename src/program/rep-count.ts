/**
 * Counting moving reps (an exercise without holds): a tap counts one rep of the current set
 * and side, and when that side's reps are done the count moves to the next side, then the next
 * set. DOM-free and immutable, beside the hold session; `<knee-exercise>` renders it.
 */
import type { Dosage } from '../../content/types.js';
import { newSessionId, type HoldSessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';

/** Reps, sets and sides, as a record plans them (`both`: each side counted on its own). */
export type RepPlan = Omit<HoldSessionRecord['planned'], 'holdS'>;

export interface RepCount {
  /** The set and side now being counted, from 1 and from 0. */
  set: number;
  side: number;
  /** Reps done, `[set][side]`. */
  grid: number[][];
  /** When the first rep was counted, or null before it. */
  startedAt: EpochMs | null;
  /** The session's id, shared by its drafts and final record (set at the first rep). */
  id: string;
}

export const repPlanOf = (dosage: Dosage): RepPlan => ({ reps: dosage.reps, sets: dosage.sets, sides: dosage.perSide ? 'both' : 'one' });

const sideCount = (plan: RepPlan) => (plan.sides === 'both' ? 2 : 1);

export function newRepCount(plan: RepPlan): RepCount {
  return { set: 1, side: 0, grid: Array.from({ length: plan.sets }, () => new Array<number>(sideCount(plan)).fill(0)), startedAt: null, id: '' };
}

/** One more rep; the count moves on once the side (then the set) has all its reps. */
export function countRep(count: RepCount, plan: RepPlan, now: EpochMs): RepCount {
  const grid = count.grid.map((row) => [...row]);
  grid[count.set - 1]![count.side]! += 1;
  let { set, side } = count;
  if (grid[set - 1]![side]! >= plan.reps) {
    if (side + 1 < sideCount(plan)) side++;
    else if (set < plan.sets) {
      set++;
      side = 0;
    }
  }
  const startedAt = count.startedAt ?? now;
  return { set, side, grid, startedAt, id: count.id || newSessionId(startedAt) };
}

/** Takes back the last rep of the current set and side (none below 0). */
export function undoRep(count: RepCount): RepCount {
  const grid = count.grid.map((row) => [...row]);
  if (grid[count.set - 1]![count.side]! > 0) grid[count.set - 1]![count.side]! -= 1;
  return { ...count, grid };
}

export const isComplete = (count: RepCount, plan: RepPlan) => count.grid.every((row) => row.every((n) => n >= plan.reps));
