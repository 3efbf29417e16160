/**
 * Sounds playing on the audio thread (clicks, cues): each a buffer and where it has got to.
 * Shared by the worklet processors; no allocation per render quantum.
 */
export interface Voice {
  samples: Float32Array;
  /** Next sample to play; negative until the sound's own frame within the quantum. */
  position: number;
}

/** Adds every sounding voice into `out` (which the engine hands over zeroed) and drops finished ones in place. */
export function mixVoices(voices: Voice[], out: Float32Array) {
  for (const voice of voices) {
    const start = Math.max(0, -voice.position);
    const end = Math.min(out.length, voice.samples.length - voice.position);
    for (let i = start; i < end; i++) out[i]! += voice.samples[voice.position + i]!;
    voice.position += out.length;
  }
  let kept = 0;
  for (const voice of voices) if (voice.position < voice.samples.length) voices[kept++] = voice;
  voices.length = kept;
}
