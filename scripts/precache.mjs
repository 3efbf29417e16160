// Injects the list of files to precache (with content hashes) into dist/sw.js, via Workbox.
import { injectManifest } from 'workbox-build';
import { HASHED } from './serve.mjs';
import { FIT_CHUNK_GLOB } from './fit-chunk.mjs';

/** The build folder: dist/, or the one scripts/build.mjs builds into before swapping it in. */
const OUT = process.env.KNEEBEAT_OUT ?? 'dist';

const { count, size, warnings } = await injectManifest({
  swSrc: `${OUT}/sw.js`,
  swDest: `${OUT}/sw.js`,
  globDirectory: OUT,
  globPatterns: ['**/*.{html,js,css,webmanifest,svg}'],
  // The FIT encoder is cached when first used instead (sw.js).
  globIgnores: ['sw.js', '**/*.map', FIT_CHUNK_GLOB],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  // Hashed chunks need no revision: their name changes with their content. Without one, the
  // precache fetches them through the HTTP cache, so chunks the page has just loaded are not
  // downloaded again.
  dontCacheBustURLsMatching: HASHED,
});
for (const warning of warnings) console.warn(warning);
console.log(`precache: ${count} files, ${(size / 1024).toFixed(0)} KB`);
