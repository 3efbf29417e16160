/**
 * Everything that needs Tone.js at run time, in one module that is imported on demand (after a
 * user gesture): importing Tone creates an AudioContext at once and costs ~60 KB gzip, so pages
 * load without it.
 *
 * The context is a native AudioContext wrapped as Tone's global context: Tone's own context
 * (standardized-audio-context) loads worklet modules through blob: URLs, which a strict
 * Content-Security-Policy blocks and which cannot follow a module's `import`s.
 */
import './tone-silence.js';
import { Context, setContext } from 'tone';
import { MetronomeEngine } from './metronome-engine.js';

export { MetronomeEngine };

let current: Context | null = null;

/** iOS (Safari 16.4+): play as media — through the silent switch and on in the background. */
function preferPlaybackSession() {
  const session = (navigator as Navigator & { audioSession?: { type: string } }).audioSession;
  if (session) {
    try {
      session.type = 'playback';
    } catch {
      // Older WebKit builds expose the object read-only; ambient audio is the fallback.
    }
  }
}

/** The shared live context, created on first use. */
export function audioContext(): Context {
  if (!current || current.rawContext.state === 'closed') {
    preferPlaybackSession();
    current = new Context(new AudioContext({ latencyHint: 'interactive' }));
    // Dispose the context Tone made for itself on import: one live AudioContext per page.
    setContext(current, true);
  }
  return current;
}

/** Creates the context if needed and resumes it; call from a user gesture. */
export async function unlockAudio(): Promise<Context> {
  preferPlaybackSession();
  const context = audioContext();
  if (context.rawContext.state !== 'running') await context.resume();
  return context;
}

/**
 * Throws away a context that will not resume (iOS after an interruption, a context whose clock
 * stopped) and makes a new one. Engines on the old context must be re-created by their owners.
 */
export async function replaceAudioContext(): Promise<Context> {
  const old = current;
  current = null;
  if (old) {
    try {
      await old.close();
    } catch {
      // Already closed or broken: nothing more to free.
    }
  }
  return unlockAudio();
}

export { CuePlayer } from '../hold/cue-player.js';
