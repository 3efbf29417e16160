// The app on a round watch, 200 and 240 px: on every view and through the guided session,
// every visible control and every line of text, scrolled to the middle as a user would,
// lies inside the circle; touch targets are at least 48 px; text is 12 px or more (14 for
// time, count and phase). Real layout in Chromium at the real viewport size.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';
import { SessionStore } from '../../src/store/session-store.js';
import { cadenceRecord, deleteDb, holdRecord } from '../helpers/records.js';
import { listProblems, smallTargets, watchGeometry } from '../helpers/watch-geometry.js';
import { answerRedFlags, redFlagsAnswered } from '../helpers/today.js';

const deep = (root: Element | ShadowRoot | null | undefined, ...selectors: string[]): Element | null => {
  let node: Element | ShadowRoot | null | undefined = root;
  for (const selector of selectors) {
    node = (node instanceof Element ? (node.shadowRoot ?? node) : node)?.querySelector(selector);
    if (!node) return null;
  }
  return node as Element | null;
};

/** A button by its text or label, anywhere in the element's shadow tree. */
function button(root: Element, text: string): HTMLElement | null {
  const stack: (Element | ShadowRoot)[] = [root.shadowRoot ?? root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const el of node.querySelectorAll<HTMLElement>('button, a')) {
      if ((el.getAttribute('aria-label') ?? el.innerText).trim() === text && el.checkVisibility()) return el;
    }
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
  }
  return null;
}

async function press(app: Element, text: string) {
  const found = await waitUntil(() => button(app, text), `no "${text}" button`, { timeout: 10000 }).then(() => button(app, text)!);
  found.click();
}

/** What each state of a test showed wrong; the test fails at its end with all of them. */
let found: string[] = [];

/** Waits for the page to settle (layout of freshly rendered elements), then checks it. */
async function expectFits(state: string) {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  const problems = listProblems(watchGeometry());
  if (problems) found.push(`${state}:\n${problems}`);
}

/** Every state of the test was checked: reports them all at once. */
const expectAllFit = () => expect(found.join('\n\n')).to.equal('');

