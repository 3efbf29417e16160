// <knee-watch> on its own: where the browser has no Web Bluetooth (Safari, a watch's browser)
// it says so and offers no button that would fail; with Bluetooth it connects the page's watch.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-watch/knee-watch.js';
import type { KneeWatch } from '../../components/knee-watch/knee-watch.js';
import { wrist } from '../../src/watch/wrist.js';
import { fakeWatch } from '../helpers/fake-watch.js';

describe('<knee-watch>', function () {
  this.timeout(30000);
  afterEach(() => {
    wrist.disconnect();
    delete (navigator as unknown as Record<string, unknown>)['bluetooth'];
  });

  it('says when the browser has no Bluetooth, and its button is off', async () => {
    Object.defineProperty(navigator, 'bluetooth', { value: undefined, configurable: true });
    const el = await fixture<KneeWatch>(html`<knee-watch></knee-watch>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.disabled).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('This browser has no Bluetooth access');
  });

  it('connects the page’s watch, which every <knee-watch> shows', async () => {
    const watch = fakeWatch();
    Object.defineProperty(navigator, 'bluetooth', { value: watch.bluetooth, configurable: true });
    const [a, b] = [await fixture<KneeWatch>(html`<knee-watch></knee-watch>`), await fixture<KneeWatch>(html`<knee-watch></knee-watch>`)];
    const connected = new Promise((resolve) => a.addEventListener('knee-watch-change', resolve, { once: true }));
    a.shadowRoot!.querySelector('button')!.click();
    await connected;
    await waitUntil(() => /Bangle\.js 1a2b: connected/.test(b.shadowRoot!.textContent!), 'the other element does not show the watch', { timeout: 10000 });
    expect(a.shadowRoot!.querySelector('[part~="settings"]')).to.not.equal(null);
  });
});
