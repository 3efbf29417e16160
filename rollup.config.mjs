// Bundles the tsc output (build/) into dist/: the app, one script that registers every element
// (kneebeat.js), per-element entry points, the on-demand audio chunk, and the audio worklet.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import replace from '@rollup/plugin-replace';

/** Copies the app's static files into dist/ (a name, or [name in dist/, source path]). */
const staticFiles = (files) => ({
  name: 'static-files',
  generateBundle() {
    for (const file of files) {
      const [fileName, from] = Array.isArray(file) ? file : [file, file];
      this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    }
  },
});

/** Where the bundles go: dist/, or the folder scripts/build.mjs builds into before it swaps it in. */
const OUT = process.env.KNEEBEAT_OUT ?? 'dist';

// tsc's decorator helper refers to a top-level `this`; rollup's notice about it is noise.
const onwarn = (warning, warn) => warning.code === 'THIS_IS_UNDEFINED' || warn(warning);

// ignoreSideEffectsForRoot: package.json's `sideEffects` describes the published dist/ files for
// consumers' bundlers; our own build/ modules register elements just by being imported.
const plugins = [
  nodeResolve({ ignoreSideEffectsForRoot: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
  terser({ format: { comments: false } }),
];

export default [
  {
    input: {
      kneebeat: 'build/components/index.js',
      'knee-metronome': 'build/components/knee-metronome/index.js',
      'knee-run': 'build/components/knee-run/index.js',
      'knee-hold-timer': 'build/components/knee-hold-timer/index.js',
      'knee-session-log': 'build/components/knee-session-log/index.js',
      'knee-history': 'build/components/knee-history/index.js',
      'knee-exercise': 'build/components/knee-exercise/index.js',
      'knee-today': 'build/components/knee-today/index.js',
      'knee-guided-session': 'build/components/knee-guided-session/index.js',
      'knee-latency-check': 'build/components/knee-latency-check/index.js',
      'knee-library': 'build/components/knee-library/index.js',
      'knee-settings': 'build/components/knee-settings/index.js',
      'knee-red-flags': 'build/components/knee-red-flags/index.js',
      'knee-clinician': 'build/components/knee-clinician/index.js',
      'knee-prescription': 'build/components/knee-prescription/index.js',
      'knee-watch': 'build/components/knee-watch/index.js',
      'knee-app': 'build/components/knee-app/index.js',
    },
    output: {
      dir: OUT,
      format: 'es',
      // Flat: the engine finds its worklet at `./metronome-processor.js` beside its own chunk.
      entryFileNames: '[name].js',
      chunkFileNames: '_[name]-[hash].js',
      // Garmin's FIT encoder in a chunk of its own, named so the service worker can leave it out
      // of the precache (see sw.js).
      manualChunks: (id) => (id.includes('/@garmin/fitsdk/') ? 'fitsdk' : undefined),
      // Chunks under 1.5 KB (a constant or two that several entries share) join a neighbour: each
      // file costs a request and its own gzip header, and the app's first load has a budget.
      experimentalMinChunkSize: 1500,
      sourcemap: true,
    },
    preserveEntrySignatures: 'strict',
    onwarn,
    plugins: [
      ...plugins,
      staticFiles([
        'index.html',
        'app.css',
        'app.js',
        'manifest.webmanifest',
        'icon.svg',
        // The Bangle.js app (Espruino JS, not bundled): the run screen installs it on the watch.
        ['kneebeat.app.js', 'src/watch/bangle/kneebeat.app.js'],
      ]),
    ],
  },
  {
    // The step detector alone (DOM-free; for a page, a worker or Node): dist/step-detector.js.
    input: 'build/src/cadence/step-detector.js',
    output: { file: `${OUT}/step-detector.js`, format: 'es', sourcemap: true },
    plugins,
  },
  {
    // The worklet runs in its own global scope: one self-contained file, no shared chunks.
    input: 'build/src/audio/metronome-processor.js',
    output: { file: `${OUT}/metronome-processor.js`, format: 'es', sourcemap: true },
    plugins,
  },
  {
    // The import worker: found at `./import-worker.js` beside the store's chunk, like the worklet.
    input: 'build/src/store/import-worker.js',
    output: { file: `${OUT}/import-worker.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    onwarn,
    plugins,
  },
  {
    // The app's service worker (Workbox); scripts/precache.mjs then injects the file list.
    input: 'sw.js',
    output: { file: `${OUT}/sw.js`, format: 'es' },
    // Workbox checks process.env.NODE_ENV; the production build drops its dev-only logging.
    plugins: [replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }), ...plugins],
  },
];
