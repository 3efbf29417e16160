/**
 * The cadence metronome's engine: a thin main-thread handle on the audio worklet processor
 * that places and mixes every beat on the audio thread (see metronome-processor.ts).
 *
 * It runs on any Tone.js context — the live one or a `Tone.Offline` render — so the same code
 * is what users hear and what the tests measure. It imports Tone's types only: loading Tone
 * itself (which creates an AudioContext at once) is the caller's job, after a user gesture.
 */
import { loadWorkletModule } from './worklet-module.js';
import type { BaseContext } from 'tone';
import type { ClickSound } from './click-sounds.js';
import { clickSamples, intervalCueSamples } from './sound-kit.js';
import type { RunSegment, SegmentKind } from '../run/run-plan.js';
import {
  METRONOME_PROCESSOR,
  type ClickSamples,
  type EngineCommand,
  type MetronomeProcessorOptions,
  type ProcessorMessage,
  type ProcessorPlan,
} from './metronome-protocol.js';
import type { Frames, Gain, Seconds, StepsPerMinute } from '../units.js';

export interface MetronomeSettings {
  bpm: StepsPerMinute;
  /** Accent every Nth beat; 0 = none. */
  accentEvery: number;
  sound: ClickSound;
  volume: Gain;
}

export interface BeatInfo {
  /** Beats since start, from 0. */
  index: number;
  /** Audio-clock time at which the beat sounds (before output latency). */
  time: Seconds;
  accent: boolean;
  /** When the following beat will sound if the tempo stays as it is. */
  nextTime: Seconds;
}

/** A walk/run plan's segment beginning (or under way, when the beat resumed inside it). */
export interface SegmentInfo {
  index: number;
  kind: SegmentKind;
  /** Audio-clock time of the change (of the resume, when `resumed`). */
  time: Seconds;
  resumed: boolean;
}

export interface EngineOptions {
  /** Where the clicks go; the context's destination when omitted. */
  destination?: AudioNode;
  /** Start at this frame at once, without a `start()` call (offline rendering). */
  startFrame?: Frames;
  /** Walk/run intervals: the beat only in run segments, a cue at each change. */
  plan?: readonly RunSegment[] | null;
  /** With `startFrame`: start this many seconds into the plan. */
  planFrom?: Seconds;
}

export class MetronomeEngine {
  /** Called for every beat as the audio thread plays it (late when the main thread is busy). */
  onbeat: ((beat: BeatInfo) => void) | null = null;
  /** Called as each segment of a walk/run plan begins (as the audio thread plays its cue). */
  onsegment: ((segment: SegmentInfo) => void) | null = null;
  /** Called when a walk/run plan has played to its end (the beat has stopped by itself). */
  onplanend: ((time: Seconds) => void) | null = null;

  /** Engines not yet disposed, on every context: what tests check after an element is removed. */
  static readonly #live = new Set<MetronomeEngine>();
  static get liveCount() {
    return MetronomeEngine.#live.size;
  }

  readonly context: BaseContext;
  readonly #node: AudioWorkletNode;
  readonly #output: GainNode;
  readonly #settings: MetronomeSettings;
  #plan: readonly RunSegment[] | null;
  readonly #pending = new Map<number, () => void>();
  #seq = 0;
  #running: boolean;
  #beats = 0;
  #onStarted: ((time: Seconds) => void) | null = null;
  #onStopped: ((beats: number) => void) | null = null;
  #disposed = false;

  /** Loads the worklet module into `context` (once per context). */
  static load(context: BaseContext): Promise<void> {
    return loadWorkletModule(context);
  }

  /**
   * Loads the worklet module (once per context) and renders the sounds it needs (once per
   * sample rate: the click voice, and a plan's cues), then makes an engine.
   */
  static async create(context: BaseContext, settings: MetronomeSettings, options: EngineOptions = {}) {
    const [clicks, plan] = await Promise.all([
      clickSamples(settings.sound, context.sampleRate),
      processorPlan(options.plan ?? null, context.sampleRate),
      MetronomeEngine.load(context),
    ]);
    return new MetronomeEngine(context, clicks, plan, settings, options);
  }

