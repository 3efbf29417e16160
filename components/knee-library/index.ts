/** Per-element entry point: registers only <knee-library>. */
export * from './knee-library.js';
export * from './library-events.js';
