// The built app in Debian's Chromium, through what only a real browser process can show:
// a browser killed mid-session (SIGKILL) leaves a partial session that History shows after a
// restart; the service worker takes control of its first page and offers a new build
// ("A new version is ready — Reload"), which every open tab then runs.
// Needs dist/ (npm test builds it). Run: node --test test/app/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { deep } from '../helpers/pages.mjs';

// Polled, not per animation frame: a tab in the background gets no frames.
const WAIT = { timeout: 60_000, polling: 100 };
let site;
let server;
let origin;

before(async () => {
  // A copy of the build of our own: the update test changes its service worker.
  site = await mkdtemp(join(tmpdir(), 'kneebeat-site-'));
  await cp('dist', site, { recursive: true });
  ({ server, origin } = await serve(site));
});
after(async () => {
  server?.closeAllConnections();
  server?.close();
  await rm(site, { recursive: true, force: true });
});

describe('the app across a killed browser and a new build', () => {
  it('keeps a hold set killed 8 s in (SIGKILL): History shows it as partial after a restart', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'kneebeat-profile-'));
    try {
      let browser = await launchChromium([`--user-data-dir=${profile}`]);
      let page = await browser.newPage();
      await page.goto(`${origin}/#/exercise/quad-set`);
      const timer = await deep(page, 'knee-app', 'knee-exercise', 'knee-hold-timer');
      await page.waitForFunction((el) => el.shadowRoot, WAIT, timer);
      await page.evaluate((el) => el.start(), timer);
      // 8 s into the set (3 s lead-in, then a 5 s hold): the first rep is done and checkpointed.
      await page.waitForFunction((el) => el.elapsed >= 8.2, WAIT, timer);
      await page.waitForFunction(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('kneebeat');
            open.onsuccess = () => {
              const request = open.result.transaction('drafts').objectStore('drafts').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result.some((d) => d.done.reps[0][0] >= 1));
              };
            };
          }),
        WAIT,
      );
      const killedAt = Date.now();
      browser.process().kill('SIGKILL');
      await new Promise((resolve) => browser.process().once('exit', resolve));

      browser = await launchChromium([`--user-data-dir=${profile}`]);
      page = await browser.newPage();
      await page.goto(`${origin}/#/history`);
      const historyList = await deep(page, 'knee-app', 'knee-history');
      await page.waitForFunction((el) => el.shadowRoot?.textContent.includes('(partial)'), WAIT, historyList);
      const summary = await page.evaluate((el) => el.shadowRoot.querySelector('summary').textContent, historyList);
      assert.match(summary, /Quad set \(partial\)/);
      const record = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('kneebeat');
            open.onsuccess = () => {
              const request = open.result.transaction('sessions').objectStore('sessions').getAll();
              request.onsuccess = () => resolve(request.result);
            };
          }),
      );
      assert.equal(record.length, 1);
      const [session] = record;
      assert.equal(session.complete, false);
      assert.equal(session.exerciseId, 'quad-set');
      assert.ok(session.done.reps[0][0] >= 1, 'the rep held before the kill is kept');
      // Its real duration: up to the last checkpoint (at most 5 s before the kill).
      const duration = (session.endedAt - session.startedAt) / 1000;
      assert.ok(duration >= 7 && session.endedAt <= killedAt, `duration ${duration} s`);
      await browser.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('takes control of its first page (no second download), and offers a new build that every tab then runs', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${origin}/#/today`, { waitUntil: 'load' });
      // The worker claims the page that installed it, without a reload.
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', WAIT);
      // A view's on-demand chunk now comes from the precache, not the network again.
      const chunks = [];
      page.on('response', (response) => response.url().endsWith('.js') && chunks.push(response));
      const firstChunk = page.waitForResponse((response) => response.url().endsWith('.js'), WAIT);
      await page.evaluate(() => (location.hash = '#/run'));
      // Upgraded: its chunk has loaded.
      await page.waitForFunction(
        () => document.querySelector('knee-app').shadowRoot.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome')?.shadowRoot,
        WAIT,
      );
      await firstChunk;
      assert.ok(
        chunks.every((response) => response.fromServiceWorker()),
        `from the network: ${chunks.filter((r) => !r.fromServiceWorker()).map((r) => r.url())}`,
      );

      const second = await context.newPage();
      await second.goto(`${origin}/#/history`, { waitUntil: 'load' });
      await second.waitForFunction(() => navigator.serviceWorker.controller, WAIT);
      await second.evaluate(() => (window.oldPage = true));
      // A third tab is in the middle of a run.
      const running = await context.newPage();
      await running.goto(`${origin}/#/run`, { waitUntil: 'load' });
      await running.waitForFunction(() => navigator.serviceWorker.controller, WAIT);
      const metronome = await deep(running, 'knee-app', 'knee-run', 'knee-metronome');
      await running.waitForFunction((el) => el.shadowRoot, WAIT, metronome);
      await running.evaluate((el) => el.start(), metronome);
      await running.waitForFunction((el) => el.running, WAIT, metronome);
      await running.evaluate(() => (window.oldPage = true));

      // A new build is published.
      await appendFile(join(site, 'sw.js'), '\n// build 2\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const reload = await deep(page, 'knee-app', '.update button');
      // The new build waits for the user (it never takes over under a running session by itself).
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state), 'installed');
      assert.equal(await page.evaluate((b) => b.textContent.trim(), reload), 'Reload');
      const navigated = page.waitForNavigation(WAIT);
      const secondNavigated = second.waitForNavigation(WAIT);
      await page.evaluate((button) => button.click(), reload);
      await Promise.all([navigated, secondNavigated]);
      // The tab with the run does not reload under it: it says the update waits, and takes it once the run ends.
      const waits = await deep(running, 'knee-app', '.update');
      await running.waitForFunction((el) => /loads once what is running here has ended/.test(el.textContent), WAIT, waits);
      assert.equal(await running.evaluate(() => window.oldPage), true);
      assert.equal(await running.evaluate((el) => el.running, metronome), true);
      // Stopped: the run's summary (and its pain question) stays until the runner moves on.
      await running.evaluate((el) => el.stop(), metronome);
      const runView = await deep(running, 'knee-app', 'knee-run');
      await running.waitForFunction((el) => el.shadowRoot.querySelector('[part~="summary"]'), WAIT, runView);
      assert.equal(await running.evaluate(() => window.oldPage), true);
      const runningNavigated = running.waitForNavigation(WAIT);
      await running.evaluate(() => (location.hash = '#/today'));
      await runningNavigated;
      await running.waitForFunction(() => navigator.serviceWorker.controller, WAIT);
      assert.equal(await running.evaluate(() => window.oldPage), undefined);
      // Both tabs run the new worker (the other tab reloaded by itself).
      for (const tab of [page, second]) {
        await tab.waitForFunction(() => navigator.serviceWorker.controller, WAIT);
        assert.equal(await tab.evaluate(() => window.oldPage), undefined);
      }
      const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting));
      assert.equal(waiting, false);
      const offered = await page.evaluate(() => Boolean(document.querySelector('knee-app').shadowRoot.querySelector('.update')));
      assert.equal(offered, false);
    } finally {
      await browser.close();
    }
  });
});
