/**
 * The page's watch as running activities see it: a face to claim, a button, cues to buzz. The
 * watch's code (the link, the clock, the app installer: src/watch/wrist.ts) loads only with the
 * views that connect one, so the first load stays small; until it has loaded, no watch is
 * connected and these do nothing.
 */
import type { Milliseconds, Seconds } from '../units.js';

/** What the watch's face shows of the activity that owns it. */
export interface WristFace {
  title: string;
  /** Where it stands: "Hold 4 s · Rep 3/10 · Set 1/2" (the first part shows large). */
  detail: string;
  elapsedS: Seconds;
  paused: boolean;
}

/** A cue to buzz on the watch: its time on the phone's clock (ms, performance.now()) and its kind (the watch knows each one's pattern). */
export interface WristCue {
  at: Milliseconds;
  kind: string;
}

export interface WristPort {
  /** An activity shows `face` on the watch and takes its button (the last to claim it has it). */
  claim(who: object, face: WristFace, onButton: () => void): void;
  /** The activity ended: the face rests, and the button belongs to nobody. */
  release(who: object): void;
  /** A hold set's cues from now on; none cancels what was to come. */
  cues(cues: readonly WristCue[]): void;
}

let port: WristPort | null = null;

/** The watch's code, once loaded, plugs itself in here. */
export function plugWrist(wrist: WristPort) {
  port = wrist;
}

/** The page's watch, or nothing while its code has not loaded. */
export const wristPort: WristPort = {
  claim: (who, face, onButton) => port?.claim(who, face, onButton),
  release: (who) => port?.release(who),
  cues: (cues) => port?.cues(cues),
};
