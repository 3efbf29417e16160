/**
 * Media Session: lock-screen and headset play/pause for the metronome, where supported.
 * Only one element owns the session at a time; the last to claim it wins.
 */
export interface MediaControls {
  title: string;
  play: () => void;
  pause: () => void;
  /** Ends the activity (default: as pause). */
  stop?: () => void;
}

let owner: object | null = null;

export function claimMediaSession(who: object, controls: MediaControls, playing: boolean) {
  if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
  owner = who;
  const session = navigator.mediaSession;
  if (typeof MediaMetadata === 'function') {
    session.metadata = new MediaMetadata({ title: controls.title, artist: 'Kneebeat' });
  }
  session.playbackState = playing ? 'playing' : 'paused';
  const handlers: [MediaSessionAction, () => void][] = [
    ['play', controls.play],
    ['pause', controls.pause],
    ['stop', controls.stop ?? controls.pause],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // An action this browser does not know: skip it.
    }
  }
}

export function releaseMediaSession(who: object) {
  if (owner !== who || !('mediaSession' in navigator)) return;
  owner = null;
  const session = navigator.mediaSession;
  session.metadata = null;
  session.playbackState = 'none';
  for (const action of ['play', 'pause', 'stop'] as MediaSessionAction[]) {
    try {
      session.setActionHandler(action, null);
    } catch {
      // As above.
    }
  }
}