for (const size of [200, 240]) {
  describe(`the app on a ${size} px round watch`, function () {
    this.timeout(120000);
    let app: KneeApp;
    before(async () => {
      await setViewport({ width: size, height: size });
      document.body.style.margin = '0';
    });
    after(async () => {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });
    beforeEach(() => (found = []));
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    async function open(hash: string, { redFlagsAsked = true } = {}) {
      // A first day: no sessions, settings or readiness answer from an earlier test (the
      // red-flag questions of a first visit answered, unless the test is about them).
      localStorage.clear();
      await deleteDb('kneebeat');
      if (redFlagsAsked) await redFlagsAnswered(new SessionStore('kneebeat'));
      location.hash = hash;
      app = await fixture<KneeApp>(html`<knee-app></knee-app>`);
      await app.updateComplete;
    }

    it('Today: the red-flag questions of a first visit, the readiness check, then the next step', async () => {
      await open('#/today', { redFlagsAsked: false });
      const check = () => deep(app, 'knee-today', 'knee-red-flags') as HTMLElement | null;
      await waitUntil(() => check()?.shadowRoot?.querySelector('input'), 'no red-flag questions', { timeout: 10000 });
      await expectFits('Today, red-flag questions');
      await answerRedFlags(check()!);
      await waitUntil(() => button(app, 'Check'), 'no Check', { timeout: 10000 });
      await expectFits('Today, readiness check');
      await press(app, 'Check');
      await waitUntil(() => button(app, 'Start session'), 'no Start session', { timeout: 10000 });
      await expectFits('Today, after the check');
      expectAllFit();
    });

    it('Today: a painful bend (warm-up and retest), and a severe one (no training, the questions again)', async () => {
      await open('#/today');
      await waitUntil(() => button(app, 'More pain'), 'no pain picker', { timeout: 10000 });
      const today = () => deep(app, 'knee-today') as HTMLElement;
      for (let i = 0; i < 3; i++) await press(app, 'More pain');
      await press(app, 'Check');
      await waitUntil(() => button(app, 'Warmed up: test again'), 'no warm-up', { timeout: 10000 });
      await expectFits('Today, warm-up offered');
      await press(app, 'Warmed up: test again');
      for (let i = 0; i < 9; i++) await press(app, 'More pain');
      await press(app, 'Check again');
      await waitUntil(() => today().shadowRoot!.querySelector('[part="safety"]'), 'no safety box', { timeout: 10000 });
      await expectFits('Today, severe pain: no training, questions again');
      expectAllFit();
    });

    it('the guided session, from the first exercise to the summary', async () => {
      await open('#/today');
      await press(app, 'Check');
      await press(app, 'Start session');
      // The readiness check's pain is the pain before: the session opens at its first exercise.
      const guided = () => deep(app, 'knee-today', 'knee-guided-session')!;
      const timer = () => deep(guided(), 'knee-exercise', 'knee-hold-timer');
      await waitUntil(() => timer()?.shadowRoot?.querySelector('[part~="face"]'), 'no timer', { timeout: 10000 });
      await expectFits('guided: first exercise, ready');
      // And the timer is the screen, not squeezed into a corner of it.
      expect(timer()!.shadowRoot!.querySelector('[part~="face"]')!.getBoundingClientRect().width).to.be.at.least(size * 0.7);
      await press(timer()!, 'Start');
      // (The first start of a page loads the audio worklet: on a loaded machine that can take a while.)
      await waitUntil(() => button(timer()!, 'Stop'), 'the hold did not start', { timeout: 30000 });
      await expectFits('guided: first exercise, holding (Stop, Pause, Skip)');
      await press(guided(), 'Skip');
      // A started exercise skipped counts as partly done: a rest naming the next comes first.
      await waitUntil(() => guided().shadowRoot!.querySelector('[part="progress"]')?.textContent?.startsWith('Rest · next 2 of'), 'Skip did not move on', {
        timeout: 10000,
      });
      await expectFits('guided: rest before the second exercise');
      await press(guided(), 'Start now');
      await waitUntil(() => guided().shadowRoot!.querySelector('[part="progress"]')?.textContent?.startsWith('2 of'), 'no second exercise', { timeout: 10000 });
      await expectFits('guided: second exercise');
      await press(guided(), 'Stop session');
      await waitUntil(() => button(guided(), 'Finish'), 'no pain after', { timeout: 10000 });
      await expectFits('guided: pain after');
      await press(guided(), 'Finish');
      await waitUntil(() => guided().shadowRoot!.querySelector('[part="summary"]'), 'no summary', { timeout: 10000 });
      await expectFits('guided: summary');
      expectAllFit();
    });

    it('Run: idle, playing and its summary', async () => {
      await open('#/run');
      const metronome = () => deep(app, 'knee-run', 'knee-metronome') as (HTMLElement & { start(): Promise<void>; stop(): Promise<void> }) | null;
      await waitUntil(() => metronome()?.shadowRoot?.querySelector('[part~="toggle"]'), 'no metronome', { timeout: 10000 });
      await expectFits('Run, idle');
      await metronome()!.start();
      await expectFits('Run, playing');
      await metronome()!.stop();
      await waitUntil(() => deep(app, 'knee-run')?.shadowRoot?.querySelector('[part~="summary"]'), 'no summary', { timeout: 10000 });
      await expectFits('Run, summary');
      expectAllFit();
    });

    it('Exercises: the list, its filters, and an exercise of each kind', async () => {
      await open('#/exercises');
      await waitUntil(() => button(app, 'Filter'), 'no list', { timeout: 10000 });
      await expectFits('Exercises');
      await press(app, 'Filter');
      await expectFits('Exercises, filters open');
      for (const id of ['quad-set', 'clamshell', 'wall-calf-stretch', 'lateral-step-up']) {
        location.hash = `#/exercise/${id}`;
        await waitUntil(() => deep(app, 'knee-exercise')?.shadowRoot?.querySelector('h2'), `no ${id}`, { timeout: 10000 });
        await expectFits(`exercise ${id}`);
      }
      expectAllFit();
    });

    it('History with sessions, and Settings', async () => {
      await open('#/settings');
      await waitUntil(() => deep(app, 'knee-settings', 'knee-latency-check')?.shadowRoot?.querySelector('button'), 'no settings', { timeout: 10000 });
      await expectFits('Settings');
      // Three weeks of sessions and runs, so History shows its figures, chart and list.
      const store = new SessionStore('kneebeat');
      const day = 86_400_000;
      for (let d = 20; d >= 0; d--) await store.add(d % 3 ? holdRecord(Date.now() - d * day, { before: 3, after: 2 }) : cadenceRecord(Date.now() - d * day));
      location.hash = '#/history';
      await waitUntil(() => deep(app, 'knee-history')?.shadowRoot?.querySelector('summary'), 'no history', { timeout: 10000 });
      await expectFits('History');
      expectAllFit();
    });
  });
}

