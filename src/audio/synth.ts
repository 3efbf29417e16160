/**
 * Tiny additive synthesis into sample arrays, for sounds that are mixed or scheduled as
 * buffers (metronome clicks, hold-timer cues). Every note starts at full level on its first
 * sample (cosine phase): a hard onset the ear locks onto and a test can find to the sample.
 */
import type { Hertz, Seconds } from '../units.js';

export interface Partial {
  frequency: Hertz;
  amplitude: number;
  /** Exponential decay time constant. */
  decay: Seconds;
  /** Square instead of cosine: brighter, cuts through noise. */
  square?: boolean;
}

export interface Voice {
  length: Seconds;
  partials: Partial[];
  /** Hold at full level before the decay starts (a beep has a body, a click does not). */
  sustain?: Seconds;
}

/** A voice placed `at` seconds into a sequence, its frequencies scaled by `pitch`. */
export interface Note {
  voice: Voice;
  at: Seconds;
  pitch?: number;
}

/** Adds `voice` into `out` from frame `offset`. */
function addVoice(out: Float32Array, offset: number, voice: Voice, sampleRate: Hertz, pitch: number) {
  const length = Math.min(out.length - offset, Math.round(voice.length * sampleRate));
  const sustain = (voice.sustain ?? 0) * sampleRate;
  // A 1 ms fade at the tail so a note ends without a pop.
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
    out[offset + i]! += sample * tail;
  }
}

/** Renders `notes` into one buffer whose loudest sample is `peak`. */
export function renderNotes(notes: readonly Note[], sampleRate: Hertz, peak: number): Float32Array<ArrayBuffer> {
  const end = Math.max(...notes.map((n) => n.at + n.voice.length));
  const out = new Float32Array(Math.round(end * sampleRate));
  for (const note of notes) addVoice(out, Math.round(note.at * sampleRate), note.voice, sampleRate, note.pitch ?? 1);
  let max = 0;
  for (const s of out) max = Math.max(max, Math.abs(s));
  if (max > 0) for (let i = 0; i < out.length; i++) out[i]! *= peak / max;
  return out;
}
