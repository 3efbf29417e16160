// Builds the benchmark page into bench/out/ from the tsc output.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const copy = (files) => ({
  name: 'copy',
  generateBundle() {
    for (const [from, fileName] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
  },
});
const onwarn = (warning, warn) => warning.code === 'THIS_IS_UNDEFINED' || warn(warning);

export default [
  {
    input: 'build/bench/harness.js',
    output: { dir: 'bench/out', format: 'es', inlineDynamicImports: true },
    onwarn,
    plugins: [
      nodeResolve({ ignoreSideEffectsForRoot: true }),
      copy([
        ['bench/index.html', 'index.html'],
        ['bench/recorder-processor.js', 'recorder-processor.js'],
      ]),
    ],
  },
  {
    // The cost page (bench/cost.mjs): one element or baseline playing per page. Not inlined:
    // Tone's index (the Tone page's baseline) must load only on that page, because loading it
    // starts an AudioContext, which would otherwise run beside every other kind.
    input: 'build/bench/cost-page.js',
    output: { dir: 'bench/out', format: 'es', entryFileNames: 'cost-page.js', chunkFileNames: 'cost-[name]-[hash].js' },
    onwarn,
    plugins: [nodeResolve({ ignoreSideEffectsForRoot: true }), copy([['bench/cost.html', 'cost.html']])],
  },
  {
    // Every exercise drawing on one page (scripts/figure-sheet.mjs).
    input: 'build/bench/figure-sheet-page.js',
    output: { dir: 'bench/out', format: 'es', inlineDynamicImports: true, entryFileNames: 'figure-sheet-page.js' },
    onwarn,
    plugins: [nodeResolve({ ignoreSideEffectsForRoot: true }), copy([['bench/figure-sheet.html', 'figure-sheet.html']])],
  },
  {
    // The session store's import worker, beside the page's bundle as in dist/.
    input: 'build/src/store/import-worker.js',
    output: { file: 'bench/out/import-worker.js', format: 'es', inlineDynamicImports: true },
    onwarn,
    plugins: [nodeResolve({ ignoreSideEffectsForRoot: true })],
  },
  {
    input: 'build/src/audio/metronome-processor.js',
    output: { file: 'bench/out/metronome-processor.js', format: 'es' },
    plugins: [nodeResolve({ ignoreSideEffectsForRoot: true })],
  },
];
