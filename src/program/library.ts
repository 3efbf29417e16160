/** The exercise library and routine logic, loaded on demand (see load-library.ts). */
export { EXERCISES, exerciseById } from '../../content/exercises.js';
export { describeDosage, routineFor, routineSeconds } from './routine.js';