  private constructor(context: BaseContext, clicks: ClickSamples, plan: ProcessorPlan | null, settings: MetronomeSettings, options: EngineOptions) {
    this.context = context;
    this.#settings = { ...settings };
    this.#plan = options.plan ?? null;
    const processorOptions: MetronomeProcessorOptions = {
      bpm: settings.bpm,
      accentEvery: settings.accentEvery,
      clicks,
      plan,
      ...(options.startFrame === undefined ? {} : { startFrame: options.startFrame, planFrom: options.planFrom ?? 0 }),
    };
    this.#node = context.createAudioWorkletNode(METRONOME_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions,
    });
    this.#output = context.createGain();
    this.#output.gain.value = settings.volume;
    this.#node.connect(this.#output);
    this.#output.connect(options.destination ?? context.rawContext.destination);
    this.#running = options.startFrame !== undefined;
    this.#node.port.onmessage = (event: MessageEvent<ProcessorMessage>) => this.#receive(event.data);
    MetronomeEngine.#live.add(this);
  }

  get running() {
    return this.#running;
  }
  /** Beats played since the last start (counted as the audio thread reports them). */
  get beats() {
    return this.#beats;
  }
  get settings(): Readonly<MetronomeSettings> {
    return this.#settings;
  }
  get plan(): readonly RunSegment[] | null {
    return this.#plan;
  }

  /**
   * Starts on the next render quantum (`from` seconds into a walk/run plan, when resuming
   * one); resolves with the audio time of the start (the first beat, or a plan's first cue).
   */
  start(from: Seconds = 0): Promise<Seconds> {
    if (this.#running) return Promise.resolve(this.context.rawContext.currentTime);
    this.#running = true;
    this.#beats = 0;
    const started = new Promise<Seconds>((resolve) => (this.#onStarted = resolve));
    this.#send({ type: 'start', from });
    return started;
  }

  /** A walk/run plan for the next start (null: a continuous beat). Not while running. */
  async setPlan(plan: readonly RunSegment[] | null): Promise<void> {
    this.#plan = plan;
    const forProcessor = await processorPlan(plan, this.context.sampleRate);
    // A later call (or dispose) while the cues rendered wins.
    if (this.#plan === plan) await this.#send({ type: 'plan', plan: forProcessor });
  }

  /** Stops after the current click rings out; resolves with the number of beats played. */
  stop(): Promise<number> {
    if (!this.#running) return Promise.resolve(this.#beats);
    this.#running = false;
    const stopped = new Promise<number>((resolve) => (this.#onStopped = resolve));
    this.#send({ type: 'stop' });
    return stopped;
  }

  /** The new tempo governs the beat interval under way; resolves once the audio thread has it. */
  setBpm(bpm: StepsPerMinute): Promise<void> {
    this.#settings.bpm = bpm;
    return this.#send({ type: 'tempo', bpm });
  }

  setAccent(every: number): Promise<void> {
    this.#settings.accentEvery = every;
    return this.#send({ type: 'accent', every });
  }

  /** Renders the voice the first time it is chosen; the beat keeps the old one until then. */
  async setSound(sound: ClickSound): Promise<void> {
    this.#settings.sound = sound;
    const clicks = await clickSamples(sound, this.context.sampleRate);
    if (this.#settings.sound === sound) await this.#send({ type: 'clicks', clicks });
  }

  /** Glides to the new level over ~10 ms so a change never clicks. */
  setVolume(volume: Gain) {
    this.#settings.volume = volume;
    this.#output.gain.setTargetAtTime(volume, this.context.rawContext.currentTime, 0.01);
  }

  /** Stops the processor and frees every node; the engine cannot be used afterwards. */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    MetronomeEngine.#live.delete(this);
    this.#running = false;
    this.#node.port.postMessage({ seq: ++this.#seq, type: 'dispose' } satisfies EngineCommand);
    this.#node.port.onmessage = null;
    this.#node.port.close();
    this.#node.disconnect();
    this.#output.disconnect();
    this.onbeat = null;
    this.onsegment = null;
    this.onplanend = null;
    for (const resolve of this.#pending.values()) resolve();
    this.#pending.clear();
    this.#onStarted?.(this.context.rawContext.currentTime);
    this.#onStopped?.(this.#beats);
  }

  #send(command: DistributiveOmit<EngineCommand, 'seq'>): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    const seq = ++this.#seq;
    const acked = new Promise<void>((resolve) => this.#pending.set(seq, resolve));
    this.#node.port.postMessage({ ...command, seq } as EngineCommand);
    return acked;
  }

  #receive(message: ProcessorMessage) {
    const rate = this.context.sampleRate;
    switch (message.type) {
      case 'ack':
        this.#pending.get(message.seq)?.();
        this.#pending.delete(message.seq);
        break;
      case 'started':
        this.#onStarted?.(message.frame / rate);
        this.#onStarted = null;
        break;
      case 'stopped':
        this.#beats = message.beats;
        this.#onStopped?.(message.beats);
        this.#onStopped = null;
        break;
      case 'segment':
        this.onsegment?.({ index: message.index, kind: message.kind, time: message.frame / rate, resumed: message.resumed });
        break;
      case 'plan-end':
        this.#running = false;
        this.#beats = message.beats;
        this.onplanend?.(message.frame / rate);
        break;
      case 'beat':
        this.#beats = message.index + 1;
        this.onbeat?.({
          index: message.index,
          time: message.frame / rate,
          accent: message.accent,
          nextTime: message.nextFrame / rate,
        });
        break;
    }
  }
}

/** A plan as the processor takes it, with its cues (rendered the first time a plan is set). */
async function processorPlan(plan: readonly RunSegment[] | null, sampleRate: number): Promise<ProcessorPlan | null> {
  if (!plan?.length) return null;
  return { segments: plan.map((s) => ({ ...s })), cues: await intervalCueSamples(sampleRate) };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
