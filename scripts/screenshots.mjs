// Screenshots of the built app at watch and phone sizes, into docs/screenshots/.
// Usage: npm run build && node scripts/screenshots.mjs
// Env: HASH (the view), SUFFIX (file name), SEED (sample sessions), PLAYING (a beat started on
// Run first, so the view shows the "now playing" strip), GUIDED (Today's guided session at its
// first exercise), RUN_SUMMARY (with PLAYING: the run stopped, its summary shown), FLAGS (Today's
// red-flag questions of a first visit left open; otherwise they are answered "no"), BEND (the
// readiness bend answered with this pain), PLAN (with PLAYING: a walk/run plan, run 1 min / walk
// 2 min × 6, chosen for the run), SCHEMES, ELEMENT, FULL.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { answerBend, answerRedFlags } from './today-answers.mjs';

const { server, origin } = await serve('dist');
await mkdir('docs/screenshots', { recursive: true });

const sizes = [
  { name: 'watch-200', width: 200, height: 200, round: true },
  { name: 'watch-240', width: 240, height: 240, round: true },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'desktop-1280x800', width: 1280, height: 800 },
];
/** Six weeks of sample sessions (most days, with pain scores), sent as the components would. */
async function seed(page) {
  await page.evaluate(async () => {
    const { KneeSessionEvent } = await import('./kneebeat.js');
    const app = document.querySelector('knee-app');
    await app.updateComplete;
    const log = app.shadowRoot.querySelector('knee-session-log');
    const day = 86_400_000;
    for (let d = 42; d >= 0; d--) {
      if (d % 6 === 4) continue; // a missed day now and then
      const startedAt = Date.now() - d * day - 2 * 3600_000;
      const id = `${startedAt.toString(36).padStart(9, '0')}-demo${d}`;
      const pain = { before: Math.max(1, Math.round(6 - d / 10 + (d % 3))), after: Math.max(0, Math.round(4 - d / 12)) };
      log.dispatchEvent(
        new KneeSessionEvent({
          version: 1,
          id,
          kind: 'hold',
          exerciseId: 'quad-set',
          startedAt,
          endedAt: startedAt + 80_000,
          complete: d % 5 !== 0,
          planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
          done: { reps: [[d % 5 ? 10 : 7]], timeUnderTensionS: d % 5 ? 50 : 35 },
          pain,
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
  });
}

const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const browser = await launchChromium();
try {
  for (const size of sizes) {
    for (const scheme of schemes) {
      // A fresh profile per shot: seeded sessions must not pile up from one shot to the next.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 2 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`${origin}/${process.env.PLAYING ? '#/run' : (process.env.HASH ?? '')}`, { waitUntil: 'networkidle0' });
      if (process.env.PLAN) {
        await page.evaluate(() => localStorage.setItem('kneebeat-settings', JSON.stringify({ runPlan: { intervals: { runS: 60, walkS: 120, repeats: 6 } } })));
        await page.reload({ waitUntil: 'networkidle0' });
      }
      if (process.env.SEED) {
        await seed(page);
        await page.reload({ waitUntil: 'networkidle0' });
      }
      if (!process.env.FLAGS && !process.env.HASH?.startsWith('#/run') && !process.env.PLAYING) await answerRedFlags(page);
      if (process.env.BEND) await answerBend(page, Number(process.env.BEND));
      if (process.env.PLAYING) {
        const metronome = () => document.querySelector('knee-app').shadowRoot.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome');
        await page.waitForFunction(`(${metronome})()?.shadowRoot`, { polling: 100 });
        await page.evaluate(`(${metronome})().start()`);
        await new Promise((resolve) => setTimeout(resolve, 2200));
        if (process.env.RUN_SUMMARY) {
          await page.evaluate(`(${metronome})().stop()`);
          await page.waitForFunction(
            () => document.querySelector('knee-app').shadowRoot.querySelector('knee-run').shadowRoot.querySelector('[part~="summary"]'),
            { polling: 100 },
          );
        }
        if ((process.env.HASH ?? '#/today') !== '#/run') {
          await page.evaluate((hash) => (location.hash = hash), process.env.HASH ?? '#/today');
          await page.waitForFunction(() => document.querySelector('knee-app').shadowRoot.querySelector('.now-playing'), { polling: 100 });
        }
      }
      if (process.env.GUIDED) {
        // Today: answer the readiness check (pain-free), then start the guided session.
        const button = (text) =>
          page.waitForFunction(
            (label) =>
              [...document.querySelector('knee-app').shadowRoot.querySelector('knee-today').shadowRoot.querySelectorAll('button')].find(
                (b) => b.innerText.trim() === label,
              ),
            { polling: 100 },
            text,
          );
        await (await button('Check')).click();
        await (await button(size.width <= 240 ? 'Start session' : "Start today's session")).click();
        await page.waitForFunction(
          () =>
            document
              .querySelector('knee-app')
              .shadowRoot.querySelector('knee-today')
              .shadowRoot.querySelector('knee-guided-session')
              ?.shadowRoot?.querySelector('knee-exercise')
              ?.shadowRoot?.querySelector('knee-hold-timer')?.shadowRoot,
          { polling: 100 },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The start of the view (focus moved to what appeared may have scrolled it).
      await page.evaluate(() => window.scrollTo(0, 0));
      if (size.round) {
        // Show the round screen's edge: what lies outside the circle is not visible on a watch.
        // (CSSOM, not a <style> tag: the app's CSP rightly refuses inline styles.)
        await page.evaluate((radius) => {
          // In page pixels from the top of the document (not 50 %, which a long page stretches).
          document.documentElement.style.clipPath = `circle(${radius}px at ${radius}px ${radius}px)`;
          document.documentElement.style.background = '#000';
        }, size.width / 2);
      }
      const path = `docs/screenshots/${size.name}${process.env.SUFFIX ?? ''}-${scheme}.png`;
      const only = process.env.ELEMENT && !size.round ? await page.$(process.env.ELEMENT) : null;
      if (only) await only.screenshot({ path });
      else await page.screenshot({ path, fullPage: Boolean(process.env.FULL) && !size.round });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
