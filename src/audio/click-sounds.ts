/**
 * The metronome's click voices, by name (what settings and attributes choose). What each
 * sounds like is designed in sound-kit.ts, which renders them with Tone.js.
 */
export const CLICK_SOUNDS = ['click', 'wood', 'beep', 'cowbell'] as const;
export type ClickSound = (typeof CLICK_SOUNDS)[number];

export const isClickSound = (value: unknown): value is ClickSound => typeof value === 'string' && (CLICK_SOUNDS as readonly string[]).includes(value);
