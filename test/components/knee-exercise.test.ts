import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-exercise/knee-exercise.js';
import '../../components/knee-today/knee-today.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { HoldSessionRecord, RoutineSessionRecord } from '../../src/session-record.js';
import { nextEvent } from '../helpers/events.js';
import { useTestStore } from '../helpers/records.js';
import { setPain, todayOn } from '../helpers/today.js';

/** Waits for the library (loaded on demand) to be in. */
async function loaded(el: KneeExercise) {
  await waitUntil(() => !el.shadowRoot!.textContent!.includes('Loading'));
  await el.updateComplete;
  return el;
}

const buttonByText = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

describe('<knee-exercise>', function () {
  this.timeout(20000);
  afterEach(() => sinon.restore());

  it('shows a hold exercise with its steps and a hold timer set up from its dosage', async () => {
    const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="wall-slide" style="width: 400px"></knee-exercise>`));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Wall slide');
    expect(root.querySelectorAll('[part="steps"] li')).to.have.length(3);
    const timer = root.querySelector('knee-hold-timer')!;
    expect(timer.holdSettings).to.include({ holdS: 5, restS: 3, reps: 10, sets: 2, sides: 'one' });
    expect(timer.exercise).to.equal('wall-slide');
    await expect(el).to.be.accessible();
  });

  it('times each side of a per-side exercise', async () => {
    const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="clamshell"></knee-exercise>`));
    expect(el.shadowRoot!.querySelector('knee-hold-timer')!.holdSettings).to.include({ holdS: 2, reps: 15, sets: 3, sides: 'both' });
  });

  it('counts moving reps by tap through both sides and every set, then records the session', async () => {
    const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`));
    const counter = () => el.shadowRoot!.querySelector('[part="counter"]') as HTMLButtonElement;
    expect(counter().getAttribute('aria-label')).to.equal('Count a rep: 0 of 10 done, Left side, set 1 of 2');
    const session = nextEvent(el, 'knee-session');
    for (let i = 0; i < 10; i++) counter().click();
    await el.updateComplete;
    expect(counter().getAttribute('aria-label')).to.equal('Count a rep: 0 of 10 done, Right side, set 1 of 2');
    for (let i = 0; i < 30; i++) counter().click();
    const record = (await session).record as HoldSessionRecord;
    expect(record).to.deep.include({ kind: 'hold', exerciseId: 'lateral-step-up', complete: true });
    expect(record.planned).to.deep.equal({ holdS: 0, reps: 10, sets: 2, sides: 'both' });
    expect(record.done.reps).to.deep.equal([
      [10, 10],
      [10, 10],
    ]);
  });

  it('links easier and harder variants to their cards (names only in a guided session)', async () => {
    try {
      const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="straight-leg-raise" style="width: 400px"></knee-exercise>`));
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="variant"]')];
      expect(links.map((a) => a.textContent)).to.deep.equal(['Quad set', 'Straight leg raise with weight']);
      const link = links[1]!;
      expect(link.getAttribute('href')).to.equal('#/exercise/straight-leg-raise-weighted');
      link.click();
      await el.updateComplete;
      expect(el.exercise).to.equal('straight-leg-raise-weighted');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Straight leg raise with weight');
      el.brief = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a[part="variant"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Easier: Straight leg raise');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('records a partial session on Finish, after an undo', async () => {
    const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="calf-raise"></knee-exercise>`));
    const root = el.shadowRoot!;
    const counter = root.querySelector('[part="counter"]') as HTMLButtonElement;
    const drafts: HoldSessionRecord[] = [];
    el.addEventListener('knee-session-progress', (e) => drafts.push(e.record as HoldSessionRecord));
    for (let i = 0; i < 4; i++) counter.click();
    // Each counted rep is a checkpoint, kept by a session log as a draft.
    expect(drafts.map((d) => d.done.reps[0]![0])).to.deep.equal([1, 2, 3, 4]);
    expect(el.counting).to.equal(true);
    await el.updateComplete;
    buttonByText(root, 'Undo').click();
    await el.updateComplete;
    const session = nextEvent(el, 'knee-session');
    buttonByText(root, 'Finish').click();
    const record = (await session).record as HoldSessionRecord;
    expect(record.complete).to.equal(false);
    expect(record.done.reps).to.deep.equal([[3], [0]]);
    expect(record.id).to.equal(drafts[0]!.id);
    expect(el.counting).to.equal(false);
    // The card says what was done.
    await el.updateComplete;
    expect(root.querySelector('[part="done"]')!.textContent).to.equal('Done: 3 of 30 reps. Well done.');
  });

  it('says so, and warns once, for an unknown exercise', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await loaded(await fixture<KneeExercise>(html`<knee-exercise exercise="moonwalk"></knee-exercise>`));
    expect(el.shadowRoot!.textContent).to.contain('Unknown exercise');
    expect(warn.callCount).to.equal(1);
  });
});

describe('<knee-today>', function () {
  this.timeout(20000);
  const t = useTestStore();
  beforeEach(() => localStorage.removeItem('kneebeat-program'));

  const today = () => todayOn(t.store);

  it('starts with the readiness check and then shows the routine with the next step', async () => {
    const el = await today();
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Today · Level 1');
    expect(root.textContent).to.contain('small knee bend');
    await expect(el).to.be.accessible();
    await setPain(el, 0); // a pain-free bend: ready
    await el.updateComplete;
    buttonByText(root, 'Check').click();
    await el.updateComplete;
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('ready');
    const names = [...root.querySelectorAll('[part="routine"] li .name')].map((n) => n.textContent!.trim());
    expect(names[0]).to.equal('Quad set');
    expect(names).to.not.include('Quad set (evening)');
    // The second round is its own item, later in the day.
    expect([...root.querySelectorAll('[part="later"] li .name')].map((n) => n.textContent!.trim())).to.deep.equal(['Quad set (evening)']);
    expect(root.textContent).to.contain('Next: Quad set');
    await expect(el).to.be.accessible();
  });

  it('offers only gentle stretches on a rest day (bend pain above 5), said kindly', async () => {
    const el = await today();
    await setPain(el, 6);
    await el.updateComplete;
    buttonByText(el.shadowRoot!, 'Check').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · Stretches only');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/a rest day for the knee/);
    const items = el.shadowRoot!.querySelectorAll('[part="routine"] li');
    expect(items.length).to.be.within(1, 3);
    expect(el.shadowRoot!.querySelector('[part="routine"]')!.textContent).to.not.contain('Quad set');
    expect(el.shadowRoot!.querySelector('[part="later"]')).to.equal(null);
    // Today's bend speaks for today: no second, contradicting back-off message.
    expect(el.shadowRoot!.textContent).to.not.match(/gentlest day/);
  });

  it('checks an exercise off when it is finished inside it, and records the day with pain before and after', async () => {
    const el = await today();
    const root = el.shadowRoot!;
    await setPain(el, 0);
    await el.updateComplete;
    buttonByText(root, 'Check').click();
    await el.updateComplete;
    (root.querySelector('[aria-label="Start Quad set"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const exercise = await loaded(root.querySelector('knee-exercise')!);
    const timer = exercise.shadowRoot!.querySelector('knee-hold-timer')!;
    // Started and stopped in the lead-in: recorded, but not a rep done, so not ticked.
    await timer.start();
    timer.stop();
    await el.updateComplete;
    expect(root.querySelector('[part="routine"] li .tick')!.textContent).to.equal('');
    buttonByText(root, 'Finish for today').click();
    await el.updateComplete;
    await setPain(el, 1);
    await el.updateComplete;
    const routine = nextEvent(el, 'knee-session');
    buttonByText(root, 'Finish today').click();
    const record = (await routine).record as RoutineSessionRecord;
    expect(record).to.deep.include({ kind: 'routine', complete: false, pain: { before: 0, after: 1 } });
    expect(record.planned.level).to.equal(1);
    expect(record.done.exerciseIds).to.deep.equal([]);
  });
});
