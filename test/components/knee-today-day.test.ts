// <knee-today> remembers the day in IndexedDB and marks only whole sets as done.
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/knee-today/knee-today.js';
import { itemStatuses } from '../../src/program/day-state.js';
import { laterToday, routineFor } from '../../src/program/routine.js';
import type { HoldSessionRecord } from '../../src/session-record.js';
import { dayKey } from '../../src/store/stats.js';
import { holdRecord, useTestStore } from '../helpers/records.js';
import { middayClock, setPain, todayOn } from '../helpers/today.js';

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
  let clock: { restore(): void } | null = null;
  beforeEach(() => (clock = middayClock()));
  afterEach(() => clock?.restore());

  const today = (level = 1) => todayOn(t.store, level);

  it('keeps the readiness answer across a view change (a new element) and a reload', async () => {
    const first = await today();
    await setPain(first, 0);
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Check')!.click();
    await waitUntil(async () => (await t.store.getDay<{ readinessPain: number }>(dayKey(Date.now())))?.readinessPain === 0, 'not stored');
    first.remove();
    // Back on Today (or after a reload): a new element reads the day from IndexedDB.
    const again = await today();
    await waitUntil(() => again.shadowRoot!.querySelector('[part="routine"]'), 'the readiness answer was forgotten');
    expect(buttonByText(again.shadowRoot!, 'Check')).to.equal(undefined);
  });

  it('a painful bend offers the warm-up and a retest; after "Finish today" and a reload, the day is done with the pain before and after', async () => {
    const first = await today();
    await setPain(first, 3);
    await first.updateComplete;
    buttonByText(first.shadowRoot!, 'Check')!.click();
    await first.updateComplete;
    // Not a silent level drop: what the bend means, a real warm-up, and the choice.
    const root = first.shadowRoot!;
    expect(root.textContent).to.match(/not ready yet/);
    expect(root.querySelectorAll('ol.warm-up li').length).to.be.at.least(3);
    expect(root.textContent).to.match(/Warm-up, about 5 minutes/);
    expect(buttonByText(root, 'Easier level today')).to.not.equal(undefined);
    buttonByText(root, 'Warmed up: test again')!.click();
    await first.updateComplete;
    await setPain(first, 0);
    await first.updateComplete;
    buttonByText(root, 'Check again')!.click();
    await waitUntil(() => root.querySelector('[part="routine"]'), 'no routine after a pain-free retest');
    expect(root.querySelector('h2')!.textContent).to.equal('Today · Level 1');
    expect(root.textContent).to.contain('Pain-free after the warm-up');
    buttonByText(root, 'Finish for today')!.click();
    await first.updateComplete;
    await setPain(first, 1);
    await first.updateComplete;
    buttonByText(root, 'Finish today')!.click();
    await waitUntil(async () => (await t.store.getDay<{ finishedAt: number }>(dayKey(Date.now())))?.finishedAt, 'not stored');
    const stored = await t.store.getDay<{ readinessPain: number; retestPain: number }>(dayKey(Date.now()));
    expect(stored).to.include({ readinessPain: 3, retestPain: 0 });
    first.remove();
    const again = await today();
    await waitUntil(() => again.shadowRoot!.textContent!.includes('session is done'), 'the finished day was forgotten');
    expect(again.shadowRoot!.textContent).to.match(/pain 0 before, 1 after/);
    expect(again.shadowRoot!.textContent).to.match(/evening quad sets are still to come/);
  });

  it('choosing the easier level after a painful bend trains the level below (at level 1: the gentlest day)', async () => {
    const el = await today(2);
    await setPain(el, 2);
    await el.updateComplete;
    buttonByText(el.shadowRoot!, 'Check')!.click();
    await el.updateComplete;
    buttonByText(el.shadowRoot!, 'Easier level today')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="routine"]'), 'no routine');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · Level 1');
    expect(el.shadowRoot!.textContent).to.contain('As you chose: level 1 today');
    el.remove();
    await t.store.putDay(dayKey(Date.now()), {
      day: dayKey(Date.now()),
      readinessPain: 2,
      choseEasier: true,
      answeredAt: Date.now(),
      redFlags: [{ at: Date.now() - 1000, yes: [] }],
    });
    const one = await today(1);
    await waitUntil(() => one.shadowRoot!.querySelector('[part="routine"]'), 'no routine');
    const names = [...one.shadowRoot!.querySelectorAll('[part="routine"] li .name')].map((n) => n.textContent!.trim());
    expect(names.slice(0, 2)).to.deep.equal(['Quad set', 'Isometric glute press']);
    expect(one.shadowRoot!.textContent).to.contain('the gentlest day');
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
    const items = [...routineFor(1, 0), ...laterToday()];
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
