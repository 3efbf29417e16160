/** Per-element entry point: registers <knee-exercise> (and the <knee-hold-timer> it uses). */
export * from './knee-exercise.js';
