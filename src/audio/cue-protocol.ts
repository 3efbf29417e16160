/** Messages between the hold timer's CuePlayer and its audio worklet processor. */
import type { CueKind } from '../hold/hold-cues.js';

export const CUE_PROCESSOR = 'knee-cue-processor';

export interface CueProcessorOptions {
  /** Each cue's sound, rendered once at the context's rate. */
  sounds: Record<CueKind, Float32Array>;
}

export type CueCommand = { type: 'schedule'; cues: { kind: CueKind; frame: number }[] } | { type: 'cancel' } | { type: 'dispose' };
