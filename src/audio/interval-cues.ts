/**
 * The cues of a walk/run plan: unlike any click, so a runner hears a change of segment through
 * music and traffic — two notes rising for "run", two falling for "walk", three for the end.
 */
import { renderNotes, type Voice } from './synth.js';
import type { IntervalCueSamples } from './metronome-protocol.js';
import type { Hertz } from '../units.js';

const BELL: Voice = {
  length: 0.11,
  partials: [
    { frequency: 660, amplitude: 0.7, decay: 0.05 },
    { frequency: 1980, amplitude: 0.3, decay: 0.02 },
  ],
};
/** Notes 0.1 s apart: the whole cue lasts under 0.35 s, shorter than a step at 170 spm. */
const GAP = 0.1;
const LOW = 1;
const HIGH = 1.5;
const PEAK = 0.9;

const cache = new Map<Hertz, IntervalCueSamples>();

export function intervalCues(sampleRate: Hertz): IntervalCueSamples {
  let cues = cache.get(sampleRate);
  if (!cues) {
    const notes = (...pitches: number[]) =>
      renderNotes(pitches.map((pitch, i) => ({ voice: BELL, at: i * GAP, pitch })), sampleRate, PEAK);
    cues = { run: notes(LOW, HIGH), walk: notes(HIGH, LOW), end: notes(HIGH, HIGH, HIGH) };
    cache.set(sampleRate, cues);
  }
  return cues;
}
