/**
 * Records what the media-element route really plays: the element's output is captured
 * (`captureStream`) back into the context and its onsets found on the audio thread by the
 * benchmark's recorder worklet — the sound after the element, not what was sent to it.
 */
import type { MediaElementRoute } from '../../src/audio/media-route.js';

export async function captureRoute(context: AudioContext, route: MediaElementRoute) {
  await context.audioWorklet.addModule('/bench/recorder-processor.js');
  const recorder = new AudioWorkletNode(context, 'knee-bench-recorder', { numberOfInputs: 1, numberOfOutputs: 0 });
  const stream = (route.element as HTMLAudioElement & { captureStream(): MediaStream }).captureStream();
  const source = context.createMediaStreamSource(stream);
  source.connect(recorder);
  const onsets: number[] = [];
  return {
    /** Onset frames (on the context's clock) heard so far. */
    async onsets(): Promise<number[]> {
      const got = await new Promise<{ onsets: number[] }>((resolve) => {
        recorder.port.onmessage = (event: MessageEvent<{ onsets: number[] }>) => resolve(event.data);
        recorder.port.postMessage('flush');
      });
      onsets.push(...got.onsets);
      return onsets;
    },
    dispose() {
      source.disconnect();
      recorder.port.close();
    },
  };
}

/**
 * Pairs each sent onset frame with the first captured onset at or after it, and returns the
 * delays (frames). An exact route delays every click by the same number of frames.
 */
export function routeDelays(sent: readonly number[], heard: readonly number[]): number[] {
  return sent.map((frame) => {
    const match = heard.find((h) => h >= frame);
    return match === undefined ? Number.NaN : match - frame;
  });
}

/** Consecutive beats delayed alike (within a frame): the delay and how many beats had it. */
export interface DelayRun {
  delay: number;
  beats: number;
}

/**
 * Groups the delays into runs of equal delay. An exact route gives one run; a MediaStream
 * that re-buffers after starving (a loaded machine) moves every later beat by the same
 * amount, which starts a new run.
 */
export function delayRuns(delays: readonly number[]): DelayRun[] {
  const runs: DelayRun[] = [];
  for (const delay of delays) {
    const last = runs.at(-1);
    if (last && Math.abs(delay - last.delay) <= 1) last.beats++;
    else runs.push({ delay, beats: 1 });
  }
  return runs;
}
