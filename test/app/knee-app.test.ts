import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';

const heading = (app: KneeApp) => app.shadowRoot!.querySelector('h1')!.textContent!.trim();
/** The shadow root of an element the app renders, once it has rendered. */
const inner = (app: KneeApp, tag: string) => app.shadowRoot!.querySelector(tag)?.shadowRoot ?? null;

describe('<knee-app>', function () {
  this.timeout(30000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  async function appAt(hash: string, width: number) {
    location.hash = hash;
    const app = await fixture<KneeApp>(html`<knee-app style=${`width: ${width}px`}></knee-app>`);
    await app.updateComplete;
    return app;
  }

  it('opens the view a deep link names, with the tab marked as current', async () => {
    const app = await appAt('#/exercise/quad-set', 390);
    expect(heading(app)).to.equal('Exercise');
    await waitUntil(() => app.shadowRoot!.querySelector('knee-exercise')?.shadowRoot?.querySelector('h2'));
    expect(app.shadowRoot!.querySelector('knee-exercise')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Quad set');
    expect(app.shadowRoot!.querySelector('nav [aria-current="page"]')!.textContent!.trim()).to.equal('Exercises');
  });

  it('follows hash changes', async () => {
    const app = await appAt('#/today', 390);
    location.hash = '#/history';
    await waitUntil(() => heading(app) === 'History');
    expect(app.shadowRoot!.querySelector('knee-history')).to.not.equal(null);
  });

  it('keeps a measured headphone delay and gives it to the metronome on the Run view', async () => {
    const app = await appAt('#/settings', 390);
    await waitUntil(() => inner(app, 'knee-settings')?.querySelector('knee-latency-check')?.shadowRoot, 'no latency check', { timeout: 10000 });
    const check = inner(app, 'knee-settings')!.querySelector('knee-latency-check')!;
    // What the element fires when a measurement finishes.
    const { KneeLatencyChangeEvent } = await import('../../components/knee-latency-check/latency-events.js');
    check.dispatchEvent(new KneeLatencyChangeEvent(190, true));
    expect(JSON.parse(localStorage.getItem('kneebeat-settings')!).latency).to.equal(190);
    await app.updateComplete;
    await app.shadowRoot!.querySelector('knee-settings')!.updateComplete;
    expect(check.latency).to.equal(190);
    location.hash = '#/run';
    await waitUntil(() => app.shadowRoot!.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome')?.shadowRoot, 'no metronome', {
      timeout: 10000,
    });
    expect(app.shadowRoot!.querySelector('knee-run')!.shadowRoot!.querySelector('knee-metronome')!.latency).to.equal(190);
    localStorage.removeItem('kneebeat-settings');
  });

  it('passes the filters in the address to the library and puts the one a user picks there', async () => {
    const app = await appAt('#/exercises?level=1&area=hip', 390);
    await waitUntil(() => (inner(app, 'knee-library')?.querySelectorAll('li').length ?? 0) > 0, 'no library', { timeout: 10000 });
    const names = [...inner(app, 'knee-library')!.querySelectorAll('.name')].map((a) => a.textContent!.trim());
    expect(names).to.include('Isometric glute press');
    expect(names).to.not.include('Quad set'); // level 1 but not a hip exercise
    const level = inner(app, 'knee-library')!.querySelector('select')!;
    level.value = '2';
    level.dispatchEvent(new Event('change'));
    await waitUntil(() => location.hash === '#/exercises?level=2&area=hip', `the filter did not reach the address: ${location.hash}`);
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('knee-library')!.level).to.equal(2);
  });

  it('shows the settings it keeps and stores a change made in the form', async () => {
    localStorage.setItem('kneebeat-settings', JSON.stringify({ sound: 'wood', voice: true }));
    const app = await appAt('#/settings', 390);
    await waitUntil(() => inner(app, 'knee-settings')?.querySelector('select'), 'no settings', { timeout: 10000 });
    const form = app.shadowRoot!.querySelector('knee-settings')!;
    expect(form.settings.sound).to.equal('wood');
    const sound = inner(app, 'knee-settings')!.querySelector('select')!;
    expect(sound.value).to.equal('wood');
    sound.value = 'beep';
    sound.dispatchEvent(new Event('change'));
    expect(JSON.parse(localStorage.getItem('kneebeat-settings')!)).to.include({ sound: 'beep', voice: true });
    localStorage.removeItem('kneebeat-settings');
  });

  it('moves between views with the arrow keys on a watch from page load (nothing focused yet), not on a phone', async () => {
    const watch = await appAt('#/today', 200);
    expect(document.activeElement).to.equal(document.body);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    expect(location.hash).to.equal('#/settings');
    watch.remove();
  });

  it('moves between views with the arrow keys on a watch, not on a phone', async () => {
    const watch = await appAt('#/today', 200);
    watch.shadowRoot!.querySelector('main')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await waitUntil(() => location.hash === '#/run');
    watch.remove(); // one app a page (its keys are the window's)
    const phone = await appAt('#/history', 390);
    // The key is handled as it is dispatched: had it moved the view, the address would say so now.
    phone.shadowRoot!.querySelector('main')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(location.hash).to.equal('#/history');
  });

  it('moves to the previous view when the crown turns on past the top of a watch view', async () => {
    const watch = await appAt('#/run', 200);
    const main = watch.shadowRoot!.querySelector('main')!;
    const turn = (deltaY: number) => main.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true, composed: true }));
    turn(-100); // one detent's worth: not yet (handled as dispatched)
    expect(location.hash).to.equal('#/run');
    turn(-100);
    await waitUntil(() => location.hash === '#/today', 'the crown did not change the view');

    const phone = await appAt('#/run', 390);
    phone.shadowRoot!.querySelector('main')!.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, bubbles: true, composed: true }));
    expect(location.hash).to.equal('#/run');
  });

  for (const width of [200, 390]) {
    for (const view of ['today', 'run', 'exercises', 'exercise/quad-set', 'history', 'settings']) {
      it(`passes an accessibility audit: ${view} at ${width} px`, async () => {
        const app = await appAt(`#/${view}`, width);
        await waitUntil(() => !app.shadowRoot!.textContent!.includes('Loading'), 'view did not load', { timeout: 10000 });
        // Elements of a view load on demand: audit them rendered, not as unknown tags.
        await waitUntil(
          () => [...app.shadowRoot!.querySelectorAll('*')].every((el) => !el.localName.startsWith('knee-') || el.shadowRoot),
          'an element did not upgrade',
          { timeout: 10000 },
        );
        await allUpdated(app);
        await expect(app).to.be.accessible();
      });
    }
  }
});

/** Waits until every Lit element in `root`'s shadow trees has rendered what it was last given. */
async function allUpdated(root: Element) {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    for (const child of (el.shadowRoot ?? el).querySelectorAll('*')) if (child.shadowRoot || child.localName.startsWith('knee-')) stack.push(child);
  }
}
