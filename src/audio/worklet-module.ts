/**
 * Kneebeat's one audio worklet module (metronome-processor.js, which also registers the cue
 * processor): loaded once per context, whoever asks first.
 */
import type { BaseContext } from 'tone';

// Flat build: the module sits beside the chunk that holds this code.
const MODULE_URL = new URL('./metronome-processor.js', import.meta.url).href;
const modules = new WeakMap<BaseContext, Promise<void>>();

export function loadWorkletModule(context: BaseContext): Promise<void> {
  let loaded = modules.get(context);
  if (!loaded) {
    loaded = context.addAudioWorkletModule(MODULE_URL);
    modules.set(context, loaded);
  }
  return loaded;
}
