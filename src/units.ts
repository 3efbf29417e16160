/** Named units, so a signature says what a number means. */

/** Seconds, as the audio clock (`AudioContext.currentTime`) counts them. */
export type Seconds = number;
/** Milliseconds, as `performance.now()` and `Date.now()` count them. */
export type Milliseconds = number;
/** Sample frames at a context's sample rate. */
export type Frames = number;
/** Hertz (samples per second for a sample rate). */
export type Hertz = number;
/** Running cadence: steps (footfalls) per minute, one beat per step. */
export type StepsPerMinute = number;
/** Linear gain, 0 (silent) to 1 (full). */
export type Gain = number;
/** Milliseconds since the Unix epoch (what `Date.now()` returns). */
export type EpochMs = number;

/** Length of one beat at `bpm`, in (fractional) frames at `sampleRate`. */
export const beatFrames = (bpm: StepsPerMinute, sampleRate: Hertz): Frames => (60 * sampleRate) / bpm;

/** A clock reading of whole seconds: "4:05", "1:02:09". */
export function formatClock(seconds: Seconds): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** " · ♥ 148" to follow a line (a run's status, the lock screen's), or '' while no heart rate is known. */
export const heartRateWords = (bpm: number | undefined): string => (bpm !== undefined && Number.isFinite(bpm) ? ` · ♥ ${Math.round(bpm)}` : '');
