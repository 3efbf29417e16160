// Screenshots of the clinician's plan and the patient's side, into docs/screenshots/:
// the clinician page at desktop and phone size with a link made, the patient's review of it at
// phone and watch size, and Today following the plan.
// Usage: npm run build && node scripts/screenshots-rx.mjs
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { answerBend, answerRedFlags } from './today-answers.mjs';

const { server, origin } = await serve('dist');
await mkdir('docs/screenshots', { recursive: true });
const browser = await launchChromium();
const inApp = (selector) => `document.querySelector('knee-app').shadowRoot.querySelector('${selector}')`;

async function shot(page, name, round = false) {
  if (round) {
    await page.evaluate(() => {
      const radius = innerWidth / 2;
      document.documentElement.style.clipPath = `circle(${radius}px at ${radius}px ${radius}px)`;
      document.documentElement.style.background = '#000';
    });
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: !round && name.includes('full') });
  console.log(`docs/screenshots/${name}.png`);
}

/** Makes a plan on the clinician page: a note on the first exercise, 3 × 12 with an 8 s hold. */
async function makePlan(page) {
  await page.goto(`${origin}/#/clinician`, { waitUntil: 'networkidle0' });
  const clinician = await page.waitForFunction(`${inApp('knee-clinician')}?.plan && ${inApp('knee-clinician')}`, { polling: 100 });
  await clinician.evaluate(async (el) => {
    const root = el.shadowRoot;
    const set = (selector, value) => {
      const input = root.querySelector(selector);
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };
    set('input[maxlength="40"]', 'Sam Lee, physiotherapist');
    await el.updateComplete;
    set('input[aria-label="Quad set: sets"]', '3');
    await el.updateComplete;
    set('input[aria-label="Quad set: reps"]', '12');
    await el.updateComplete;
    set('input[aria-label="Quad set: hold, seconds"]', '8');
    await el.updateComplete;
    set('input[aria-label="Quad set: note"]', 'Squeeze hard; towel under the knee.');
    await el.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Make the link')).click();
  });
  await page.waitForFunction(`${inApp('knee-clinician')}.link`, { polling: 100 });
  return page.evaluate(`${inApp('knee-clinician')}.link`);
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  const link = await makePlan(page);
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'clinician-desktop-1280x800');
  await page.evaluate(`${inApp('knee-clinician')}.shadowRoot.querySelector('[part~=result]').scrollIntoView()`);
  await shot(page, 'clinician-link-desktop-1280x800');
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2 });
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'clinician-phone-390x844');

  for (const size of [
    { name: 'rx-review-phone-390x844', width: 390, height: 844 },
    { name: 'rx-review-watch-240', width: 240, height: 240, round: true },
  ]) {
    const patient = await browser.createBrowserContext();
    const p = await patient.newPage();
    await p.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 2 });
    await p.goto(link.replace(/^https?:\/\/[^/]+/, origin), { waitUntil: 'networkidle0' });
    await p.waitForFunction(`${inApp('knee-prescription')}?.opened`, { polling: 100 });
    await shot(p, size.name, size.round);
    if (!size.round) {
      await p.evaluate(`[...${inApp('knee-prescription')}.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.includes('Accept')).click()`);
      await p.evaluate(() => (location.hash = '#/today'));
      await answerRedFlags(p);
      await answerBend(p, 0);
      await p.waitForFunction(`${inApp('knee-today')}?.shadowRoot?.querySelector('[part~=routine]')`, { polling: 100 });
      await shot(p, 'today-physio-phone-390x844');
    }
    await patient.close();
  }
} finally {
  await browser.close();
  server.close();
}
