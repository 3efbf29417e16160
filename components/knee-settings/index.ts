/** Per-element entry point: registers only <knee-settings> (and the headphone check it holds). */
export * from './knee-settings.js';
export * from './settings-events.js';
