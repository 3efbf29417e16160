/** Messages between the metronome engine (main thread) and its audio worklet processor. */
import type { Frames, StepsPerMinute } from '../units.js';

export const METRONOME_PROCESSOR = 'knee-metronome-processor';

export interface ClickSamples {
  normal: Float32Array;
  accent: Float32Array;
}

export interface MetronomeProcessorOptions {
  bpm: StepsPerMinute;
  /** Accent every Nth beat; 0 = none. */
  accentEvery: number;
  clicks: ClickSamples;
  /** Start at this frame right away (offline rendering); otherwise wait for a `start` message. */
  startFrame?: Frames;
}

/** Every command carries a sequence number; the processor answers each with an `ack`. */
export type EngineCommand = { seq: number } & (
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'tempo'; bpm: StepsPerMinute }
  | { type: 'accent'; every: number }
  | { type: 'clicks'; clicks: ClickSamples }
  | { type: 'dispose' }
);

export type ProcessorMessage =
  | { type: 'ack'; seq: number; frame: Frames }
  | { type: 'started'; frame: Frames }
  | { type: 'stopped'; frame: Frames; beats: number }
  | {
      type: 'beat';
      index: number;
      frame: Frames;
      accent: boolean;
      /** When the following beat will sound at the current tempo (for haptics and visuals). */
      nextFrame: Frames;
    };
