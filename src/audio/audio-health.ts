/**
 * Notices when audio has stopped without anyone asking: iOS marks a context `interrupted` (a
 * call, Siri), Android takes audio focus away, a context gets suspended, or — the sneaky one —
 * a context says `running` while its clock has stopped advancing.
 */
import type { Milliseconds, Seconds } from '../units.js';

export type AudioHealth = 'ok' | 'suspended' | 'interrupted' | 'stalled' | 'closed';

export interface ClockReading {
  state: string;
  currentTime: Seconds;
}

/** How long the audio clock must stand still, by the wall clock, to count as stalled. */
export const STALL_WINDOW: Milliseconds = 1000;
/** Checks closer together than this say nothing: currentTime moves in coarse steps. */
const MIN_CHECK_GAP: Milliseconds = 100;

export class AudioClockWatch {
  readonly #read: () => ClockReading;
  readonly #now: () => Milliseconds;
  // A watch is made fresh for each start, so a pause before it is never taken for a stall.
  #lastWall: Milliseconds;
  #lastAudio: Seconds;
  /** Wall time over which the audio clock has not kept pace, up to now. */
  #stalledFor: Milliseconds = 0;

  constructor(read: () => ClockReading, now: () => Milliseconds = () => performance.now()) {
    this.#read = read;
    this.#now = now;
    this.#lastWall = now();
    this.#lastAudio = read().currentTime;
  }

  /** Call every few hundred ms while audio should be playing. */
  check(): AudioHealth {
    const { state, currentTime } = this.#read();
    const wall = this.#now();
    if (state === 'closed' || state === 'suspended' || state === 'interrupted') {
      this.#lastWall = wall;
      this.#lastAudio = currentTime;
      return state;
    }
    const wallElapsed = wall - this.#lastWall;
    if (wallElapsed >= MIN_CHECK_GAP) {
      const audioElapsed = (currentTime - this.#lastAudio) * 1000;
      // A late check (the page was busy) is fine as long as audio time moved on with it.
      this.#stalledFor = audioElapsed < wallElapsed * 0.1 ? this.#stalledFor + wallElapsed : 0;
      this.#lastWall = wall;
      this.#lastAudio = currentTime;
    }
    return this.#stalledFor >= STALL_WINDOW ? 'stalled' : 'ok';
  }
}

/** What to tell the user, in plain words, for each kind of failure. */
export function describeAudioHealth(health: AudioHealth): string {
  switch (health) {
    case 'ok':
      return '';
    case 'interrupted':
      return 'Audio was interrupted by the system. Tap Start to resume the beat.';
    case 'suspended':
      return 'Audio was paused by the browser. Tap Start to resume the beat.';
    case 'stalled':
      return 'Audio stopped playing. Tap Start to restart the beat.';
    case 'closed':
      return 'Audio was shut down. Tap Start to restart the beat.';
  }
}
