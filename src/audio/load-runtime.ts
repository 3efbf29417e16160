/**
 * The on-demand import of the audio chunk (Tone.js and the engines), shared by every element:
 * one import per page, made only when a user first starts something that sounds.
 */
export type AudioRuntime = typeof import('./audio-runtime.js');

let runtime: Promise<AudioRuntime> | null = null;

export const loadAudioRuntime = (): Promise<AudioRuntime> => (runtime ??= import('./audio-runtime.js'));
