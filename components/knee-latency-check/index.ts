/** Per-element entry point: registers only <knee-latency-check>. */
export * from './knee-latency-check.js';
export * from './latency-events.js';
