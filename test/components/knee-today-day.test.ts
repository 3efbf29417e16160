// <knee-today> remembers the day in IndexedDB and marks only whole sets as done.
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/knee-today/knee-today.js';
import { itemStatuses } from '../../src/program/day-state.js';
import { routineFor } from '../../src/program/routine.js';
import type { HoldSessionRecord } from '../../src/session-record.js';
import { dayKey } from '../../src/store/stats.js';
import { holdRecord, useTestStore } from '../helpers/records.js';
import { setPain, todayOn } from '../helpers/today.js';

const buttonByText = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

/** A quad-set record from today with `reps` of 10 held, complete or not. */
const quadSet = (reps: number, complete: boolean, minutesAgo = 5): HoldSessionRecord => ({
  ...(holdRecord(Date.now() - minutesAgo * 60_000) as HoldSessionRecord),
  complete,
  done: { reps: [[reps]], timeUnderTensionS: reps * 5 },
});

describe('<knee-today> remembers the day', function () {
  this.timeout(20000);
  const t = useTestStore();

  const today = (level = 1) => todayOn(t.store, level);

  it('keeps the readiness answer across a view change (a new element) and a reload', async () => {
    const first = await today();
    await setPain(first, 2);
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Check')!.click();
    await waitUntil(async () => (await t.store.getDay<{ readinessPain: number }>(dayKey(Date.now())))?.readinessPain === 2, 'not stored');
    first.remove();
    // Back on Today (or after a reload): a new element reads the day from IndexedDB.
    const again = await today();
    await waitUntil(() => again.shadowRoot!.querySelector('[part="routine"]'), 'the readiness answer was forgotten');
    expect(buttonByText(again.shadowRoot!, 'Check')).to.equal(undefined);
  });

  it('after "Finish today" and a reload, says the day is done with the pain before and after', async () => {
    const first = await today();
    await setPain(first, 3);
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Check')!.click();
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Finish for today')!.click();
    await first.updateComplete;
    await setPain(first, 1);
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Finish today')!.click();
    await waitUntil(async () => (await t.store.getDay<{ finishedAt: number }>(dayKey(Date.now())))?.finishedAt, 'not stored');
    first.remove();
    const again = await today();
    await waitUntil(() => again.shadowRoot!.textContent!.includes('Today is done'), 'the finished day was forgotten');
    expect(again.shadowRoot!.textContent).to.match(/pain 3 before, 1 after/);
  });

  it('ticks a set only when every rep was done; a stopped or skipped set shows as partly done', async () => {
    await t.store.add(quadSet(4, false));
    const el = await today();
    await setPain(el, 0);
    await el.updateComplete;
    buttonByText(el.shadowRoot!, 'Check')!.click();
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('[part="routine"] li')!;
    expect(first.querySelector('.tick')!.textContent).to.equal('½');
    expect(first.textContent).to.contain('partly done');
    expect(first.querySelector('button')!.getAttribute('aria-label')).to.equal('Finish Quad set');
  });

  it('matches records to items in order: a partial morning set and a full one later make one done, one partial', () => {
    const items = routineFor(1, 0);
    const quad = items.filter((i) => i.exercise.id === 'quad-set');
    expect(quad).to.have.length(2);
    const statuses = itemStatuses(items, [quadSet(4, false, 60), quadSet(10, true, 5), quadSet(0, false, 2)]);
    const quadStatuses = items.map((item, i) => [item.exercise.id, statuses[i]]).filter(([id]) => id === 'quad-set');
    expect(quadStatuses.map(([, s]) => s)).to.deep.equal(['done', 'partial']);
    // A set stopped in the lead-in (no rep) changes nothing.
    expect(itemStatuses(items, [quadSet(0, false)]).every((s) => s === 'todo')).to.equal(true);
  });

  it('reports a move up as knee-level-change and writes no program state itself', async () => {
    localStorage.removeItem('kneebeat-program');
    const DAY = 86_400_000;
    // Six full days at level 1 with low pain.
    for (let d = 1; d <= 6; d++) {
      const at = Date.now() - d * DAY;
      await t.store.add({
        ...holdRecord(at),
        kind: 'routine',
        exerciseId: null,
        planned: { exerciseIds: ['quad-set'], level: 1 },
        done: { exerciseIds: ['quad-set'] },
        pain: { before: 1, after: 1 },
      } as never);
    }
    const levels: number[] = [];
    document.addEventListener('knee-level-change', (e) => levels.push(e.level), { once: true });
    await today(1);
    await waitUntil(() => levels.length === 1, 'no level change reported');
    expect(levels).to.deep.equal([2]);
    expect(localStorage.getItem('kneebeat-program')).to.equal(null);
  });
});
