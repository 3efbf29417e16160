import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';

const heading = (app: KneeApp) => app.shadowRoot!.querySelector('h1')!.textContent!.trim();

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
    const check = await waitUntil(() => app.shadowRoot!.querySelector('knee-latency-check')?.shadowRoot, 'no latency check', { timeout: 10000 }).then(
      () => app.shadowRoot!.querySelector('knee-latency-check')!,
    );
    // What the element fires when a measurement finishes.
    const { KneeLatencyChangeEvent } = await import('../../components/knee-latency-check/latency-events.js');
    check.dispatchEvent(new KneeLatencyChangeEvent(190, true));
    expect(JSON.parse(localStorage.getItem('kneebeat-settings')!).latency).to.equal(190);
    await app.updateComplete;
    expect(check.latency).to.equal(190);
    location.hash = '#/run';
    await waitUntil(() => app.shadowRoot!.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome')?.shadowRoot, 'no metronome', { timeout: 10000 });
    expect(app.shadowRoot!.querySelector('knee-run')!.shadowRoot!.querySelector('knee-metronome')!.latency).to.equal(190);
    localStorage.removeItem('kneebeat-settings');
  });

  it('folds the library filters behind a Filter button on a watch, not on a phone', async () => {
    const watch = await appAt('#/exercises', 200);
    await waitUntil(() => watch.shadowRoot!.querySelectorAll('.library li').length > 0);
    const toggle = watch.shadowRoot!.querySelector<HTMLButtonElement>('.filter-toggle')!;
    const filters = watch.shadowRoot!.querySelector('#filters')!;
    expect(toggle.checkVisibility()).to.equal(true);
    expect(filters.checkVisibility()).to.equal(false);
    toggle.click();
    await watch.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(filters.checkVisibility()).to.equal(true);

    const phone = await appAt('#/exercises', 390);
    await waitUntil(() => phone.shadowRoot!.querySelectorAll('.library li').length > 0);
    expect(phone.shadowRoot!.querySelector<HTMLElement>('.filter-toggle')!.checkVisibility()).to.equal(false);
    expect(phone.shadowRoot!.querySelector('#filters')!.checkVisibility()).to.equal(true);
  });

  it('filters the library by level and body area', async () => {
    const app = await appAt('#/exercises?level=1&area=hip', 390);
    await waitUntil(() => app.shadowRoot!.querySelectorAll('.library li').length > 0);
    const names = [...app.shadowRoot!.querySelectorAll('.library .name')].map((a) => a.textContent!.trim());
    expect(names).to.include('Isometric glute press');
    expect(names).to.not.include('Quad set'); // level 1 but not a hip exercise
  });

  it('moves between views with the arrow keys on a watch, not on a phone', async () => {
    const watch = await appAt('#/today', 200);
    watch.shadowRoot!.querySelector('main')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await waitUntil(() => location.hash === '#/run');
    const phone = await appAt('#/history', 390);
    phone.shadowRoot!.querySelector('main')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(location.hash).to.equal('#/history');
  });

  it('moves to the previous view when the crown turns on past the top of a watch view', async () => {
    const watch = await appAt('#/run', 200);
    const main = watch.shadowRoot!.querySelector('main')!;
    const turn = (deltaY: number) => main.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true, composed: true }));
    turn(-100); // one detent's worth: not yet
    await new Promise((r) => setTimeout(r, 50));
    expect(location.hash).to.equal('#/run');
    turn(-100);
    await waitUntil(() => location.hash === '#/today', 'the crown did not change the view');

    const phone = await appAt('#/run', 390);
    phone.shadowRoot!.querySelector('main')!.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(location.hash).to.equal('#/run');
  });

  for (const width of [200, 390]) {
    for (const view of ['today', 'run', 'exercises', 'exercise/quad-set', 'history', 'settings']) {
      it(`passes an accessibility audit: ${view} at ${width} px`, async () => {
        const app = await appAt(`#/${view}`, width);
        await waitUntil(() => !app.shadowRoot!.textContent!.includes('Loading'), 'view did not load', { timeout: 10000 });
        // Elements of a view load on demand: audit them rendered, not as unknown tags.
        await waitUntil(() => [...app.shadowRoot!.querySelectorAll('*')].every((el) => !el.localName.startsWith('knee-') || el.shadowRoot), 'an element did not upgrade', { timeout: 10000 });
        await new Promise((r) => setTimeout(r, 100));
        await expect(app).to.be.accessible();
      });
    }
  }
});
