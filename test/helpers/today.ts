import { fixture, html, waitUntil } from '@open-wc/testing';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import type { SessionStore } from '../../src/store/session-store.js';

/** A phone-sized <knee-today> on `store`, once its plan is shown. */
export async function todayOn(store: SessionStore, level = 1): Promise<KneeToday> {
  const el = await fixture<KneeToday>(html`<knee-today .store=${store} .level=${level} style="width: 400px"></knee-today>`);
  await waitUntil(() => el.shadowRoot!.querySelector('h2'));
  return el;
}

/** Sets the pain as a user would: − or + until the number shows `value`. */
export async function setPain(el: KneeToday, value: number) {
  const shown = () => Number(el.shadowRoot!.querySelector('.pain output')!.textContent);
  while (shown() !== value) {
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${shown() < value ? 'More' : 'Less'} pain"]`)!.click();
    await el.updateComplete;
  }
}
