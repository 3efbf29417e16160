/**
 * Everything that needs Tone.js at run time, in one module that is imported on demand (after a
 * user gesture), so pages load without it.
 *
 * Tone's modules are imported one by one, not through its index: the index creates an
 * AudioContext the moment it is evaluated (before any gesture), with a ticker Worker built
 * from a blob: URL that a strict Content-Security-Policy refuses.
 *
 * The context is a native AudioContext wrapped as Tone's global context: Tone's own context
 * (standardized-audio-context) loads worklet modules through blob: URLs, which a strict CSP
 * blocks and which cannot follow a module's `import`s. Its clock source is 'offline': every
 * sound here is scheduled on the audio clock by us, so Tone's 50 ms main-thread ticker (which
 * drives Tone's Transport, unused here) would only cost CPU.
 */
import './tone-silence.js';
import { Context } from 'tone/build/esm/core/context/Context.js';
import { setContext } from 'tone/build/esm/core/Global.js';
import { applyAudioSession, type AudioMode } from './audio-mode.js';
import { MediaElementRoute } from './media-route.js';
import { MetronomeEngine } from './metronome-engine.js';
import type { ClickSound } from './click-sounds.js';
import { clickSamples } from './sound-kit.js';
import { playPreview } from './sound-preview.js';
import type { Gain } from '../units.js';

export { MetronomeEngine, MediaElementRoute };

let current: Context | null = null;
let mode: AudioMode = 'locked';
/**
 * 'playback': larger output buffers. With a worklet in the graph, each buffer is a hand-off
 * between the audio threads; bigger buffers mean fewer, and cost the device markedly less
 * (`npm run bench`, cost part). The price is latency — in Chromium here 72 ms from the audio
 * clock to the speaker instead of 32 — which nothing here needs low: every beat and cue is
 * placed on the audio clock, and the pulse, vibration and latency check wait for the moment
 * the browser says a sound is heard.
 */
let latencyHint: AudioContextLatencyCategory = 'playback';

/** The latency category for contexts made from now on ('interactive' for the shortest delay). */
export function setLatencyHint(hint: AudioContextLatencyCategory) {
  latencyHint = hint;
}

/**
 * Chooses how the sound lives beside music and the lock screen (see audio-mode.ts); applies to
 * everything started afterwards. Call before `unlockAudio`.
 */
export function setAudioMode(next: AudioMode) {
  mode = next;
  applyAudioSession(mode);
}

/**
 * Where a player should connect its sound for the current mode: the media-element route
 * (`locked`) or the context's own destination (`mix`, null).
 */
export function outputRoute(context: Context): MediaElementRoute | null {
  return mode === 'locked' ? MediaElementRoute.for(context.rawContext as AudioContext) : null;
}

/** The shared live context, created on first use. */
export function audioContext(): Context {
  if (!current || current.rawContext.state === 'closed') {
    applyAudioSession(mode);
    current = new Context({ context: new AudioContext({ latencyHint }), clockSource: 'offline', lookAhead: 0 });
    setContext(current);
  }
  return current;
}

/** Creates the context if needed and resumes it; call from a user gesture. */
export async function unlockAudio(): Promise<Context> {
  applyAudioSession(mode);
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

/** Plays a few beats of a click voice now (choosing a sound in the settings): straight out, not through the media route. */
export async function previewClicks(sound: ClickSound, volume: Gain): Promise<void> {
  const context = (await unlockAudio()).rawContext as AudioContext;
  const samples = await clickSamples(sound, context.sampleRate);
  await playPreview(context, samples, volume, context.currentTime + PREVIEW_LEAD);
}
/** How far ahead of now the preview is placed, so its first beat is whole. */
const PREVIEW_LEAD = 0.05;
