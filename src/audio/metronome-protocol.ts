/** Messages between the metronome engine (main thread) and its audio worklet processor. */
import type { RunSegment, SegmentKind } from '../run/run-plan.js';
import type { Frames, Seconds, StepsPerMinute } from '../units.js';

export const METRONOME_PROCESSOR = 'knee-metronome-processor';

export interface ClickSamples {
  normal: Float32Array<ArrayBuffer>;
  accent: Float32Array<ArrayBuffer>;
}

/** The sounds that mark a walk/run plan's changes. */
export interface IntervalCueSamples {
  run: Float32Array<ArrayBuffer>;
  walk: Float32Array<ArrayBuffer>;
  end: Float32Array<ArrayBuffer>;
}

/** A walk/run plan: the beat plays only in run segments; a cue marks each change. */
export interface ProcessorPlan {
  segments: RunSegment[];
  cues: IntervalCueSamples;
}

export interface MetronomeProcessorOptions {
  bpm: StepsPerMinute;
  /** Accent every Nth beat; 0 = none. */
  accentEvery: number;
  clicks: ClickSamples;
  /** Walk/run intervals; null or absent: a continuous beat. */
  plan?: ProcessorPlan | null;
  /** With `startFrame`: start this far into the plan. */
  planFrom?: Seconds;
  /** Start at this frame right away (offline rendering); otherwise wait for a `start` message. */
  startFrame?: Frames;
}

/** Every command carries a sequence number; the processor answers each with an `ack`. */
export type EngineCommand = { seq: number } &
  /** `from`: seconds into the plan (resuming a paused walk/run plan); 0 for a new run. */
  (
    | { type: 'start'; from: Seconds }
    | { type: 'plan'; plan: ProcessorPlan | null }
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
  /**
   * A plan's segment begins at `frame` (with its cue), or is under way when the beat starts
   * mid-segment (`resumed`: no cue).
   */
  | { type: 'segment'; index: number; kind: SegmentKind; frame: Frames; resumed: boolean }
  /** The plan's last segment ended (with the end cue); the beat has stopped. */
  | { type: 'plan-end'; frame: Frames; beats: number }
  | {
      type: 'beat';
      index: number;
      frame: Frames;
      accent: boolean;
      /** When the following beat will sound at the current tempo (for haptics and visuals). */
      nextFrame: Frames;
    };
