// The guided daily session from pain before to the saved summary, at watch and phone size,
// with short dosages (the timer's settings are shortened as a test may; the steps are real).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-guided-session/knee-guided-session.js';
import type { KneeGuidedSession } from '../../components/knee-guided-session/knee-guided-session.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import { exerciseById } from '../../content/exercises.js';
import { GuidedSession } from '../../src/program/guided-session.js';
import type { RoutineItem } from '../../src/program/routine.js';
import type { RoutineSessionRecord } from '../../src/session-record.js';
import { holdRecord, useTestStore } from '../helpers/records.js';

const item = (id: string): RoutineItem => ({ exercise: exerciseById(id)!, slot: 'any', estimateS: 60 });
const ITEMS = [item('quad-set'), item('calf-raise'), item('wall-calf-stretch')];

const buttons = (root: ShadowRoot | Element) => [...(root instanceof Element ? root.shadowRoot! : root).querySelectorAll('button')];
const press = (root: ShadowRoot | Element, text: string) => {
  const button = buttons(root).find((b) => b.textContent!.trim() === text || b.getAttribute('aria-label') === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
};

describe('<knee-guided-session>', function () {
  this.timeout(40000);
  const t = useTestStore();

  for (const width of [200, 390]) {
    it(`runs the routine from pain before to a saved summary at ${width} px`, async () => {
      const log = await fixture(html`<knee-session-log .store=${t.store}
        ><knee-guided-session rest="0" .items=${ITEMS} style=${`width: ${width}px`}></knee-guided-session
      ></knee-session-log>`);
      const guided = log.querySelector<KneeGuidedSession>('knee-guided-session')!;
      await waitUntil(() => guided.guided, 'no session');
      const root = guided.shadowRoot!;
      expect(root.textContent).to.contain('how much does the knee hurt');
      press(guided, 'More pain');
      press(guided, 'More pain');
      await guided.updateComplete;
      press(guided, 'Start');
      await guided.updateComplete;

      // 1 of 3: the quad set's timer, shortened.
      expect(root.querySelector('[part="progress"]')!.textContent).to.match(/^1 of 3/);
      const card = () => root.querySelector<KneeExercise>('knee-exercise')!;
      await waitUntil(() => card().shadowRoot?.querySelector('knee-hold-timer')?.shadowRoot, 'no timer', { timeout: 10000 });
      const timer = card().shadowRoot!.querySelector<KneeHoldTimer>('knee-hold-timer')!;
      Object.assign(timer, { leadIn: 0, hold: 1, rest: 0, reps: 2 });
      await timer.updateComplete;
      await timer.start();
      await waitUntil(() => guided.guided!.step.kind === 'exercise' && guided.guided!.step.index === 1, 'the set did not lead on', { timeout: 15000 });

      // 2 of 3: a rep count, two reps then Finish: partly done.
      await guided.updateComplete;
      expect(root.querySelector('[part="progress"]')!.textContent).to.match(/^2 of 3/);
      await waitUntil(() => card().shadowRoot?.querySelector('[part="counter"]'), 'no counter', { timeout: 10000 });
      const counter = card().shadowRoot!.querySelector<HTMLButtonElement>('[part="counter"]')!;
      counter.click();
      counter.click();
      await card().updateComplete;
      press(card(), 'Finish');
      await guided.updateComplete;

      // 3 of 3: skipped.
      expect(root.querySelector('[part="progress"]')!.textContent).to.match(/^3 of 3/);
      press(guided, 'Skip');
      await guided.updateComplete;
      expect(root.textContent).to.contain('How does the knee feel now?');
      press(guided, 'More pain');
      await guided.updateComplete;
      press(guided, 'Finish');
      await guided.updateComplete;

      const summary = () => root.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary()).to.match(/1 done, 1 partly, 1 skipped/);
      expect(summary()).to.match(/Pain 2 before → 1 after/);
      await waitUntil(() => summary().includes('✓ Saved'), 'no Saved confirmation', { timeout: 10000 });
      const { records } = await t.store.list();
      const routine = records.find((r) => r.kind === 'routine') as RoutineSessionRecord;
      expect(routine).to.deep.include({ complete: false, pain: { before: 2, after: 1 } });
      expect(routine.done.exerciseIds).to.deep.equal(['quad-set']);
      expect(
        records
          .filter((r) => r.kind === 'hold')
          .map((r) => r.complete)
          .sort(),
      ).to.deep.equal([false, true]);
      await expect(guided).to.be.accessible();
    });
  }

  it('rests between exercises, names the next one, and goes on by itself', async () => {
    const guided = await fixture<KneeGuidedSession>(html`<knee-guided-session rest="1" .items=${ITEMS} .painBefore=${0}></knee-guided-session>`);
    await waitUntil(() => guided.guided?.step.kind === 'exercise', 'did not start at the first exercise');
    press(guided, 'Skip');
    await guided.updateComplete;
    expect(guided.shadowRoot!.textContent).to.match(/Next:\s*Calf raise/);
    await waitUntil(() => guided.guided!.step.kind === 'exercise', 'the rest did not end', { timeout: 10000 });
  });

  it('models the steps: partial for some reps, skipped for none, Stop skips the rest and still asks pain after', () => {
    const session = new GuidedSession(ITEMS, 1000, 0);
    session.answerPainBefore(3);
    session.exerciseEnded({ ...holdRecord(2000), complete: false, done: { reps: [[4]], timeUnderTensionS: 20 } } as never);
    expect(session.results).to.deep.equal(['partial', null, null]);
    session.stop();
    expect(session.results).to.deep.equal(['partial', 'skipped', 'skipped']);
    expect(session.step.kind).to.equal('pain-after');
    session.answerPainAfter(2, 61_000);
    expect(session.summary()).to.deep.equal({ durationS: 60, done: 0, partial: 1, skipped: 2, painBefore: 3, painAfter: 2 });
  });
});
