/**
 * What the optional voice says during a run, and when (seconds of run time): every N minutes
 * the time and the target; in walk/run intervals "Walk", and a count-in before each "Run".
 * DOM-free; the run's element speaks it on timers, apart from the audio thread, so speech can
 * never delay or move a beat.
 */
import type { Seconds, StepsPerMinute } from '../units.js';
import { planSegments, type IntervalPlan } from './run-plan.js';

export interface VoiceCue {
  atS: Seconds;
  words: string;
}

const COUNT_IN = ['Three', 'Two', 'One'] as const;

export function voiceCues(options: { fromS: Seconds; plan: IntervalPlan | null; everyMinutes: number; bpm: StepsPerMinute; horizonS?: Seconds }): VoiceCue[] {
  const { fromS, plan, everyMinutes, bpm } = options;
  const horizon = options.horizonS ?? 3 * 3600;
  const cues: VoiceCue[] = [];
  if (everyMinutes > 0) {
    const every = everyMinutes * 60;
    for (let at = (Math.floor(fromS / every) + 1) * every; at <= horizon; at += every) {
      const minutes = at / 60;
      cues.push({ atS: at, words: `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. Target ${bpm}.` });
    }
  }
  if (plan) {
    let start = 0;
    for (const [i, segment] of planSegments(plan).entries()) {
      // A count-in needs a walk long enough to hold it after the word "Walk".
      const walkBefore = i > 0 ? plan.walkS : 0;
      if (segment.kind === 'run' && walkBefore > COUNT_IN.length + 1) {
        COUNT_IN.forEach((words, k) => cues.push({ atS: start - COUNT_IN.length + k, words }));
        cues.push({ atS: start, words: 'Run' });
      }
      if (segment.kind === 'walk') cues.push({ atS: start, words: i === plan.repeats * 2 - 1 ? 'Walk. Last one.' : 'Walk' });
      start += segment.seconds;
    }
    cues.push({ atS: start, words: 'Done. Well run.' });
  }
  return cues.filter((c) => c.atS > fromS && c.atS <= horizon).sort((a, b) => a.atS - b.atS);
}
