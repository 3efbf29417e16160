/** Per-element entry point: registers only <knee-history>. */
export * from './knee-history.js';
