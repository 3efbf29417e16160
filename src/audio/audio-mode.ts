/**
 * How Kneebeat's sound lives beside other audio (the runner's music), and with the screen locked.
 *
 * - `locked` (default): "Keep playing when locked". The sound goes through a media element
 *   (see media-route.ts) and, on iOS, the audio session is `playback`: it plays on through the
 *   lock and the silent switch, but pauses other apps' music while it plays.
 * - `mix`: "Play along with my music". The sound goes straight to the speakers and, on iOS,
 *   the audio session is `ambient`: it mixes with music, but the silent switch and the lock
 *   silence it. Android mixes either way; with `mix` there is no media notification, so the
 *   tab may be silenced when the screen locks.
 */
export const AUDIO_MODES = ['locked', 'mix'] as const;
export type AudioMode = (typeof AUDIO_MODES)[number];

export const isAudioMode = (value: unknown): value is AudioMode => value === 'locked' || value === 'mix';

/** The Audio Session API (Safari 16.4+): the only platform that has one today. */
type AudioSessionNavigator = Navigator & { audioSession?: { type: string } };

/** Sets the platform's audio session type for `mode`, where the API exists. Returns the type set, or null. */
export function applyAudioSession(mode: AudioMode): string | null {
  const session = (navigator as AudioSessionNavigator).audioSession;
  if (!session) return null;
  const type = mode === 'mix' ? 'ambient' : 'playback';
  try {
    session.type = type;
    return session.type === type ? type : null;
  } catch {
    // Older WebKit builds expose the object read-only.
    return null;
  }
}
