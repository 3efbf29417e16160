// The app's service worker: precaches the whole build (app, audio chunk and worklet, exercise
// library) with Workbox, so after the first visit Kneebeat works with the network off.
// Built into dist/sw.js by rollup; scripts/precache.mjs injects the list of files (with hashes).
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// The first install takes control of the page that installed it at once, so the chunks that
// page loads on demand come from the precache instead of being downloaded a second time.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// A new version waits until the user accepts it ("A new version is ready — Reload"): the page
// then sends 'skip-waiting', this worker takes over, and every open tab reloads into it.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
