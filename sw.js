// The app's service worker: precaches the whole build (app, audio chunk and worklet, exercise
// library) with Workbox, so after the first visit Kneebeat works with the network off.
// Built into dist/sw.js by rollup; scripts/precache.mjs injects the list of files (with hashes).
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { FIT_CHUNK } from './scripts/fit-chunk.mjs';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// Garmin's FIT encoder (412 KB, for "Save FIT" only) is not precached: it would nearly double
// the first visit. It is kept once a FIT file has been made, so it works offline from then on;
// one version is enough (its name changes with its content).
registerRoute(
  ({ url }) => url.origin === self.location.origin && FIT_CHUNK.test(url.pathname),
  new CacheFirst({ cacheName: 'kneebeat-fit-encoder', plugins: [new ExpirationPlugin({ maxEntries: 1 })] }),
);

// The first install takes control of the page that installed it at once, so the chunks that
// page loads on demand come from the precache instead of being downloaded a second time.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// A new version waits until the user accepts it ("A new version is ready — Reload"): the page
// then sends 'skip-waiting', this worker takes over, and every open tab reloads into it.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