describe('the app on a 390 × 844 phone', function () {
  this.timeout(120000);
  let app: KneeApp;
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  /** Every target of the page as it is now at least 48 × 48 px, or the state's small ones listed. */
  async function targetsOf(state: string): Promise<string> {
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const problems = listProblems(smallTargets());
    return problems ? `${state}:\n${problems}\n` : '';
  }

  it('has 48 px touch targets on every view: Today, Run (idle, playing, summary), Exercises, an exercise of each kind, History and Settings', async () => {
    localStorage.clear();
    await deleteDb('kneebeat');
    const store = new SessionStore('kneebeat');
    await redFlagsAnswered(store);
    const day = 86_400_000;
    for (let d = 20; d >= 0; d--) await store.add(d % 3 ? holdRecord(Date.now() - d * day, { before: 3, after: 2 }) : cadenceRecord(Date.now() - d * day));
    location.hash = '#/today';
    app = await fixture<KneeApp>(html`<knee-app></knee-app>`);
    let small = '';
    await waitUntil(() => deep(app, 'knee-today')?.shadowRoot?.querySelector('button'), 'no Today', { timeout: 10000 });
    small += await targetsOf('Today');
    location.hash = '#/run';
    const metronome = () => deep(app, 'knee-run', 'knee-metronome') as (HTMLElement & { start(): Promise<void>; stop(): Promise<void> }) | null;
    await waitUntil(() => metronome()?.shadowRoot?.querySelector('[part~="toggle"]'), 'no metronome', { timeout: 10000 });
    small += await targetsOf('Run, idle');
    await metronome()!.start();
    small += await targetsOf('Run, playing');
    await metronome()!.stop();
    await waitUntil(() => deep(app, 'knee-run')?.shadowRoot?.querySelector('[part~="summary"]'), 'no summary', { timeout: 10000 });
    small += await targetsOf('Run, summary');
    location.hash = '#/exercises';
    await waitUntil(() => deep(app, 'knee-library')?.shadowRoot?.querySelector('a[href]'), 'no list', { timeout: 10000 });
    small += await targetsOf('Exercises');
    for (const id of ['quad-set', 'clamshell', 'wall-calf-stretch', 'lateral-step-up']) {
      location.hash = `#/exercise/${id}`;
      await waitUntil(() => deep(app, 'knee-exercise')?.shadowRoot?.querySelector('h2'), `no ${id}`, { timeout: 10000 });
      small += await targetsOf(`exercise ${id}`);
    }
    location.hash = '#/history';
    await waitUntil(() => deep(app, 'knee-history')?.shadowRoot?.querySelector('summary'), 'no history', { timeout: 10000 });
    small += await targetsOf('History');
    location.hash = '#/settings';
    await waitUntil(() => deep(app, 'knee-settings', 'knee-latency-check')?.shadowRoot?.querySelector('button'), 'no settings', { timeout: 10000 });
    small += await targetsOf('Settings');
    expect(small).to.equal('');
  });
});

describe('the watch geometry check', () => {
  before(() => setViewport({ width: 200, height: 200 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('finds a control in a corner, a small target and small text', async () => {
    await fixture(html`<div style="position: fixed; inset: 0">
      <button style="position: absolute; left: 0; top: 0; width: 48px; height: 48px">A</button>
      <button style="position: absolute; left: 76px; top: 76px; width: 40px; height: 48px">B</button>
      <p style="position: absolute; left: 60px; top: 140px; margin: 0; font-size: 11px">small</p>
      <button style="position: absolute; left: 76px; top: 30px; width: 48px; height: 48px; border-radius: 50%">C</button>
    </div>`);
    const problems = listProblems(watchGeometry());
    expect(problems).to.contain('outside: document button "A"');
    expect(problems).to.contain('small-target: document button "B"');
    expect(problems).to.contain('small-text: 11px "small"');
    expect(problems).not.to.contain('"C"');
    const small = listProblems(smallTargets());
    expect(small).to.contain('small-target: document button "B"');
    expect(small).not.to.contain('"A"');
  });
});
