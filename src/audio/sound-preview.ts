/**
 * A short preview of a click voice, heard when the user chooses it: a few beats at a running
 * tempo, the first accented, each placed on the audio clock.
 */
import type { ClickSamples } from './metronome-protocol.js';
import type { Gain, Seconds, StepsPerMinute } from '../units.js';

export const PREVIEW_BEATS = 4;
export const PREVIEW_BPM: StepsPerMinute = 170;

/** Schedules the preview on `context` from `startAt` (audio-clock seconds); resolves when it has played. */
export function playPreview(context: BaseAudioContext, samples: ClickSamples, volume: Gain, startAt: Seconds): Promise<void> {
  const gain = context.createGain();
  gain.gain.value = volume;
  gain.connect(context.destination);
  const buffer = (data: Float32Array<ArrayBuffer>) => {
    const b = context.createBuffer(1, data.length, context.sampleRate);
    b.copyToChannel(data, 0);
    return b;
  };
  const [accent, normal] = [buffer(samples.accent), buffer(samples.normal)];
  let last: AudioBufferSourceNode | null = null;
  for (let i = 0; i < PREVIEW_BEATS; i++) {
    const source = context.createBufferSource();
    source.buffer = i === 0 ? accent : normal;
    source.connect(gain);
    source.start(startAt + (i * 60) / PREVIEW_BPM);
    last = source;
  }
  return new Promise((resolve) => {
    last!.onended = () => {
      gain.disconnect();
      resolve();
    };
  });
}
