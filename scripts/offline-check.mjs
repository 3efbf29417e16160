// Checks the built app offline: first visit online (the service worker precaches the build),
// then the network off: the app loads, the metronome starts (Tone chunk and worklet come from
// the cache) and a session is saved. Exits non-zero on any failure or any request that leaves
// localhost. Usage: npm run build && node scripts/offline-check.mjs
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const { server, origin } = await serve('dist');
const browser = await launchChromium();
const problems = [];
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
  await page.reload({ waitUntil: 'networkidle0' });
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!controlled) problems.push('the page is not controlled by the service worker after a reload');

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
    () => document.querySelector('knee-app').shadowRoot.querySelector('knee-history')?.shadowRoot?.querySelector('h2')?.textContent === 'Sessions (1)',
    { timeout: 10000 },
  );
  console.log('offline: app loaded, metronome played, session saved');
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
