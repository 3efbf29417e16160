// The safety net, walked through the UI as a person with a sore knee would: a severe bend, a
// painful run seen the next morning, a red-flag yes, "it hurts" during an exercise, the 24-hour
// rule. Every path ends where the rules table says (training, easier, or a clinician).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-today/knee-today.js';
import '../../components/knee-run/knee-run.js';
import '../../components/knee-exercise/knee-exercise.js';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import type { KneeRun } from '../../components/knee-run/knee-run.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { KneeRedFlags } from '../../components/knee-red-flags/knee-red-flags.js';
import type { CadenceSessionRecord, HoldSessionRecord } from '../../src/session-record.js';
import { dayKey } from '../../src/store/stats.js';
import { holdRecord, useTestStore } from '../helpers/records.js';
import { answerRedFlags, redFlagsAnswered, setPain, todayOn } from '../helpers/today.js';

const DAY = 86_400_000;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
const press = (el: Element, label: string) => {
  const button = buttons(el).find((b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
};
const safety = (el: KneeToday) => el.shadowRoot!.querySelector('[part="safety"]');

describe('the safety net, through the UI', function () {
  this.timeout(60000);
  const t = useTestStore();
  let clock: sinon.SinonFakeTimers | null = null;
  beforeEach(() => localStorage.removeItem('kneebeat-program'));
  afterEach(() => {
    clock?.restore();
    clock = null;
  });

  it('readiness 9: no session offered, the reason said first, a clinician named, and the red flags asked', async () => {
    const el = await todayOn(t.store, 2);
    await setPain(el, 9);
    await el.updateComplete;
    press(el, 'Check');
    await waitUntil(() => safety(el), 'no safety box');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · No training');
    // First on the page, before anything else the user could act on.
    const first = el.shadowRoot!.querySelector('[part="safety"], button, [part="routine"]');
    expect(first).to.equal(safety(el));
    expect(safety(el)!.textContent).to.match(/9\/10 at the knee bend today\. No training today/);
    expect(safety(el)!.textContent).to.match(/physiotherapist or doctor/);
    expect(el.shadowRoot!.querySelector('[part="routine"]')).to.equal(null);
    expect(buttons(el).some((b) => /Start/.test(b.textContent!))).to.equal(false);
    expect(el.shadowRoot!.querySelector('knee-red-flags')).to.not.equal(null);
    expect(el.today!.training).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('a run with pain 8 after it: the questions on its summary, and Today the next morning says no training and why', async () => {
    const log = await fixture(html`<knee-session-log .store=${t.store}><knee-run bpm="170" style="width: 390px"></knee-run></knee-session-log>`);
    const run = log.querySelector<KneeRun>('knee-run')!;
    await run.updateComplete;
    const metronome = run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
    await metronome.start();
    await waitUntil(() => metronome.beats >= 2, 'the beat did not play', { timeout: 20000 });
    await metronome.stop();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="summary"]'), 'no summary');
    for (let i = 0; i < 8; i++) press(run, 'More pain');
    await run.updateComplete;
    press(run, 'Save pain score');
    await waitUntil(async () => ((await t.store.list()).records[0] as CadenceSessionRecord | undefined)?.pain?.after === 8, 'the pain was not stored');
    await run.updateComplete;
    expect(text(run)).to.contain('8 or more: no training today or tomorrow');
    const check = await waitUntil(() => run.shadowRoot!.querySelector<KneeRedFlags>('knee-red-flags')?.shadowRoot, 'no red-flag check on the summary').then(
      () => run.shadowRoot!.querySelector<KneeRedFlags>('knee-red-flags')!,
    );
    await answerRedFlags(check);
    // The session log keeps the answers with the day.
    await waitUntil(async () => ((await t.store.getDay<{ redFlags: unknown[] }>(dayKey(Date.now())))?.redFlags.length ?? 0) === 1, 'answers not kept');
    log.remove();

    // The next morning.
    const tomorrow = new Date(Date.now() + DAY);
    tomorrow.setHours(8, 0, 0, 0);
    clock = sinon.useFakeTimers({ now: tomorrow, toFake: ['Date'] });
    const el = await fixture<KneeToday>(html`<knee-today .store=${t.store} style="width: 390px"></knee-today>`);
    await waitUntil(() => safety(el), 'Today the next day said nothing');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · No training');
    expect(safety(el)!.textContent).to.match(/8\/10 after a run yesterday\. No training today/);
    expect(safety(el)!.textContent).to.match(/If it reaches 8 again within a week.*see a physiotherapist or doctor/);
    expect(text(el)).to.contain('Next run: not today');
    // The 24-hour question still comes: it is a score too.
    expect(text(el)).to.contain('How is the knee this morning');
  });

  it('a red-flag yes: stop, and get seen (today for a painful calf), kept with the day', async () => {
    const el = await todayOn(t.store, 1, { asked: false });
    const check = await waitUntil(() => el.shadowRoot!.querySelector('knee-red-flags')?.shadowRoot, 'no questions on first use').then(() =>
      el.shadowRoot!.querySelector<KneeRedFlags>('knee-red-flags')!,
    );
    expect(text(el)).to.contain('Before you start: a few yes/no questions');
    expect(el.shadowRoot!.querySelector('[aria-label="More pain"]')).to.equal(null);
    await answerRedFlags(check, ['calf']);
    await waitUntil(() => safety(el), 'no stop after a yes');
    expect(safety(el)!.textContent).to.match(/Get the knee seen today/);
    expect(safety(el)!.textContent).to.match(/painful or swollen calf/);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · No training');
    expect(el.shadowRoot!.querySelector('[aria-label="More pain"]')).to.equal(null);
    const stored = await t.store.getDay<{ redFlags: { yes: string[] }[] }>(dayKey(Date.now()));
    expect(stored!.redFlags.at(-1)!.yes).to.deep.equal(['calf']);
    // Seen by a clinician who says training is fine: the stop lifts, and the day goes on.
    press(el, 'I have been seen, and my clinician says I can train');
    await waitUntil(() => !safety(el), 'the stop did not lift');
    expect(el.shadowRoot!.querySelector('[aria-label="More pain"]')).to.not.equal(null);
  });

  it('an unanswered question is never taken as a no', async () => {
    const el = await todayOn(t.store, 1, { asked: false });
    await waitUntil(() => el.shadowRoot!.querySelector('knee-red-flags')?.shadowRoot?.querySelector('input'));
    const check = el.shadowRoot!.querySelector<KneeRedFlags>('knee-red-flags')!;
    const events: Event[] = [];
    check.addEventListener('knee-red-flags', (e) => events.push(e));
    press(check, 'Done');
    await check.updateComplete;
    expect(events).to.have.length(0);
    expect(text(check)).to.match(/Please answer every question \(11 left\)/);
    expect(check.shadowRoot!.activeElement).to.equal(check.shadowRoot!.querySelector('input'));
  });

  it('"it hurts" 6 during a counted exercise stops it, says why, and the record carries it', async () => {
    const el = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up" style="width: 390px"></knee-exercise>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="counter"]'));
    expect(buttons(el).some((b) => b.textContent!.trim() === 'It hurts…')).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="counter"]')!.click();
    await el.updateComplete;
    press(el, 'It hurts…');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('0');
    const ended = new Promise<HoldSessionRecord>((resolve) =>
      el.addEventListener('knee-session', (e) => resolve(e.record as HoldSessionRecord), { once: true }),
    );
    press(el, 'Pain 6 of 10');
    const record = await ended;
    expect(record.pain).to.deep.equal({ before: null, during: 6, after: null });
    expect(record.complete).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/6\/10 is above 5: stop this exercise/);
  });

  it('"it hurts" 2 during a hop already means stop; 3 during a step-up carries on', async () => {
    const hop = await fixture<KneeExercise>(html`<knee-exercise exercise="double-leg-hop"></knee-exercise>`);
    await waitUntil(() => hop.shadowRoot!.querySelector('[part="counter"]'));
    hop.shadowRoot!.querySelector<HTMLButtonElement>('[part="counter"]')!.click();
    await hop.updateComplete;
    press(hop, 'It hurts…');
    await hop.updateComplete;
    press(hop, 'Pain 2 of 10');
    await hop.updateComplete;
    expect(text(hop)).to.match(/Any knee pain while hopping means stop/);
    expect(hop.counting).to.equal(false);

    const step = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`);
    await waitUntil(() => step.shadowRoot!.querySelector('[part="counter"]'));
    step.shadowRoot!.querySelector<HTMLButtonElement>('[part="counter"]')!.click();
    await step.updateComplete;
    press(step, 'It hurts…');
    await step.updateComplete;
    press(step, 'Pain 3 of 10');
    await step.updateComplete;
    expect(text(step)).to.match(/3\/10 noted: within the limit, carry on/);
    expect(step.counting).to.equal(true);
  });

  it('the 24-hour rule: the morning after a session, "worse" makes today easier, and says so', async () => {
    await t.store.add(holdRecord(Date.now() - DAY, { before: 0, after: 1 }));
    const el = await todayOn(t.store, 2);
    await waitUntil(() => text(el).includes('How is the knee this morning'), 'no next-morning question');
    press(el, 'More pain');
    await el.updateComplete;
    press(el, 'Worse');
    await waitUntil(() => safety(el), 'no easier day');
    expect(safety(el)!.textContent).to.match(/worse the morning after yesterday/);
    expect(safety(el)!.textContent).to.match(/level 1 today/);
    const stored = await t.store.getDay<{ nextDay: { answer: string; pain: number } }>(dayKey(Date.now()));
    expect(stored!.nextDay).to.include({ answer: 'worse', pain: 1 });
    // Then the bend, as every day.
    await setPain(el, 0);
    await el.updateComplete;
    press(el, 'Check');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="routine"]'));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · Level 1');
  });

  it('answers given in two places at once are both kept (one transaction per change)', async () => {
    await redFlagsAnswered(t.store);
    const el = await todayOn(t.store, 1, { asked: false });
    await setPain(el, 0);
    await el.updateComplete;
    // Another view keeps an answer while Today keeps its own.
    const elsewhere = redFlagsAnswered(t.store, ['locking'], Date.now());
    press(el, 'Check');
    await Promise.all([elsewhere, el.updateComplete]);
    await waitUntil(async () => (await t.store.getDay<{ readinessPain: number | null }>(dayKey(Date.now())))?.readinessPain === 0, 'bend not kept');
    const stored = await t.store.getDay<{ redFlags: { yes: string[] }[] }>(dayKey(Date.now()));
    expect(stored!.redFlags.map((c) => c.yes)).to.deep.equal([[], ['locking']]);
  });
});
