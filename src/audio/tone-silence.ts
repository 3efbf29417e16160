/**
 * Imported before 'tone' wherever Tone is loaded: Tone prints a version banner to the console
 * on import unless this flag is set, and an embedded widget must not write to its host page's
 * console.
 */
(globalThis as { TONE_SILENCE_LOGGING?: boolean }).TONE_SILENCE_LOGGING = true;
export {};
