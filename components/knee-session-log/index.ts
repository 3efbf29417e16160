/** Per-element entry point: registers only <knee-session-log>. */
export * from './knee-session-log.js';
export * from './session-log-events.js';
