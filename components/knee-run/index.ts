export * from './knee-run.js';
export * from './run-events.js';
