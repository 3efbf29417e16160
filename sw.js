// The app's service worker: precaches the whole build (app, audio chunk and worklet, exercise
// library) with Workbox, so after the first visit Kneebeat works with the network off.
// Built into dist/sw.js by rollup; scripts/precache.mjs injects the list of files (with hashes).
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// A new version takes over on the next visit; nothing is reloaded under a running session.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
