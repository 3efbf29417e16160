import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/knee-app/knee-app.js';
import type { KneeApp } from '../../components/knee-app/knee-app.js';
import { deleteDb } from '../helpers/records.js';

/** The element that really has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const label = (el: Element | null) => (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Presses Tab until `match` has focus (at most `limit` times); fails otherwise. */
async function tabTo(match: (el: Element) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && match(active)) return active;
  }
  throw new Error('never reached by Tab');
}

describe('keyboard-only walk through the app (real key presses)', function () {
  this.timeout(60000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reaches every view from the tab bar and uses each with the keyboard alone', async () => {
    // A first visit: nothing from an earlier test file (they share the browser's storage).
    await deleteDb('kneebeat');
    location.hash = '#/today';
    const app = await fixture<KneeApp>(html`<knee-app style="width: 390px"></knee-app>`);
    const heading = () => app.shadowRoot!.querySelector('h1')!.textContent!.trim();

    // Today, on a first visit: the red-flag questions, answered with the keyboard alone (Tab
    // into each yes/no group, an arrow key to "No"), then Done.
    const flags = () => app.shadowRoot!.querySelector('knee-today')?.shadowRoot?.querySelector('knee-red-flags');
    await waitUntil(() => flags()?.shadowRoot?.querySelector('input'), 'no red-flag questions', { timeout: 10000 });
    const questions = flags()!.shadowRoot!.querySelectorAll('fieldset').length;
    for (let i = 0; i < questions; i++) {
      await tabTo((el) => el instanceof HTMLInputElement && el.type === 'radio');
      await sendKeys({ press: 'ArrowRight' });
    }
    const radios = [...flags()!.shadowRoot!.querySelectorAll('input')];
    expect(radios.filter((r) => r.checked).length).to.equal(questions);
    expect(radios.filter((r) => r.checked).every((r) => r.parentElement!.textContent!.trim() === 'No')).to.equal(true);
    await tabTo((el) => label(el) === 'Done');
    await sendKeys({ press: 'Enter' });

    // Today: the readiness pain (−/+ and arrow keys) and its Check button.
    await waitUntil(
      () => app.shadowRoot!.querySelector('knee-today')?.shadowRoot?.querySelector('[aria-label="More pain"]'),
      'no readiness check after the questions',
      {
        timeout: 10000,
      },
    );
    await tabTo((el) => label(el) === 'More pain');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowUp' });
    const painShown = () => app.shadowRoot!.querySelector('knee-today')!.shadowRoot!.querySelector('output')!.textContent!.trim();
    await waitUntil(() => painShown() === '2', 'Enter and ArrowUp did not set the pain to 2');
    await tabTo((el) => label(el) === 'Check');
    await sendKeys({ press: 'Enter' });
    // 2/10 is not ready yet: the warm-up and its choices come next, and focus moves to them.
    const todayRoot = () => app.shadowRoot!.querySelector('knee-today')!.shadowRoot!;
    await waitUntil(() => todayRoot().querySelector('#warm-q'), 'no warm-up after a painful bend');
    await waitUntil(() => deepActive()?.id === 'warm-q', 'focus did not move to what appeared');
    await tabTo((el) => label(el) === 'Easier level today');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => todayRoot().querySelector('[part="routine"]'));

    // Run: from the tab bar, then start and stop the metronome with Space.
    await tabTo((el) => el instanceof HTMLAnchorElement && label(el) === 'Run');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading() === 'Run');
    await waitUntil(() =>
      app.shadowRoot!.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome')?.shadowRoot?.querySelector('[part~="toggle"]'),
    );
    const toggle = await tabTo((el) => label(el) === 'Start metronome');
    await sendKeys({ press: 'Space' });
    const metronome = app.shadowRoot!.querySelector('knee-run')!.shadowRoot!.querySelector('knee-metronome')!;
    // The first start loads the audio chunk (many modules through the test server): allow time.
    await waitUntil(() => metronome.running, 'Space did not start the beat', { timeout: 15000 });
    expect(deepActive()).to.equal(toggle);
    await sendKeys({ press: 'ArrowUp' }); // tempo +1 while focus is inside
    await waitUntil(() => metronome.bpm === 171, 'ArrowUp did not raise the tempo');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => metronome.paused, 'Space did not pause the beat', { timeout: 5000 });
    const stop = await tabTo((el) => label(el) === 'Stop metronome and save the run');
    await sendKeys({ press: 'Enter' });
    // Stop asks first: the same button, now "press again", keeps focus.
    await waitUntil(() => label(stop) === 'Press again to stop and save the run', 'Stop did not ask first');
    expect(metronome.paused).to.equal(true);
    expect(deepActive()).to.equal(stop);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !metronome.running && !metronome.paused, 'Enter on Stop did not end the run', { timeout: 5000 });

    // Exercises: open one from the list with Enter.
    await tabTo((el) => el instanceof HTMLAnchorElement && label(el) === 'Exercises');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading() === 'Exercises' && (app.shadowRoot!.querySelector('knee-library')?.shadowRoot?.querySelectorAll('a').length ?? 0) > 0);
    await tabTo((el) => el instanceof HTMLAnchorElement && label(el).startsWith('Quad set'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading() === 'Exercise');

    // History and Settings: reachable, and a setting toggles with Space.
    await tabTo((el) => el instanceof HTMLAnchorElement && label(el) === 'History');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading() === 'History');
    // The tab bar at the bottom never covers the control that has focus.
    await waitUntil(() => app.shadowRoot!.querySelector('knee-history')?.shadowRoot?.querySelector('button'), 'History did not load');
    const clear = await tabTo((el) => label(el) === 'Clear…');
    const nav = app.shadowRoot!.querySelector('nav')!.getBoundingClientRect();
    expect(clear.getBoundingClientRect().bottom, 'Clear… under the tab bar').to.be.at.most(nav.top);
    await tabTo((el) => el instanceof HTMLAnchorElement && label(el) === 'Settings');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading() === 'Settings');
    const voice = (await tabTo(
      (el) => el instanceof HTMLInputElement && el.type === 'checkbox' && label(el.parentElement) === 'Spoken cues',
    )) as HTMLInputElement;
    const before = voice.checked;
    await sendKeys({ press: 'Space' });
    expect(voice.checked).to.equal(!before);
    // The headphone delay: a step button with Enter; the app keeps the new value.
    await tabTo((el) => label(el) === 'More delay, plus 10 milliseconds');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => JSON.parse(localStorage.getItem('kneebeat-settings') ?? '{}').latency === 10, 'the delay was not saved');
    localStorage.removeItem('kneebeat-settings');
  });
});
