/**
 * The hold timer's cues: which sound at which session time, derived from the plan. What each
 * sounds like is designed in src/audio/sound-kit.ts.
 */
import type { Segment } from './hold-plan.js';
import type { Seconds } from '../units.js';

export const CUE_KINDS = ['count', 'go', 'tick', 'release', 'switch', 'end'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  /** Session time. */
  time: Seconds;
}

/** Ticks in the last seconds of a hold. */
const TICKS = 3;
/** Seconds between a side's last release cue and the switch cue. */
const SWITCH_DELAY = 0.5;

export function cuesFor(plan: readonly Segment[]): Cue[] {
  const cues: Cue[] = [];
  const lastHold = plan.findLastIndex((s) => s.phase === 'hold');
  plan.forEach((segment, index) => {
    if (segment.phase === 'lead-in') {
      for (let t = segment.start; t < segment.end - 1e-9; t += 1) cues.push({ kind: 'count', time: t });
    } else if (segment.phase === 'switch') {
      // Just after the release cue that ends the last hold, so the two do not blur together.
      cues.push({ kind: 'switch', time: segment.start + Math.min(SWITCH_DELAY, (segment.end - segment.start) / 2) });
    } else if (segment.phase === 'hold') {
      cues.push({ kind: 'go', time: segment.start });
      for (let k = TICKS; k >= 1; k--) {
        const t = segment.end - k;
        if (t > segment.start + 0.5) cues.push({ kind: 'tick', time: t });
      }
      cues.push({ kind: index === lastHold ? 'end' : 'release', time: segment.end });
    }
  });
  return cues;
}
