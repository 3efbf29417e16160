/** Per-element entry point: registers only <knee-red-flags>. */
export * from './knee-red-flags.js';
export * from './red-flags-events.js';
