/** Per-element entry point: registers <knee-guided-session> (and the exercise card it shows). */
export * from './knee-guided-session.js';
