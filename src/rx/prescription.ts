/**
 * A clinician's plan for one patient: the level, the exercises and each one's dosage and note,
 * the running pain limit, the walk/run plan and the cadence target. Plain data, checked here
 * without the exercise library (so the app's shell can read an accepted plan cheaply); that
 * each exercise exists and is held or moved as the plan says is checked against the library
 * in `program/prescribed.ts`.
 */
import type { Level } from '../../content/types.js';
import { RUN_PAIN_LIMIT, type Pain } from '../program/limits.js';
import { intervalProblem, type IntervalPlan } from '../run/run-plan.js';
import { MAX_BPM, MIN_BPM } from '../tap-tempo.js';
import type { Seconds, StepsPerMinute } from '../units.js';
import { codeOfExercise } from './exercise-codes.js';

export interface PrescribedItem {
  /** The exercise's id in the library. */
  id: string;
  sets: number;
  /** Reps per set (per side when `perSide`); for a stretch, the number of holds. */
  reps: number;
  /** Seconds each rep is held; 0 for a moving exercise. */
  holdS: Seconds;
  perSide: boolean;
  timesPerDay: number;
  /** The clinician's words for this exercise ('' for none). */
  note: string;
}

/** `program`: the app's own walk/run plan; `continuous`; or these intervals. */
export type PrescribedRun = 'program' | 'continuous' | IntervalPlan;

export interface Prescription {
  /** Who it is from, as they typed it ("Sam Lee, physiotherapist"). */
  clinician: string;
  /** The day it was made: days since 1970-01-01 (see `numberOfKey`). */
  issuedDay: number;
  level: Level;
  /** In the order the clinician put them: the order of the day's session. */
  items: PrescribedItem[];
  /** While and after running, stay at this or below (never above the app's own limit). */
  runPainLimit: Pain;
  run: PrescribedRun;
  /** The running tempo, or null: the app's cadence plan. */
  cadence: StepsPerMinute | null;
}

/** What a plan may hold: each limit is what its code's field can carry, and what makes sense. */
export const RX_LIMITS = {
  maxItems: 30,
  sets: [1, 10],
  reps: [1, 50],
  holdS: [0, 120],
  timesPerDay: [1, 3],
  /** Characters in a note, and in the clinician's name (UTF-8 must fit a length byte). */
  noteChars: 120,
  nameChars: 40,
  cadence: [MIN_BPM, MAX_BPM],
} as const;

const inRange = (n: number, [lo, hi]: readonly [number, number]) => Number.isInteger(n) && n >= lo && n <= hi;

/** The first thing wrong with a plan, in plain words, or null when it can be sent. */
export function prescriptionProblem(rx: Prescription): string | null {
  const L = RX_LIMITS;
  const name = rx.clinician.trim();
  if (!name) return 'Add your name, so the patient knows who the plan is from.';
  if (name.length > L.nameChars) return `Your name can be up to ${L.nameChars} characters.`;
  if (![1, 2, 3, 4].includes(rx.level)) return 'The level must be 1 to 4.';
  if (!inRange(rx.issuedDay, [0, 0xffff])) return 'The plan has no valid date.';
  if (rx.items.length === 0) return 'Choose at least one exercise.';
  if (rx.items.length > L.maxItems) return `A plan can hold up to ${L.maxItems} exercises.`;
  const seen = new Set<string>();
  for (const item of rx.items) {
    if (codeOfExercise(item.id) === undefined) return `“${item.id}” is not an exercise this version knows.`;
    if (seen.has(item.id)) return `${item.id} is in the plan twice.`;
    seen.add(item.id);
    if (!inRange(item.sets, L.sets)) return `${item.id}: sets must be ${L.sets[0]} to ${L.sets[1]}.`;
    if (!inRange(item.reps, L.reps)) return `${item.id}: reps must be ${L.reps[0]} to ${L.reps[1]}.`;
    if (!inRange(item.holdS, L.holdS)) return `${item.id}: a hold must be ${L.holdS[0]} to ${L.holdS[1]} seconds.`;
    if (!inRange(item.timesPerDay, L.timesPerDay)) return `${item.id}: times a day must be ${L.timesPerDay[0]} to ${L.timesPerDay[1]}.`;
    if (item.note.length > L.noteChars) return `${item.id}: a note can be up to ${L.noteChars} characters.`;
  }
  if (!inRange(rx.runPainLimit, [0, RUN_PAIN_LIMIT])) return `The running pain limit must be 0 to ${RUN_PAIN_LIMIT}: the app never allows more while running.`;
  if (typeof rx.run === 'object') {
    const problem = intervalProblem(rx.run);
    if (problem) return `Walk/run plan: ${problem}`;
    if (rx.run.runS > 0xffff || rx.run.walkS > 0xffff || !Number.isInteger(rx.run.runS) || !Number.isInteger(rx.run.walkS))
      return 'Walk/run plan: whole seconds only.';
  } else if (rx.run !== 'program' && rx.run !== 'continuous') return 'The running plan is not one the app knows.';
  if (rx.cadence !== null && !inRange(rx.cadence, L.cadence)) return `The cadence must be ${L.cadence[0]} to ${L.cadence[1]} steps a minute.`;
  return null;
}
