import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/knee-latency-check/knee-latency-check.js';
import type { KneeLatencyCheck } from '../../components/knee-latency-check/knee-latency-check.js';

const LIGHT_TEXT = 'rgb(17, 17, 17)';
const DARK_TEXT = 'rgb(242, 242, 242)';

/** Text colour of an element's value line, as rendered. */
const textColour = (el: KneeLatencyCheck) => getComputedStyle(el.shadowRoot!.querySelector('[part="value"]')!).color;

describe('colour scheme of an embedded element', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it("stays light on a page that does not opt into dark, even when the system is dark (no light text on the host's light page)", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check></knee-latency-check>`);
    expect(textColour(el)).to.equal(LIGHT_TEXT);
  });

  it('turns dark with a page that says `color-scheme: light dark` on a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check></knee-latency-check>`);
    expect(textColour(el)).to.equal(DARK_TEXT);
  });

  it('follows a colour scheme set on the element itself, and --knee-fg over both', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check style="color-scheme: dark"></knee-latency-check>`);
    expect(textColour(el)).to.equal(DARK_TEXT);
    el.style.setProperty('--knee-fg', 'rgb(1, 2, 3)');
    expect(textColour(el)).to.equal('rgb(1, 2, 3)');
  });
});
