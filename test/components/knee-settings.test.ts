import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-settings/knee-settings.js';
import type { KneeSettings } from '../../components/knee-settings/knee-settings.js';
import type { KneeSettingsChangeEvent } from '../../components/knee-settings/settings-events.js';
import { DEFAULT_SETTINGS } from '../../src/app/settings.js';
import { nextEvent } from '../helpers/events.js';

const root = (el: KneeSettings) => el.shadowRoot!;
const checkbox = (el: KneeSettings, text: string) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => i.parentElement!.textContent!.trim() === text)!;

describe('<knee-settings>', function () {
  this.timeout(30000);

  it('shows the settings it is given', async () => {
    const settings = { ...DEFAULT_SETTINGS, sound: 'cowbell' as const, voice: true, haptic: false, audioMode: 'mix' as const, latency: 120 };
    const el = await fixture<KneeSettings>(html`<knee-settings .settings=${settings}></knee-settings>`);
    expect(root(el).querySelector('select')!.value).to.equal('cowbell');
    expect(checkbox(el, 'Spoken cues').checked).to.equal(true);
    expect(checkbox(el, 'Vibration cues').checked).to.equal(false);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true]);
    const check = root(el).querySelector('knee-latency-check')!;
    await waitUntil(() => check.shadowRoot);
    expect(check.latency).to.equal(120);
  });

  it('asks for each change with knee-settings-change, carrying only what changed', async () => {
    const el = await fixture<KneeSettings>(html`<knee-settings></knee-settings>`);
    const changes: KneeSettingsChangeEvent['change'][] = [];
    el.addEventListener('knee-settings-change', (e) => changes.push(e.change));
    const voice = checkbox(el, 'Spoken cues');
    voice.click();
    const volume = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    volume.value = '0.5';
    volume.dispatchEvent(new Event('change'));
    root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    const { KneeLatencyChangeEvent } = await import('../../components/knee-latency-check/latency-events.js');
    const latency = nextEvent(el, 'knee-settings-change');
    root(el).querySelector('knee-latency-check')!.dispatchEvent(new KneeLatencyChangeEvent(200, true));
    await latency;
    expect(changes).to.deep.equal([{ voice: true }, { volume: 0.5 }, { audioMode: 'mix' }, { latency: 200 }]);
    expect(el.settings).to.include({ voice: true, volume: 0.5, audioMode: 'mix', latency: 200 });
  });

  it('fires nothing when its settings are set by script', async () => {
    const el = await fixture<KneeSettings>(html`<knee-settings></knee-settings>`);
    let fired = 0;
    el.addEventListener('knee-settings-change', () => fired++);
    el.settings = { ...DEFAULT_SETTINGS, sound: 'beep' };
    await el.updateComplete;
    expect(root(el).querySelector('select')!.value).to.equal('beep');
    expect(fired).to.equal(0);
  });
});
