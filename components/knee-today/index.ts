/** Per-element entry point: registers <knee-today> (and the elements it uses). */
export * from './knee-today.js';
