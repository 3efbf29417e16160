// The activity model: durations on a monotonic clock, whatever the wall clock does; the registry.
import { expect } from 'chai';
import { Activity, type ActivityClock } from '../../src/activity/activity.js';
import { ActivityRegistry, type ActivityHandle } from '../../src/activity/registry.js';
import type { ActivityRequest } from '../../src/activity/activity.js';
import { sessionRecord, type HoldSessionRecord, type SessionRecord } from '../../src/session-record.js';

/** A clock the test moves: the wall clock and the monotonic clock, each on its own. */
function testClock(wall = Date.parse('2026-12-04T10:00:00Z')) {
  const c = { wall, mono: 1_000 };
  const clock: ActivityClock = { wall: () => c.wall, monotonic: () => c.mono };
  return { clock, advance: (ms: number) => ((c.wall += ms), (c.mono += ms)), stepWall: (ms: number) => (c.wall += ms) };
}

describe('activity model', () => {
  it('counts time on the monotonic clock, pauses excluded; the end is the start plus the span', () => {
    const t = testClock();
    const a = new Activity('x', 'run', t.clock);
    expect(a.status).to.equal('running');
    t.advance(12_000);
    a.pause();
    expect(a.status).to.equal('paused');
    t.advance(5_000);
    expect(a.elapsedS).to.equal(12);
    a.resume();
    t.advance(3_000);
    expect(a.elapsedS).to.equal(15);
    a.end();
    t.advance(60_000);
    expect(a.status).to.equal('ended');
    expect(a.elapsedS).to.equal(15);
    expect(a.spanMs).to.equal(20_000);
    expect(a.endedAt).to.equal(a.startedAt + 20_000);
  });

  it('a wall clock stepped back 30 s or forward 2 h changes neither the duration nor puts the end before the start', () => {
    const back = testClock();
    const a = new Activity('a', 'hold', back.clock);
    back.advance(10_000);
    back.stepWall(-30_000);
    back.advance(2_000);
    a.end();
    expect(a.elapsedS).to.equal(12);
    expect(a.endedAt - a.startedAt).to.equal(12_000);
    const forward = testClock();
    const b = new Activity('b', 'reps', forward.clock);
    forward.advance(6_000);
    forward.stepWall(2 * 3600_000);
    forward.advance(6_000);
    b.end();
    expect(b.elapsedS).to.equal(12);
    expect(b.endedAt - b.startedAt).to.equal(12_000);
  });

  it('ignores a pause when paused, a resume when running, and anything once ended', () => {
    const t = testClock();
    const a = new Activity('x', 'guided', t.clock);
    a.resume();
    t.advance(1_000);
    a.pause();
    t.advance(1_000);
    a.pause();
    t.advance(1_000);
    a.end();
    a.resume();
    a.end();
    t.advance(1_000);
    expect(a.elapsedS).to.equal(1);
    expect(a.spanMs).to.equal(3_000);
  });
});

describe('activity registry', () => {
  const record = (id: string) =>
    ({
      ...sessionRecord<HoldSessionRecord>({
        kind: 'hold',
        exerciseId: 'quad-set',
        startedAt: 1_000,
        endedAt: 2_000,
        complete: false,
        planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
        done: { reps: [[3]], timeUnderTensionS: 15 },
      }),
      id,
    }) as SessionRecord;
  const handle = (id: string, asked: ActivityRequest[] = [], attached: ActivityRegistry[] = []): ActivityHandle => ({
    id,
    kind: 'hold',
    element: new EventTarget(),
    view: () => ({ title: id, detail: '', elapsedS: 0, paused: false, pausable: true }),
    request: (action) => asked.push(action),
    attach: (registry) => attached.push(registry),
  });

  it('an activity joins at its first checkpoint, keeps its latest, and leaves when recorded', () => {
    const gone: SessionRecord[] = [];
    const registry = new ActivityRegistry((draft) => gone.push(draft));
    let changes = 0;
    registry.addEventListener('change', () => changes++);
    const attached: ActivityRegistry[] = [];
    const h = handle('a', [], attached);
    expect(registry.checkpoint(h, record('a'))).to.equal(true);
    expect(attached).to.deep.equal([registry]);
    expect(registry.checkpoint(h, { ...record('a'), endedAt: 3_000 })).to.equal(false);
    expect(registry.draft('a')!.endedAt).to.equal(3_000);
    expect(registry.size).to.equal(1);
    expect(registry.list()).to.deep.equal([h]);
    registry.ended('a');
    registry.ended('a');
    expect(registry.size).to.equal(0);
    expect(gone).to.deep.equal([]);
    expect(changes).to.equal(2);
  });

  it('hands on the last checkpoint, as partial, of an activity whose element left the page', () => {
    const gone: SessionRecord[] = [];
    const registry = new ActivityRegistry((draft) => gone.push(draft));
    registry.checkpoint(handle('a'), { ...record('a'), complete: true });
    registry.gone('a');
    registry.gone('a');
    expect(gone).to.deep.equal([{ ...record('a'), complete: false }]);
    expect(registry.get('a')).to.equal(undefined);
  });

  it('passes requests to the activity, and says when there is none', () => {
    const asked: ActivityRequest[] = [];
    const registry = new ActivityRegistry(() => undefined);
    registry.checkpoint(handle('a', asked), record('a'));
    expect(registry.request('a', 'pause')).to.equal(true);
    expect(registry.request('b', 'stop')).to.equal(false);
    expect(asked).to.deep.equal(['pause']);
    let changes = 0;
    registry.addEventListener('change', () => changes++);
    registry.touched('a');
    registry.touched('b');
    registry.clear();
    registry.clear();
    expect(changes).to.equal(2);
    expect(registry.size).to.equal(0);
  });
});
