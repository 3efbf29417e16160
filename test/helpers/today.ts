import { fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import { applyDayChange, readDay } from '../../src/program/day-state.js';
import type { SessionStore } from '../../src/store/session-store.js';
import { dayKey } from '../../src/store/stats.js';

/**
 * The red-flag questions answered (all no, or `yes`) on the day of `at`, as a first visit
 * would have left them: tests about what follows start past them.
 */
export async function redFlagsAnswered(store: SessionStore, yes: string[] = [], at = Date.now() - 60_000) {
  const day = dayKey(at);
  await store.updateDay(day, (stored) => applyDayChange(readDay(stored, day), { addRedFlags: { at, yes } }));
}

/** A phone-sized <knee-today> on `store` (red flags answered unless `asked`), once its plan is shown. */
export async function todayOn(store: SessionStore, level = 1, { asked = true } = {}): Promise<KneeToday> {
  if (asked) await redFlagsAnswered(store);
  const el = await fixture<KneeToday>(html`<knee-today .store=${store} .level=${level} style="width: 400px"></knee-today>`);
  await waitUntil(() => el.shadowRoot!.querySelector('h2'));
  return el;
}

/** Answers every red-flag question in `root`'s <knee-red-flags> (no, or yes for the ids in `yes`), then Done. */
export async function answerRedFlags(check: HTMLElement, yes: string[] = []) {
  await waitUntil(() => check.shadowRoot?.querySelector('input'), 'no red-flag questions');
  const root = check.shadowRoot!;
  for (const fieldset of root.querySelectorAll('fieldset')) {
    const [yesInput, noInput] = fieldset.querySelectorAll('input');
    (yes.includes(yesInput!.name) ? yesInput! : noInput!).click();
  }
  await (check as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Done')!.click();
}

/** Sets the pain as a user would: − or + until the number shows `value`. */
export async function setPain(el: KneeToday, value: number) {
  const shown = () => Number(el.shadowRoot!.querySelector('.pain output')!.textContent);
  while (shown() !== value) {
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${shown() < value ? 'More' : 'Less'} pain"]`)!.click();
    await el.updateComplete;
  }
}

/**
 * "Today" for a test: the wall clock (Date only) fixed at noon of the current day, so a record
 * made "five minutes ago" is today however close to midnight the test runs. Restore it after.
 */
export function middayClock(): sinon.SinonFakeTimers {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  return sinon.useFakeTimers({ now: noon, toFake: ['Date'], shouldAdvanceTime: false });
}
