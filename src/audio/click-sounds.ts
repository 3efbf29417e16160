/**
 * The metronome's timbres, synthesized as plain sample arrays so the audio thread can mix them
 * without any node graph. Each starts at full amplitude on its first sample (a cosine, not a
 * sine): the onset is a hard edge that the ear locks onto and that tests can find to the sample.
 * All sit at 0.9–3 kHz, where hearing is most sensitive and traffic noise is weaker.
 */
import type { Hertz, Seconds } from '../units.js';

export const CLICK_SOUNDS = ['click', 'wood', 'beep', 'cowbell'] as const;
export type ClickSound = (typeof CLICK_SOUNDS)[number];

interface Partial {
  frequency: Hertz;
  amplitude: number;
  /** Exponential decay time constant. */
  decay: Seconds;
  /** Square instead of cosine: brighter, cuts through noise. */
  square?: boolean;
}

interface Voice {
  length: Seconds;
  partials: Partial[];
  /** Hold at full level before the decay starts (a beep has a body, a click does not). */
  sustain?: Seconds;
}

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
  const voice = VOICES[sound];
  const pitch = accent ? ACCENT_PITCH : 1;
  const peak = accent ? ACCENT_PEAK : NORMAL_PEAK;
  const length = Math.round(voice.length * sampleRate);
  const sustain = (voice.sustain ?? 0) * sampleRate;
  const out = new Float32Array(length);
  // A 1 ms fade at the tail so the click ends without a pop.
  const fade = Math.min(length, Math.round(0.001 * sampleRate));
  for (let i = 0; i < length; i++) {
    let sample = 0;
    for (const p of voice.partials) {
      const phase = (2 * Math.PI * p.frequency * pitch * i) / sampleRate;
      const wave = p.square ? Math.sign(Math.cos(phase)) || 1 : Math.cos(phase);
      const envelope = i < sustain ? 1 : Math.exp(-(i - sustain) / (p.decay * sampleRate));
      sample += p.amplitude * wave * envelope;
    }
    const tail = i >= length - fade ? (length - i) / fade : 1;
    out[i] = sample * tail;
  }
  normalize(out, peak);
  return out;
}

function normalize(samples: Float32Array, peak: number) {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  if (max === 0) return;
  const scale = peak / max;
  for (let i = 0; i < samples.length; i++) samples[i]! *= scale;
}

export const isClickSound = (value: unknown): value is ClickSound =>
  typeof value === 'string' && (CLICK_SOUNDS as readonly string[]).includes(value);
