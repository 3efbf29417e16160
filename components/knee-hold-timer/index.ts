/** Per-element entry point: registers only <knee-hold-timer>. */
export * from './knee-hold-timer.js';
export * from './hold-events.js';
