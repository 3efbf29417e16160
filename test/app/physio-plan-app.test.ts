// The patient's side in the app: a plan link opens its review; accepted, Today follows it and
// says whose it is, and an exercise opened from the library runs the plan's dose; Settings can
// stop following it, and Today is the program's own again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';
import { newClinicianKey, signPlan } from '../../src/rx/rx-sign.js';
import { PLAN } from '../helpers/plan.js';

const inner = (app: KneeApp, tag: string) => app.shadowRoot!.querySelector(tag)?.shadowRoot ?? null;
const press = (root: ShadowRoot, label: RegExp) => [...root.querySelectorAll('button')].find((b) => label.test(b.textContent!))!.click();

describe('<knee-app> with a plan from the physio', function () {
  this.timeout(60000);
  beforeEach(() => localStorage.removeItem('kneebeat-physio'));
  afterEach(() => {
    localStorage.removeItem('kneebeat-physio');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens #/rx/<code>, follows the plan once accepted, runs its dose on the exercise card, and stops following it from Settings', async () => {
    const code = await signPlan(PLAN, await newClinicianKey());
    location.hash = `#/rx/${code}`;
    const app = await fixture<KneeApp>(html`<knee-app style="width: 390px"></knee-app>`);
    await waitUntil(() => inner(app, 'knee-prescription')?.querySelector('table'), 'no review', { timeout: 15000 });
    expect(app.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal("Your physio's plan");
    press(inner(app, 'knee-prescription')!, /Accept/);
    location.hash = '#/today';
    await waitUntil(() => inner(app, 'knee-today')?.querySelector('[part="from-physio"]'), 'Today does not follow the plan', { timeout: 15000 });
    expect(inner(app, 'knee-today')!.querySelector('[part="from-physio"]')!.textContent).to.match(/Sam Lee/);

    location.hash = '#/exercise/quad-set';
    await waitUntil(() => inner(app, 'knee-exercise')?.querySelector('knee-hold-timer[hold="8"]'), 'the card does not run the plan', { timeout: 15000 });
    const timer = inner(app, 'knee-exercise')!.querySelector('knee-hold-timer')!;
    expect([timer.getAttribute('reps'), timer.getAttribute('sets')]).to.deep.equal(['12', '3']);

    // The Run view: the plan's intervals, tempo and running pain limit.
    location.hash = '#/run';
    await waitUntil(() => inner(app, 'knee-run')?.querySelector('knee-metronome'), 'no run screen', { timeout: 15000 });
    const run = app.shadowRoot!.querySelector('knee-run')!;
    expect(run.intervals).to.deep.equal(PLAN.run);
    expect(run.bpm).to.equal(172);
    expect(run.painLimit).to.equal(2);
    expect(run.shadowRoot!.textContent).to.include('keep knee pain at 2 or below');

    location.hash = '#/settings';
    await waitUntil(() => inner(app, 'knee-settings')?.querySelector('[part="physio"] button'), 'no stop button', { timeout: 15000 });
    const settings = inner(app, 'knee-settings')!;
    expect(settings.querySelector('[part="physio"]')!.textContent).to.match(/plan from Sam Lee/);
    press(settings, /Stop following/);
    await app.shadowRoot!.querySelector('knee-settings')!.updateComplete;
    expect(JSON.parse(localStorage.getItem('kneebeat-physio')!).accepted).to.not.equal(null); // one press only asks
    press(settings, /Press again/);
    await waitUntil(() => JSON.parse(localStorage.getItem('kneebeat-physio')!).accepted === null, 'still following');

    // A link pasted in Settings (it opened in another browser) opens its review here.
    const paste = settings.querySelector<HTMLInputElement>('input.paste')!;
    paste.value = `Your plan: https://kneebeat.example/#/rx/${code} `;
    paste.dispatchEvent(new Event('change'));
    await waitUntil(() => inner(app, 'knee-prescription')?.querySelector('[part="key"]'), 'no review from the pasted link', { timeout: 15000 });
    expect(inner(app, 'knee-prescription')!.querySelector('[part="key"]')!.textContent).to.match(/same key/);
    location.hash = '#/settings';
    location.hash = '#/today';
    await waitUntil(() => inner(app, 'knee-today')?.querySelector('h2'), 'no Today', { timeout: 15000 });
    await app.shadowRoot!.querySelector('knee-today')!.updateComplete;
    expect(inner(app, 'knee-today')!.querySelector('[part="from-physio"]')).to.equal(null);
  });
});
