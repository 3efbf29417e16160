// Checks the built app offline: first visit online (the service worker precaches the build),
// then the network off: the app loads, the metronome starts (Tone chunk and worklet come from
// the cache) and a session is saved. Exits non-zero on any failure or any request that leaves
// localhost. Also reports the first visit's bytes (everything the server sends before the
// reload: the page, what it loads, the service worker's precache) and fails if that visit
// fetches a hashed chunk twice. Usage: npm run build && node scripts/offline-check.mjs
import { readdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { FIT_CHUNK } from './fit-chunk.mjs';
import { HASHED, serve } from './serve.mjs';

const fitChunk = (await readdir('dist')).find((name) => FIT_CHUNK.test(name));

const { server, origin } = await serve('dist');
const browser = await launchChromium();
const problems = [];
/** Path → [times served, bytes] while counting (the first visit). */
const served = new Map();
let counting = true;
let total = 0;
server.on('request', (request, response) => {
  response.on('finish', () => {
    if (!counting) return;
    const path = new URL(request.url, origin).pathname;
    const [times, bytes] = served.get(path) ?? [0, 0];
    const size = response.statusCode === 200 ? Number(response.getHeader('content-length') ?? 0) : 0;
    served.set(path, [times + 1, bytes + size]);
    total += size;
  });
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request left the origin: ${url}`);
  });
  await page.goto(`${origin}/#/run`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  counting = false;
  // Hashed chunks must come once: the precache takes them from the HTTP cache. Files with fixed
  // names (the page, entry points, worklet) carry a revision, which makes the precache fetch
  // them afresh to be sure of what it stores: those come twice, by design.
  const twice = [...served].filter(([, [times]]) => times > 1);
  const hashedTwice = twice.filter(([path]) => HASHED.test(path)).map(([path, [times]]) => `${path} ×${times}`);
  if (hashedTwice.length) problems.push(`the first visit fetched hashed chunks more than once: ${hashedTwice.join(', ')}`);
  const once = [...served.values()].reduce((sum, [times, b]) => sum + b / times, 0);
  console.log(
    `first visit: ${(total / 1024).toFixed(0)} KB from the server (the page, what it loads, the precache) for ${(once / 1024).toFixed(0)} KB of distinct files; ` +
      `fetched again by the precache: ${twice.map(([path]) => path).join(', ') || 'none'}`,
  );
  await page.reload({ waitUntil: 'networkidle0' });
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!controlled) problems.push('the page is not controlled by the service worker after a reload');
  // The FIT encoder is left out of the first visit, and kept once used ("Save FIT" online).
  if (!fitChunk) problems.push('no FIT encoder chunk in dist/');
  else {
    if (served.has(`/${fitChunk}`)) problems.push(`the first visit fetched the FIT encoder (${fitChunk})`);
    await page.evaluate((url) => import(url), `${origin}/${fitChunk}`);
    const kept = await page.evaluate(async () => (await (await caches.open('kneebeat-fit-encoder')).keys()).length);
    if (kept !== 1) problems.push(`the FIT encoder was not kept after its first use (${kept} in its cache)`);
  }

  await page.setOfflineMode(true);
  server.closeAllConnections();
  server.close();
  await page.reload({ waitUntil: 'load' });
  // (No string evaluation in the page: the app's CSP rightly refuses it.)
  const metronome = await page.waitForFunction(
    () => {
      const found = document.querySelector('knee-app')?.shadowRoot?.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome');
      return found?.shadowRoot?.querySelector('[part~="toggle"]') ? found : null;
    },
    { timeout: 10000 },
  );
  await page.evaluate((el) => el.shadowRoot.querySelector('[part~="toggle"]').click(), metronome);
  await page.waitForFunction((el) => el.running, { timeout: 10000 }, metronome);
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.evaluate((el) => el.stop(), metronome);
  await page.evaluate(() => (location.hash = '#/history'));
  await page.waitForFunction(
    () => document.querySelector('knee-app').shadowRoot.querySelector('knee-history')?.shadowRoot?.querySelector('#sessions')?.textContent === 'Sessions (1)',
    { timeout: 10000 },
  );
  // In a fresh document (nothing in the module map), offline: the encoder comes from its cache.
  if (fitChunk) await page.evaluate((url) => import(url), `${origin}/${fitChunk}`);
  console.log('offline: app loaded, metronome played, session saved, the FIT encoder loaded from its cache');
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
