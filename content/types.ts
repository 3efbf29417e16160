/** The shape of Kneebeat's exercise content, checked by the compiler and by a test. */
import type { Seconds } from '../src/units.js';

/**
 * 1 activation and isometrics · 2 strengthening · 3 advanced hip and balance ·
 * 4 plyometrics and return to running. Stretches are `daily`: done at every level.
 */
export type Level = 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [1, 2, 3, 4];
export const LEVEL_NAMES: Record<Level, string> = {
  1: 'Activation and isometrics',
  2: 'Strengthening',
  3: 'Advanced hip and balance',
  4: 'Plyometrics and return to running',
};

export type BodyArea = 'quadriceps' | 'hip' | 'glutes' | 'hamstrings' | 'calves' | 'it-band' | 'hip-flexors' | 'core' | 'balance' | 'whole-leg';
/** `release`: foam rolling or self-massage. */
export type ExerciseKind = 'strength' | 'isometric' | 'stretch' | 'balance' | 'plyometric' | 'release';

export interface Dosage {
  sets: number;
  /** Reps per set (per side when `perSide`); for a stretch, the number of holds. */
  reps: number;
  /** The upper end of the advised rep range, when the guidance gives a range (10–15). */
  repsUpTo?: number;
  /** Seconds each rep is held; 0 for a moving rep. */
  holdS: Seconds;
  /** The upper end of the advised hold range (stretches: 15–30 s). */
  holdUpToS?: Seconds;
  /** Rest between reps. */
  restS: Seconds;
  /** Rest between sets. */
  setRestS: Seconds;
  perSide: boolean;
  timesPerDay: number;
}

export interface Exercise {
  id: string;
  name: string;
  kind: ExerciseKind;
  /** Muscles worked or stretched, in plain words. */
  muscles: string[];
  areas: BodyArea[];
  /** What you need; empty when nothing. */
  equipment: string[];
  /** How to set up, in one sentence. */
  start: string;
  /** What to do, step by step, in our own words. */
  steps: string[];
  dosage: Dosage;
  level: Level | 'daily';
  cautions: string[];
  /** Ids of easier and harder variants. */
  easier: string[];
  harder: string[];
  /** Where the facts (dosage, cautions) come from; the wording is Kneebeat's own. */
  source: string;
}
