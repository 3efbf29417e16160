// Injects the list of files to precache (with content hashes) into dist/sw.js, via Workbox.
import { injectManifest } from 'workbox-build';
import { HASHED } from './serve.mjs';

const { count, size, warnings } = await injectManifest({
  swSrc: 'dist/sw.js',
  swDest: 'dist/sw.js',
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,webmanifest,svg}'],
  globIgnores: ['sw.js', '**/*.map'],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  // Hashed chunks need no revision: their name changes with their content. Without one, the
  // precache fetches them through the HTTP cache, so chunks the page has just loaded are not
  // downloaded again.
  dontCacheBustURLsMatching: HASHED,
});
for (const warning of warnings) console.warn(warning);
console.log(`precache: ${count} files, ${(size / 1024).toFixed(0)} KB`);
