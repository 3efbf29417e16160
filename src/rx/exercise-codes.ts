/**
 * Each exercise's number in a plan's code: one byte instead of its id. Append only — a code
 * never changes or is reused, or links already given out would name other exercises (a test
 * checks every exercise in the library has one, and pins the list's start).
 */
export const EXERCISE_CODES: readonly string[] = [
  'quad-set',
  'short-arc-quad',
  'straight-leg-raise',
  'straight-leg-raise-weighted',
  'wall-slide',
  'lateral-step-up',
  'glute-press-isometric',
  'clamshell',
  'clamshell-band',
  'side-lying-leg-raise',
  'prone-leg-raise',
  'bridge',
  'bridge-ball',
  'donkey-kick',
  'fire-hydrant',
  'standing-band-hip',
  'lateral-wall-push',
  'plank',
  'single-leg-stance',
  't-stance',
  'wobble-board',
  'calf-raise',
  'forward-step-up',
  'forward-lunge',
  'double-leg-hop',
  'single-leg-hop',
  'diagonal-hops',
  'standing-quad-stretch',
  'prone-quad-stretch',
  'hip-flexor-stretch',
  'wall-calf-stretch',
  'lying-hamstring-stretch',
  'it-band-lean',
  'figure-four-stretch',
  'running-lunge-stretch',
  'foam-roll',
];

const CODE_OF = new Map(EXERCISE_CODES.map((id, i) => [id, i + 1]));

/** An exercise's code (1–255), or undefined for an id with none. */
export const codeOfExercise = (id: string): number | undefined => CODE_OF.get(id);
/** The exercise id a code stands for, or undefined (a code from a newer version). */
export const exerciseOfCode = (code: number): string | undefined => EXERCISE_CODES[code - 1];
