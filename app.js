// Page-level script of the app (not part of the embeddable elements): installs the service
// worker that makes the app work offline. Embedding pages never get it.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch(() => {
      // No service worker (private mode, file://): the app still works online.
    });
  });
}
