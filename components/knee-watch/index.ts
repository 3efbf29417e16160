/** Per-element entry point: registers only <knee-watch>. */
export * from './knee-watch.js';
export * from './watch-events.js';
