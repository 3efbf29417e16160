/**
 * The hold timer's cues: which sound at which session time, derived from the plan, and what
 * each sounds like. Distinct shapes, not only pitches, so they are told apart eyes closed:
 * "go" rises, "release" falls, ticks are short and soft, "switch" is three beeps, "end" a
 * falling arpeggio.
 */
import { renderNotes, type Voice } from '../audio/synth.js';
import type { Segment } from './hold-plan.js';
import type { Hertz, Seconds } from '../units.js';

export const CUE_KINDS = ['count', 'go', 'tick', 'release', 'switch', 'end'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  /** Session time. */
  time: Seconds;
}

/** Ticks in the last seconds of a hold. */
const TICKS = 3;
/** Seconds between a side's last release cue and the switch cue. */
const SWITCH_DELAY = 0.5;

export function cuesFor(plan: readonly Segment[]): Cue[] {
  const cues: Cue[] = [];
  const lastHold = plan.findLastIndex((s) => s.phase === 'hold');
  plan.forEach((segment, index) => {
    if (segment.phase === 'lead-in') {
      for (let t = segment.start; t < segment.end - 1e-9; t += 1) cues.push({ kind: 'count', time: t });
    } else if (segment.phase === 'switch') {
      // Just after the release cue that ends the last hold, so the two do not blur together.
      cues.push({ kind: 'switch', time: segment.start + Math.min(SWITCH_DELAY, (segment.end - segment.start) / 2) });
    } else if (segment.phase === 'hold') {
      cues.push({ kind: 'go', time: segment.start });
      for (let k = TICKS; k >= 1; k--) {
        const t = segment.end - k;
        if (t > segment.start + 0.5) cues.push({ kind: 'tick', time: t });
      }
      cues.push({ kind: index === lastHold ? 'end' : 'release', time: segment.end });
    }
  });
  return cues;
}

const tone = (frequency: Hertz, length: Seconds, decay: Seconds): Voice => ({
  length,
  sustain: length * 0.5,
  partials: [
    { frequency, amplitude: 0.8, decay },
    { frequency: frequency * 2, amplitude: 0.2, decay: decay / 2 },
  ],
});

const NOTE = tone(660, 0.1, 0.03);
const SHORT = tone(1200, 0.03, 0.008);

/** Samples of each cue at `sampleRate`. */
export function renderCue(kind: CueKind, sampleRate: Hertz): Float32Array<ArrayBuffer> {
  switch (kind) {
    case 'count':
      return renderNotes([{ voice: NOTE, at: 0, pitch: 1.33 }], sampleRate, 0.5);
    case 'go':
      return renderNotes([{ voice: NOTE, at: 0 }, { voice: NOTE, at: 0.1, pitch: 1.5 }], sampleRate, 0.9);
    case 'tick':
      return renderNotes([{ voice: SHORT, at: 0 }], sampleRate, 0.3);
    case 'release':
      return renderNotes([{ voice: NOTE, at: 0, pitch: 1.33 }, { voice: NOTE, at: 0.1, pitch: 0.89 }], sampleRate, 0.9);
    case 'switch':
      return renderNotes([0, 0.14, 0.28].map((at) => ({ voice: NOTE, at, pitch: 1.12 })), sampleRate, 0.9);
    case 'end':
      return renderNotes([1.5, 1.26, 1, 0.75].map((pitch, i) => ({ voice: NOTE, at: i * 0.12, pitch })), sampleRate, 1);
  }
}
