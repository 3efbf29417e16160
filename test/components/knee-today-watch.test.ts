// <knee-today> on its own (this file does not import <knee-exercise>): the exercise card loads
// only when an exercise is opened, and a watch-sized Today offers one Start for the next step.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-today/knee-today.js';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import { useTestStore } from '../helpers/records.js';
import { middayClock, redFlagsAnswered } from '../helpers/today.js';

describe('<knee-today> at watch size, with its exercise card on demand', function () {
  this.timeout(20000);
  const t = useTestStore();
  let clock: { restore(): void } | null = null;
  beforeEach(() => (clock = middayClock()));
  afterEach(() => clock?.restore());
  beforeEach(() => localStorage.removeItem('kneebeat-program'));

  const visible = (el: Element) => el.checkVisibility();

  it('shows the level and one Start for the next exercise, and loads the card when it is pressed', async () => {
    await redFlagsAnswered(t.store);
    const el = await fixture<KneeToday>(html`<knee-today .store=${t.store} style="width: 200px"></knee-today>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Today · Level 1');
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await el.updateComplete;

    // The routine list is for larger screens; the watch shows the next step and one Start.
    expect(visible(root.querySelector('[part="routine"]')!)).to.equal(false);
    const starts = [...root.querySelectorAll('button')].filter((b) => visible(b) && b.innerText.trim() === 'Start session');
    expect(starts).to.have.length(1);
    expect(root.textContent).to.contain('Next: Quad set');
    await expect(el).to.be.accessible();

    // The guided session (and the exercise card in it) loads when it is started.
    expect(customElements.get('knee-exercise')).to.equal(undefined);
    starts[0]!.click();
    const card = () => root.querySelector('knee-guided-session')?.shadowRoot?.querySelector('knee-exercise');
    await waitUntil(() => card()?.shadowRoot?.querySelector('knee-hold-timer'), 'the session did not load', { timeout: 10000 });
    expect(card()!.getAttribute('exercise')).to.equal('quad-set');
  });
});
