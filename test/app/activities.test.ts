// Activities outlive views: a beat, a hold set or a rep count keeps going while the user looks
// at another view, which shows a "now playing" strip; settings reach every element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import { sessionStore } from '../../src/store/session-store.js';
import { deleteDb } from '../helpers/records.js';
import { redFlagsAnswered } from '../helpers/today.js';

const root = (app: KneeApp) => app.shadowRoot!;
const strip = (app: KneeApp) => root(app).querySelector<HTMLElement>('.now-playing');
const stripButton = (app: KneeApp, text: string) => [...(strip(app)?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === text);

async function appAt(hash: string, width = 390) {
  location.hash = hash;
  const app = await fixture<KneeApp>(html`<knee-app style=${`width: ${width}px`}></knee-app>`);
  await app.updateComplete;
  return app;
}

/** The Run view's metronome, inside its run screen, once upgraded. */
async function runMetronome(app: KneeApp): Promise<KneeMetronome> {
  const find = () => root(app).querySelector('knee-run')?.shadowRoot?.querySelector<KneeMetronome>('knee-metronome');
  await waitUntil(() => find()?.shadowRoot, 'no metronome on the run screen', { timeout: 10000 });
  return find()!;
}

async function upgraded<T extends Element>(app: KneeApp, selector: string): Promise<T> {
  await waitUntil(() => root(app).querySelector(selector)?.shadowRoot, `no ${selector}`, { timeout: 10000 });
  return root(app).querySelector<T>(selector)!;
}

describe('<knee-app>: activities outlive views', function () {
  this.timeout(40000);
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.removeItem('kneebeat-settings');
    localStorage.removeItem('kneebeat-program');
    await deleteDb(sessionStore.dbName);
  });

  it('keeps the beat playing on History and back, shows it in a strip there, loses nothing and keeps the tempo', async () => {
    const app = await appAt('#/run');
    const metronome = await runMetronome(app);
    const sessions: Event[] = [];
    app.addEventListener('knee-session', (e) => sessions.push(e));
    metronome.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="1 faster"]')!.click();
    expect(metronome.bpm).to.equal(171);
    await metronome.start();
    // Closing the tab now would lose the run: the page asks first.
    const leave = new Event('beforeunload', { cancelable: true });
    dispatchEvent(leave);
    expect(leave.defaultPrevented).to.equal(true);
    location.hash = '#/history';
    await waitUntil(() => strip(app), 'no now-playing strip on History', { timeout: 10000 });
    expect(metronome.isConnected).to.equal(true);
    expect(metronome.running).to.equal(true);
    // A new runner starts at the walk/run plan's first step: the strip says where the run stands.
    expect(strip(app)!.textContent).to.match(/Run\s+Run 1 of 6 · \d:\d\d left/);
    const at = metronome.elapsed;
    await waitUntil(() => metronome.elapsed > at + 1.2, 'the beat did not go on', { timeout: 10000 });
    await waitUntil(() => /0:0[1-9]/.test(strip(app)!.textContent!), 'the strip clock does not move', { timeout: 10000 });
    expect(sessions).to.have.length(0);

    location.hash = '#/run';
    await waitUntil(() => !strip(app), 'the strip stayed on the view of the activity');
    expect(root(app).querySelector('knee-run')!.shadowRoot!.querySelector('knee-metronome')).to.equal(metronome); // the same element, never restarted
    expect(metronome.running).to.equal(true);
    expect(metronome.bpm).to.equal(171);
    await metronome.stop();
    expect(sessions).to.have.length(1);
  });

  it('keeps the chosen tempo across a reload', async () => {
    const app = await appAt('#/run');
    const metronome = await runMetronome(app);
    metronome.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="5 faster"]')!.click();
    const chosen = metronome.bpm;
    expect(JSON.parse(localStorage.getItem('kneebeat-settings')!).runBpm).to.equal(chosen);
    app.remove();
    const again = await appAt('#/run');
    expect((await runMetronome(again)).bpm).to.equal(chosen);
  });

  it('never stops the beat on a watch swipe; the strip pauses and stops it, and Stop records the run', async () => {
    const app = await appAt('#/run', 200);
    const metronome = await runMetronome(app);
    await metronome.start();
    const main = root(app).querySelector('main')!;
    main.dispatchEvent(new TouchEvent('touchstart', { touches: [new Touch({ identifier: 1, target: main, clientX: 150 })], bubbles: true, composed: true }));
    main.dispatchEvent(
      new TouchEvent('touchend', { changedTouches: [new Touch({ identifier: 1, target: main, clientX: 40 })], bubbles: true, composed: true }),
    );
    await waitUntil(() => location.hash === '#/exercises' && strip(app), 'no swipe to the next view');
    expect(metronome.running).to.equal(true);
    stripButton(app, 'Pause')!.click();
    await waitUntil(() => metronome.paused, 'Pause did not pause');
    await app.updateComplete;
    expect(strip(app)!.textContent).to.contain('Paused');
    const session = new Promise<Event>((resolve) => app.addEventListener('knee-session', resolve, { once: true }));
    stripButton(app, 'Stop')!.click();
    await session;
    await waitUntil(() => !strip(app), 'the strip stayed after Stop');
    await waitUntil(async () => (await sessionStore.list()).records.length === 1, 'the run was not stored', { timeout: 10000 });
  });

  it('keeps a hold set running at "Rep 2" while the user looks at Today, and goes back to it', async () => {
    localStorage.setItem('kneebeat-settings', JSON.stringify({ volume: 0.3 }));
    const app = await appAt('#/exercise/quad-set');
    const exercise = await upgraded<KneeExercise>(app, 'knee-exercise');
    await waitUntil(() => exercise.shadowRoot!.querySelector('knee-hold-timer')?.shadowRoot, 'no timer', { timeout: 10000 });
    const timer = exercise.shadowRoot!.querySelector<KneeHoldTimer>('knee-hold-timer')!;
    expect(timer.volume).to.equal(0.3); // the app's volume reaches the exercise view's timer
    timer.leadIn = 0;
    timer.hold = 1;
    timer.rest = 1;
    await timer.start();
    await waitUntil(() => timer.progressText.startsWith('Rep 2/'), 'not at rep 2', { timeout: 10000 });
    location.hash = '#/today';
    await waitUntil(() => strip(app), 'no strip on Today');
    expect(strip(app)!.textContent).to.contain('Quad set');
    expect(timer.isConnected).to.equal(true);
    expect(timer.status).to.equal('running');
    strip(app)!.querySelector('a')!.click();
    await waitUntil(() => location.hash === '#/exercise/quad-set' && !strip(app), 'the strip did not lead back');
    expect(root(app).querySelector('knee-exercise')).to.equal(exercise);
    timer.stop();
  });

  it("passes vibration, voice and volume to Today's exercise timer", async () => {
    localStorage.setItem('kneebeat-settings', JSON.stringify({ volume: 0.4, haptic: true, voice: true }));
    await redFlagsAnswered(sessionStore);
    const app = await appAt('#/today');
    const today = await upgraded<KneeToday>(app, 'knee-today');
    await waitUntil(() => [...today.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Check'), 'no check', { timeout: 10000 });
    [...today.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await today.updateComplete;
    today.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Start Quad set"]')!.click();
    await waitUntil(() => today.shadowRoot!.querySelector('knee-exercise')?.shadowRoot?.querySelector('knee-hold-timer'), 'no timer', { timeout: 10000 });
    const exercise = today.shadowRoot!.querySelector<KneeExercise>('knee-exercise')!;
    const timer = exercise.shadowRoot!.querySelector<KneeHoldTimer>('knee-hold-timer')!;
    expect([exercise.haptic, exercise.voice, exercise.volume]).to.deep.equal([true, true, 0.4]);
    expect([timer.haptic, timer.voice, timer.volume]).to.deep.equal([true, true, 0.4]);
  });

  it('keeps a guided session in its rest across a view change, and a Skip that removes a running timer leaves no dead strip', async () => {
    await redFlagsAnswered(sessionStore);
    const app = await appAt('#/today');
    const today = await upgraded<KneeToday>(app, 'knee-today');
    const button = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
    await waitUntil(() => button(today.shadowRoot!, 'Check'), 'no check', { timeout: 10000 });
    button(today.shadowRoot!, 'Check')!.click();
    await waitUntil(() => today.shadowRoot!.querySelector('.next-start'), 'no start', { timeout: 10000 });
    today.shadowRoot!.querySelector<HTMLButtonElement>('.next-start')!.click();
    const guided = () => today.shadowRoot!.querySelector('knee-guided-session')!;
    await waitUntil(() => guided(), 'no guided session', { timeout: 10000 });
    const timer = () => guided()?.shadowRoot?.querySelector('knee-exercise')?.shadowRoot?.querySelector<KneeHoldTimer>('knee-hold-timer');
    await waitUntil(() => timer()?.shadowRoot, 'no timer in the session', { timeout: 10000 });
    const running = timer()!;
    running.leadIn = 0;
    await running.start();
    await waitUntil(() => running.status === 'running', 'the timer did not start', { timeout: 30000 });
    // Skip removes the running timer: it is saved as partial at once, and nothing of it stays.
    button(guided().shadowRoot!, 'Skip')!.click();
    await waitUntil(() => guided().guided!.step.kind === 'rest', 'no rest after Skip');
    await waitUntil(async () => (await sessionStore.list()).records.some((r) => r.exerciseId === 'quad-set' && !r.complete), 'the skipped set was not saved', {
      timeout: 10000,
    });
    // In the rest, another view: the session is kept (it is running), and the strip says where it stands.
    location.hash = '#/history';
    await waitUntil(() => strip(app), 'no strip for the guided session', { timeout: 10000 });
    expect(root(app).querySelectorAll('.now-playing')).to.have.length(1);
    expect(strip(app)!.textContent).to.match(/Today's session\s+Rest · next:/);
    location.hash = '#/today';
    await waitUntil(() => !strip(app), 'the strip stayed on Today');
    expect(root(app).querySelector('knee-today')).to.equal(today);
    expect(guided().guided!.step.kind).to.be.oneOf(['rest', 'exercise']);
    // Stop from the strip ends and saves the day's session (pain after not given).
    location.hash = '#/history';
    await waitUntil(() => strip(app), 'no strip', { timeout: 10000 });
    stripButton(app, 'Stop')!.click();
    await waitUntil(async () => (await sessionStore.list()).records.some((r) => r.kind === 'routine'), 'the session was not saved', { timeout: 10000 });
    await waitUntil(() => !strip(app), 'the strip stayed after Stop');
  });
});
