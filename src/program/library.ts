/**
 * The exercise library, the routine and the program's rules, loaded on demand (see
 * load-library.ts): the text of the exercises and of the rules table is most of their weight,
 * and a view shows "Loading today's plan…" for the moment it takes.
 */
export { EXERCISES, exerciseById } from '../../content/exercises.js';
export { ADVICE_NOTES, WARM_UP } from '../../content/care.js';
export { CLINICIAN_OFFERS, REASSURANCE, RED_FLAG_QUESTIONS } from '../../content/red-flags.js';
export { describeDosage, laterToday, routineFor, routineSeconds } from './routine.js';
export { decideDay } from './decide.js';
export { PROGRESSION_RULE } from './rules.js';
export { historyOf, readStoredProgram } from './load-history.js';
export { emptyRecordPart } from './history.js';
export { cadencePlan, nextRun } from './run-rules.js';
export { planChanges, planFromProgram, planLibraryProblem, prescribedDay, prescribedRun, dosageOf } from './prescribed.js';
