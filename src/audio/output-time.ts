/** Mapping audio-clock times to the page clock at which they come out of the speakers. */
import type { Milliseconds, Seconds } from '../units.js';

/**
 * Page-clock (`performance.now()`) time at which audio time `time` of `context` is heard, as
 * far as the browser knows: `getOutputTimestamp` includes the output latency it reports, but
 * not the delay of Bluetooth headphones, which many browsers do not know.
 */
export function pageTimeOf(context: BaseAudioContext | undefined, time: Seconds): Milliseconds {
  const live = context as AudioContext | undefined;
  if (!live || typeof live.getOutputTimestamp !== 'function') return performance.now();
  const stamp = live.getOutputTimestamp();
  if (!stamp.performanceTime) return performance.now() + (time - live.currentTime) * 1000;
  return stamp.performanceTime + (time - (stamp.contextTime ?? 0)) * 1000;
}
