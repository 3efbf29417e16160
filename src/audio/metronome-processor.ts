/**
 * The metronome's audio worklet processor: every beat is placed and mixed here, on the audio
 * rendering thread, to the sample. The main thread only sends commands (start, stop, tempo…),
 * so a busy, hidden or frozen page cannot delay or drop a beat.
 *
 * Loaded with `audioWorklet.addModule`; it must not touch the DOM.
 */
import { BeatClock, type Onset } from './beat-clock.js';
// The hold timer's cue processor registers from the same module: one module per context.
import './cue-processor.js';
import { IntervalClock, type Boundary } from './interval-clock.js';
import { mixVoices, type Voice } from './voices.js';
import {
  METRONOME_PROCESSOR,
  type ClickSamples,
  type EngineCommand,
  type MetronomeProcessorOptions,
  type ProcessorMessage,
  type ProcessorPlan,
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

const periodFor = (bpm: number) => (60 * sampleRate) / bpm;

class MetronomeProcessor extends AudioWorkletProcessor {
  readonly #clock: BeatClock;
  #clicks: ClickSamples;
  #accentEvery: number;
  readonly #playing: Voice[] = [];
  readonly #onsets: Onset[] = [];
  #disposed = false;
  /** Seconds into the plan to start from at the next render quantum, or null (no start pending). */
  #startPending: number | null = null;
  /** True from start to stop (the beat clock itself is stopped in a plan's walk segments). */
  #active = false;
  /** Beats played since the last start, across a plan's run segments. */
  #beats = 0;
  #plan: ProcessorPlan | null = null;
  #intervals: IntervalClock | null = null;

  constructor(options: { processorOptions: MetronomeProcessorOptions }) {
    super(options);
    const { bpm, accentEvery, clicks, startFrame, plan, planFrom } = options.processorOptions;
    this.#clock = new BeatClock(periodFor(bpm));
    this.#clicks = clicks;
    this.#accentEvery = accentEvery;
    this.#setPlan(plan ?? null);
    if (startFrame !== undefined) this.#begin(startFrame, planFrom ?? 0);
    this.port.onmessage = (event: MessageEvent<EngineCommand>) => this.#command(event.data);
  }

  #setPlan(plan: ProcessorPlan | null) {
    this.#plan = plan;
    this.#intervals = plan ? new IntervalClock(plan.segments, sampleRate) : null;
  }

  /** Starts the beat (or the plan, `from` seconds in) at `frame`. */
  #begin(frame: number, from: number) {
    this.#active = true;
    this.#beats = 0;
    const intervals = this.#intervals;
    if (!intervals) {
      this.#clock.start(frame);
      return;
    }
    // A plan resumed mid-segment: a run segment's beat starts at once, without a cue.
    const current = intervals.start(frame, from);
    if (current) this.#send({ type: 'segment', index: current.index, kind: current.kind, frame, resumed: true });
    if (current?.kind === 'run') this.#clock.start(frame);
    else this.#clock.stop();
  }

  #end(frame: number) {
    this.#active = false;
    this.#clock.stop();
    this.#send({ type: 'stopped', frame, beats: this.#beats });
  }

  #send(message: ProcessorMessage) {
    this.port.postMessage(message);
  }

  #command(command: EngineCommand) {
    switch (command.type) {
      case 'start':
        // Start on the first frame of the next render quantum: the lowest latency possible.
        this.#startPending = command.from;
        break;
      case 'stop':
        // At once, not at the next render quantum: a suspended context renders none, and a
        // stop must still complete (the click under way rings out in the next quanta).
        this.#startPending = null;
        if (this.#active) this.#end(currentFrame);
        else this.#send({ type: 'stopped', frame: currentFrame, beats: 0 });
        break;
      case 'plan':
        this.#setPlan(command.plan);
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
    if (this.#startPending !== null) {
      const planFrom = this.#startPending;
      this.#startPending = null;
      this.#send({ type: 'started', frame: from });
      this.#begin(from, planFrom);
    }
    const out = outputs[0]?.[0];
    if (!out) return true;

    // A plan's boundaries split the quantum: beats before a change, the change, beats after it.
    let at = from;
    const end = from + BLOCK;
    while (this.#active) {
      const boundary = this.#intervals?.take(at, end - at) ?? null;
      const until = boundary ? boundary.frame : end;
      this.#playBeats(from, at, until);
      if (!boundary) break;
      this.#change(from, boundary);
      at = until;
    }
    mixVoices(this.#playing, out);
    return true;
  }

  /** Starts the beats whose onsets lie in `[at, until)` of the quantum that begins at `from`. */
  #playBeats(from: number, at: number, until: number) {
    if (until <= at) return;
    for (const onset of this.#clock.take(at, until - at, this.#onsets)) {
      const index = this.#beats++;
      const accent = this.#accentEvery > 0 && index % this.#accentEvery === 0;
      // A click that starts mid-block begins at its own frame: `position` is negative until then.
      this.#playing.push({ samples: accent ? this.#clicks.accent : this.#clicks.normal, position: from - onset.frame });
      this.#send({ type: 'beat', index, frame: onset.frame, accent, nextFrame: Math.round(this.#clock.nextExact) });
    }
  }

  /** A plan's segment change: its cue, then the beat on (one step after the cue) or off. */
  #change(from: number, boundary: Boundary) {
    const cues = this.#plan!.cues;
    this.#playing.push({ samples: cues[boundary.kind], position: from - boundary.frame });
    if (boundary.kind === 'end') {
      this.#send({ type: 'plan-end', frame: boundary.frame, beats: this.#beats });
      this.#end(boundary.frame);
      return;
    }
    this.#send({ type: 'segment', index: boundary.index, kind: boundary.kind, frame: boundary.frame, resumed: false });
    if (boundary.kind === 'run') this.#clock.start(boundary.frame + this.#clock.period);
    else this.#clock.stop();
  }
}

registerProcessor(METRONOME_PROCESSOR, MetronomeProcessor);
