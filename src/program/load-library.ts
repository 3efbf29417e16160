/**
 * The exercise library (its text is most of its weight) loads on demand, the first time an
 * element that shows exercises connects, so pages that embed only the metronome or the
 * history do not carry it, and the app's first load stays small.
 */
export type Library = typeof import('./library.js');

let library: Promise<Library> | null = null;

export const loadLibrary = (): Promise<Library> => (library ??= import('./library.js'));
