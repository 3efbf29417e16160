/**
 * The metronome's timbres. All sit at 0.6–3 kHz, where hearing is most sensitive and traffic
 * noise is weaker, with a hard onset (see synth.ts).
 */
import { renderNotes, type Voice } from './synth.js';
import type { Hertz } from '../units.js';

export const CLICK_SOUNDS = ['click', 'wood', 'beep', 'cowbell'] as const;
export type ClickSound = (typeof CLICK_SOUNDS)[number];

/** Normal beats peak at 0.7; accents are louder and a little higher. */
const NORMAL_PEAK = 0.7;
const ACCENT_PEAK = 1.0;
const ACCENT_PITCH = 1.3;

const VOICES: Record<ClickSound, Voice> = {
  click: { length: 0.04, partials: [{ frequency: 2000, amplitude: 1, decay: 0.006 }] },
  wood: {
    length: 0.07,
    partials: [
      { frequency: 900, amplitude: 0.7, decay: 0.015 },
      { frequency: 2400, amplitude: 0.3, decay: 0.008 },
    ],
  },
  beep: {
    length: 0.06,
    sustain: 0.035,
    partials: [{ frequency: 1500, amplitude: 1, decay: 0.006, square: true }],
  },
  cowbell: {
    length: 0.12,
    partials: [
      { frequency: 587, amplitude: 0.5, decay: 0.04, square: true },
      { frequency: 845, amplitude: 0.5, decay: 0.04, square: true },
    ],
  },
};

/** Samples of one click at `sampleRate`, first sample at the peak level. */
export function renderClick(sound: ClickSound, sampleRate: Hertz, accent = false): Float32Array<ArrayBuffer> {
  return renderNotes(
    [{ voice: VOICES[sound], at: 0, pitch: accent ? ACCENT_PITCH : 1 }],
    sampleRate,
    accent ? ACCENT_PEAK : NORMAL_PEAK,
  );
}

export const isClickSound = (value: unknown): value is ClickSound =>
  typeof value === 'string' && (CLICK_SOUNDS as readonly string[]).includes(value);
