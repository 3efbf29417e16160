// Bench only: finds click onsets in whatever reaches this node's input, on the audio thread,
// and reports their absolute frame numbers. An onset is the first sample above the threshold
// after at least `minGap` silent samples — the same rule as the tests' findOnsets().
/* global currentFrame, registerProcessor, AudioWorkletProcessor */
const THRESHOLD = 1e-4;

class OnsetRecorder extends AudioWorkletProcessor {
  constructor(options) {
    super();
    // Silent frames that must come before an onset: 64 for clicks; longer for multi-note cues.
    this.minGap = options.processorOptions?.minGap ?? 64;
    this.silent = this.minGap;
    this.onsets = [];
    // On request: the onsets so far and the frame reached (the recording's end, in audio time).
    this.port.onmessage = () => {
      this.port.postMessage({ onsets: this.onsets.splice(0), endFrame: currentFrame });
    };
  }
  process(inputs) {
    const channel = inputs[0]?.[0];
    if (!channel) {
      this.silent += 128;
      return true;
    }
    for (let i = 0; i < channel.length; i++) {
      if (Math.abs(channel[i]) > THRESHOLD) {
        if (this.silent >= this.minGap) this.onsets.push(currentFrame + i);
        this.silent = 0;
      } else {
        this.silent++;
      }
    }
    return true;
  }
}
registerProcessor('knee-bench-recorder', OnsetRecorder);
