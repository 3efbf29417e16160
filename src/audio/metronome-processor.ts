/**
 * The metronome's audio worklet processor: every beat is placed and mixed here, on the audio
 * rendering thread, to the sample. The main thread only sends commands (start, stop, tempo…),
 * so a busy, hidden or frozen page cannot delay or drop a beat.
 *
 * Loaded with `audioWorklet.addModule`; it must not touch the DOM.
 */
import { BeatClock, type Onset } from './beat-clock.js';
import {
  METRONOME_PROCESSOR,
  type ClickSamples,
  type EngineCommand,
  type MetronomeProcessorOptions,
  type ProcessorMessage,
} from './metronome-protocol.js';

// The AudioWorkletGlobalScope is not in TypeScript's DOM lib: declare what we use.
declare const sampleRate: number;
declare const currentFrame: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: { processorOptions?: unknown });
}
declare function registerProcessor(name: string, processor: new (options: { processorOptions: MetronomeProcessorOptions }) => AudioWorkletProcessor): void;

const BLOCK = 128;

interface PlayingClick {
  samples: Float32Array;
  /** Next sample to play from `samples`. */
  position: number;
}

const periodFor = (bpm: number) => (60 * sampleRate) / bpm;

class MetronomeProcessor extends AudioWorkletProcessor {
  readonly #clock: BeatClock;
  #clicks: ClickSamples;
  #accentEvery: number;
  readonly #playing: PlayingClick[] = [];
  readonly #onsets: Onset[] = [];
  #disposed = false;
  #startPending = false;

  constructor(options: { processorOptions: MetronomeProcessorOptions }) {
    super(options);
    const { bpm, accentEvery, clicks, startFrame } = options.processorOptions;
    this.#clock = new BeatClock(periodFor(bpm));
    this.#clicks = clicks;
    this.#accentEvery = accentEvery;
    if (startFrame !== undefined) this.#clock.start(startFrame);
    this.port.onmessage = (event: MessageEvent<EngineCommand>) => this.#command(event.data);
  }

  #send(message: ProcessorMessage) {
    this.port.postMessage(message);
  }

  #command(command: EngineCommand) {
    switch (command.type) {
      case 'start':
        // Start on the first frame of the next render quantum: the lowest latency possible.
        this.#startPending = true;
        break;
      case 'stop':
        // At once, not at the next render quantum: a suspended context renders none, and a
        // stop must still complete (the click under way rings out in the next quanta).
        this.#startPending = false;
        this.#send({ type: 'stopped', frame: currentFrame, beats: this.#clock.running ? this.#clock.played : 0 });
        this.#clock.stop();
        break;
      case 'tempo':
        this.#clock.setPeriod(periodFor(command.bpm), currentFrame);
        break;
      case 'accent':
        this.#accentEvery = command.every;
        break;
      case 'clicks':
        this.#clicks = command.clicks;
        break;
      case 'dispose':
        this.#disposed = true;
        break;
    }
    this.#send({ type: 'ack', seq: command.seq, frame: currentFrame });
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    if (this.#disposed) return false;
    const from = currentFrame;
    if (this.#startPending) {
      this.#startPending = false;
      this.#clock.start(from);
      this.#send({ type: 'started', frame: from });
    }
    const out = outputs[0]?.[0];
    if (!out) return true;

    for (const onset of this.#clock.take(from, BLOCK, this.#onsets)) {
      const accent = this.#accentEvery > 0 && onset.index % this.#accentEvery === 0;
      const samples = accent ? this.#clicks.accent : this.#clicks.normal;
      // A click that starts mid-block begins at its own frame: `position` is negative until then.
      this.#playing.push({ samples, position: from - onset.frame });
      this.#send({
        type: 'beat',
        index: onset.index,
        frame: onset.frame,
        accent,
        nextFrame: Math.round(this.#clock.nextExact),
      });
    }
    this.#mix(out);
    return true;
  }

  /** Adds every sounding click into `out` (which the engine hands us zeroed) and drops finished ones. */
  #mix(out: Float32Array) {
    for (const click of this.#playing) {
      const start = Math.max(0, -click.position);
      const end = Math.min(out.length, click.samples.length - click.position);
      for (let i = start; i < end; i++) out[i]! += click.samples[click.position + i]!;
      click.position += out.length;
    }
    // Drop finished clicks in place: no allocation on the audio thread.
    let kept = 0;
    for (const click of this.#playing) if (click.position < click.samples.length) this.#playing[kept++] = click;
    this.#playing.length = kept;
  }
}

registerProcessor(METRONOME_PROCESSOR, MetronomeProcessor);
