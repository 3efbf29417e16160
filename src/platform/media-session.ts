/**
 * Media Session: what a lock screen, a headset's buttons and a paired watch show and control
 * while Kneebeat plays (the phone's media controls are the only "app" every watch runs).
 * Only one element owns the session at a time; the last to claim it wins.
 */
import type { Seconds } from '../units.js';

export interface MediaControls {
  /** "172 steps/min", "Quad set · rep 3 of 10". */
  title: string;
  /** A second line: the elapsed time, or the interval under way. */
  artist?: string;
  album?: string;
  play: () => void;
  pause: () => void;
  /** Ends the activity (default: as pause). */
  stop?: () => void;
  /** Headset "next" / watch ⏭ (the metronome: 2 steps/min faster). */
  next?: () => void;
  /** Headset "previous" / watch ⏮ (the metronome: 2 steps/min slower). */
  previous?: () => void;
  /** Where the activity stands: a lock screen runs its own clock from this. Infinity: no end. */
  position?: { position: Seconds; duration: Seconds };
}

const ACTIONS = ['play', 'pause', 'stop', 'nexttrack', 'previoustrack'] as const satisfies readonly MediaSessionAction[];

let owner: object | null = null;

const supported = () => typeof navigator !== 'undefined' && 'mediaSession' in navigator;

function setHandler(action: MediaSessionAction, handler: (() => void) | null) {
  try {
    navigator.mediaSession.setActionHandler(action, handler);
  } catch {
    // An action this browser does not know: skip it.
  }
}

export function claimMediaSession(who: object, controls: MediaControls, playing: boolean) {
  if (!supported()) return;
  owner = who;
  const session = navigator.mediaSession;
  if (typeof MediaMetadata === 'function') {
    session.metadata = new MediaMetadata({ title: controls.title, artist: controls.artist ?? 'Kneebeat', album: controls.album ?? 'Kneebeat' });
  }
  session.playbackState = playing ? 'playing' : 'paused';
  const handlers: Record<(typeof ACTIONS)[number], (() => void) | undefined> = {
    play: controls.play,
    pause: controls.pause,
    stop: controls.stop ?? controls.pause,
    nexttrack: controls.next,
    previoustrack: controls.previous,
  };
  for (const action of ACTIONS) setHandler(action, handlers[action] ?? null);
  if (controls.position && typeof session.setPositionState === 'function') {
    const { duration, position } = controls.position;
    try {
      session.setPositionState({ duration, position: Math.min(Math.max(0, position), duration), playbackRate: 1 });
    } catch {
      // A browser that refuses an infinite duration (a run without a planned end): no position.
    }
  }
}

export function releaseMediaSession(who: object) {
  if (owner !== who || !supported()) return;
  owner = null;
  const session = navigator.mediaSession;
  session.metadata = null;
  session.playbackState = 'none';
  for (const action of ACTIONS) setHandler(action, null);
  if (typeof session.setPositionState === 'function') session.setPositionState();
}
