/** Per-element entry point: registers <knee-app> and every element it shows. */
export * from './knee-app.js';
