/**
 * The hold timer's cues on the audio thread: the main thread sends the cues of a set once
 * (kind and frame), and this processor starts each at its frame as it comes, like the
 * metronome's beats. Its cost per render quantum does not depend on how many cues lie ahead
 * (one pointer into a sorted list), where a source node per cue keeps every future cue in the
 * audio graph. Loaded with the metronome's module; it must not touch the DOM.
 */
import { CUE_PROCESSOR, type CueCommand, type CueProcessorOptions } from './cue-protocol.js';
import { mixVoices, type Voice } from './voices.js';

declare const currentFrame: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: { processorOptions?: unknown });
}
declare function registerProcessor(name: string, processor: new (options: { processorOptions: CueProcessorOptions }) => AudioWorkletProcessor): void;

class CueProcessor extends AudioWorkletProcessor {
  readonly #sounds: CueProcessorOptions['sounds'];
  /** Cues to come, by frame; `#next` is the first not yet started. */
  #cues: { sound: Float32Array; frame: number }[] = [];
  #next = 0;
  readonly #voices: Voice[] = [];
  #disposed = false;

  constructor(options: { processorOptions: CueProcessorOptions }) {
    super(options);
    this.#sounds = options.processorOptions.sounds;
    this.port.onmessage = (event: MessageEvent<CueCommand>) => this.#command(event.data);
  }

  #command(command: CueCommand) {
    switch (command.type) {
      case 'schedule': {
        const ahead = this.#cues.slice(this.#next);
        for (const cue of command.cues) ahead.push({ sound: this.#sounds[cue.kind], frame: cue.frame });
        ahead.sort((a, b) => a.frame - b.frame);
        this.#cues = ahead;
        this.#next = 0;
        break;
      }
      case 'cancel':
        this.#cues = [];
        this.#next = 0;
        this.#voices.length = 0;
        break;
      case 'dispose':
        this.#disposed = true;
        break;
    }
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    if (this.#disposed) return false;
    const out = outputs[0]?.[0];
    if (!out) return true;
    const from = currentFrame;
    const end = from + out.length;
    // A cue whose frame has passed (it came too late) is left out rather than played late.
    while (this.#next < this.#cues.length && this.#cues[this.#next]!.frame < end) {
      const cue = this.#cues[this.#next++]!;
      if (cue.frame >= from) this.#voices.push({ samples: cue.sound, position: from - cue.frame });
    }
    mixVoices(this.#voices, out);
    return true;
  }
}

registerProcessor(CUE_PROCESSOR, CueProcessor);
