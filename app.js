// Page-level script of the app (not part of the embeddable elements): installs the service
// worker that makes the app work offline, and offers a new version when one is waiting.
// Embedding pages never get it.
if ('serviceWorker' in navigator) {
  addEventListener('load', async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register('sw.js');
    } catch {
      return; // No service worker (private mode, file://): the app still works online.
    }
    const app = document.querySelector('knee-app');
    // A new build waits until the user says Reload (never under a running session by itself):
    // then it takes over and every tab on the old one reloads into it.
    let offered = false;
    const offer = (worker) => {
      offered = true;
      if (app) app.updateReady = () => worker.postMessage('skip-waiting');
    };
    const watch = (worker) => {
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The first install takes control of this page (no reload needed); an accepted update
      // (in this tab or another) reloads every tab into the new build — a tab where something
      // runs (a run, a set) once it ends, never cutting it short.
      if (!offered || reloading) return;
      reloading = true;
      void (app?.whenIdle?.() ?? Promise.resolve()).then(() => location.reload());
    });
    // Look for a new build when the app comes back to the foreground.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
  });
}
