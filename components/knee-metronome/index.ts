/** Per-element entry point: registers only <knee-metronome>. */
export * from './knee-metronome.js';
export * from './metronome-events.js';
