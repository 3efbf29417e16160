/** Per-element entry point: registers <knee-today> (the exercise card it opens loads on demand). */
export * from './knee-today.js';
