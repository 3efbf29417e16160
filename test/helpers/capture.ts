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
