// The pages in examples/ (and the app's own page) in Debian's Chromium: each loads the built
// elements, is used the way its visitors would use it, and breaks no rule — no page error, no
// console error, no Content-Security-Policy violation, no request leaving the origin.
// Needs dist/ and dist/examples/ (npm test builds them). Run: node --test test/examples/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { deep } from '../helpers/pages.mjs';

let origin = '';
let server;
let browser;

before(async () => {
  // A free port, listening before the first page opens: no fixed port, no fixed wait.
  ({ server, origin } = await serve('.'));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens `path` in a fresh profile (its own IndexedDB), recording problems from before the
 * page's first script runs.
 */
async function open(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below with its address, which the console message lacks.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request left the origin: ${url}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  const finish = async () => {
    const violations = await page.evaluate(() => window.cspViolations);
    await context.close();
    return [...problems, ...violations.map((v) => `CSP violation: ${v}`)];
  };
  return { page, finish };
}

/** Starts a metronome with its own button, lets it play a while, ends the run with its Stop button (which asks first: pressed twice). */
async function playMetronome(page, metronome) {
  await page.evaluate((el) => el.shadowRoot.querySelector('[part~="toggle"]').click(), metronome);
  await page.waitForFunction((el) => el.running && el.shadowRoot.querySelector('[part~="stop"]'), { timeout: 15000, polling: 50 }, metronome);
  await page.waitForFunction((el) => el.elapsed > 0.7, { timeout: 15000, polling: 50 }, metronome);
  await page.evaluate((el) => el.shadowRoot.querySelector('[part~="stop"]').click(), metronome);
  await page.waitForFunction((el) => el.shadowRoot.querySelector('[part~="stop"]').textContent.trim() === 'Stop?', { timeout: 5000, polling: 50 }, metronome);
  await page.evaluate((el) => el.shadowRoot.querySelector('[part~="stop"]').click(), metronome);
  await page.waitForFunction((el) => !el.running && !el.paused, { timeout: 5000 }, metronome);
}

/** Waits until each of `tags` is in the page and upgraded (has its shadow root). */
const whenUpgraded = (page, tags) => page.waitForFunction((names) => names.every((name) => document.querySelector(name)?.shadowRoot), { timeout: 15000 }, tags);

describe('examples', { timeout: 120000 }, () => {
  it('plain.html: every element from one script tag; a metronome session is stored and shown', async () => {
    const { page, finish } = await open('/examples/plain.html');
    await whenUpgraded(page, ['knee-metronome', 'knee-session-log', 'knee-hold-timer', 'knee-exercise', 'knee-history']);
    const metronome = await deep(page, 'knee-metronome');
    assert.equal(await page.evaluate((el) => el.bpm, metronome), 172);
    await playMetronome(page, metronome);
    await page.waitForFunction(() => document.getElementById('last').value === 'cadence (run-cadence)', { timeout: 5000 });
    // The metronome sits outside the session log: its session is reported, not stored.
    await deep(page, 'knee-hold-timer');
    const history = await deep(page, 'knee-history', '#sessions');
    assert.equal(await page.evaluate((h) => h.textContent, history), 'Sessions (0)');
    assert.deepEqual(await finish(), []);
  });

  it('strict-csp.html: audio, worklet, storage and history work with no CSP violation', async () => {
    const { page, finish } = await open('/examples/strict-csp.html');
    await whenUpgraded(page, ['knee-session-log', 'knee-metronome', 'knee-hold-timer', 'knee-latency-check', 'knee-history']);
    await playMetronome(page, await deep(page, 'knee-metronome'));
    await page.waitForFunction(() => document.getElementById('saved').value === '1', { timeout: 5000 });
    await page.waitForFunction(() => document.querySelector('knee-history').shadowRoot.querySelector('#sessions')?.textContent === 'Sessions (1)', {
      timeout: 5000,
    });
    // The delay check plays its own clicks; its step button reaches the metronome via the page's script.
    const check = await deep(page, 'knee-latency-check');
    await page.evaluate((el) => el.shadowRoot.querySelector('[part~="start"]').click(), check);
    await page.waitForFunction((el) => el.measuring && el.shadowRoot.querySelector('[part~="tap-button"]'), { timeout: 5000 }, check);
    await page.evaluate((el) => el.shadowRoot.querySelector('[part~="start"]').click(), check);
    await page.waitForFunction((el) => !el.measuring, { timeout: 5000 }, check);
    await page.evaluate((el) => el.shadowRoot.querySelector('[aria-label^="More delay"]').click(), check);
    assert.equal(await page.evaluate(() => document.querySelector('knee-metronome').latency), 10);
    assert.deepEqual(await finish(), []);
  });

  it("the app's own page (dist/index.html) plays and saves under its CSP with no violation", async () => {
    const { page, finish } = await open('/dist/index.html#/run');
    const metronome = await deep(page, 'knee-app', 'knee-run', 'knee-metronome');
    await deep(page, 'knee-app', 'knee-run', 'knee-metronome', '[part~="toggle"]');
    await playMetronome(page, metronome);
    await page.evaluate(() => (location.hash = '#/history'));
    await page.waitForFunction(
      () => document.querySelector('knee-app').shadowRoot.querySelector('knee-history')?.shadowRoot?.querySelector('#sessions')?.textContent === 'Sessions (1)',
      { timeout: 10000 },
    );
    assert.deepEqual(await finish(), []);
  });

  it('react/: React sets properties, hears the elements’ events and lists their sessions', async () => {
    const { page, finish } = await open('/examples/react/');
    const metronome = await deep(page, 'knee-metronome');
    await deep(page, 'knee-metronome', '[part~="toggle"]');
    assert.equal(await page.evaluate((el) => el.bpm, metronome), 172);
    // React state → element property.
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === '+1 from React').click());
    await page.waitForFunction((el) => el.bpm === 173, { timeout: 5000 }, metronome);
    // Element event → React state: the metronome's own +1 button.
    await page.evaluate((el) => el.shadowRoot.querySelector('[aria-label="1 faster"]').click(), metronome);
    await page.waitForFunction(() => document.getElementById('bpm').textContent === '174', { timeout: 5000 });
    // A finished session comes back to React through onknee-session.
    await playMetronome(page, metronome);
    await page.waitForFunction(() => document.querySelector('#sessions li')?.textContent === 'cadence: run-cadence', { timeout: 5000 });
    // The delay set in one element reaches the other through React state.
    const check = await deep(page, 'knee-latency-check');
    await page.evaluate((el) => el.shadowRoot.querySelector('[aria-label^="More delay"]').click(), check);
    await page.waitForFunction((el) => el.latency === 10, { timeout: 5000 }, metronome);
    assert.deepEqual(await finish(), []);
  });
});
