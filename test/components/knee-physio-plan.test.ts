// The physio in the loop, through the UI: the clinician's page makes a signed link and a QR code
// that a camera reads back; the patient's app shows what changes, then keeps the plan only when
// accepted; a changed, cut-short or newer link, or a plan from another key, is said plainly; and
// the accepted plan is what Today, the exercise card and its hold timer run.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/knee-clinician/knee-clinician.js';
import '../../components/knee-prescription/knee-prescription.js';
import '../../components/knee-today/knee-today.js';
import '../../components/knee-exercise/knee-exercise.js';
import type { KneeClinician } from '../../components/knee-clinician/knee-clinician.js';
import type { KneePrescription } from '../../components/knee-prescription/knee-prescription.js';
import type { KneePrescriptionEvent } from '../../components/knee-prescription/prescription-events.js';
import type { KneeToday } from '../../components/knee-today/knee-today.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import { openPlan, newClinicianKey, signPlan } from '../../src/rx/rx-sign.js';
import { QR_COLOURS, RX_PATH, rxLink, rxQr } from '../../src/rx/rx-qr.js';
import { acceptedPlan, trustedKeys } from '../../src/rx/rx-store.js';
import type { Prescription } from '../../src/rx/prescription.js';
import { PLAN } from '../helpers/plan.js';
import { readQr } from '../helpers/qr.js';
import { randomPlan } from '../helpers/random-plan.js';
import { useTestStore } from '../helpers/records.js';
import { redFlagsAnswered, setPain } from '../helpers/today.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const button = (el: Element, label: RegExp) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => label.test(b.textContent!));
const codeOf = (link: string) => link.slice(link.indexOf(RX_PATH) + RX_PATH.length);

async function review(code: string, level = 1) {
  const el = await fixture<KneePrescription>(html`<knee-prescription code=${code} .level=${level} style="width: 390px"></knee-prescription>`);
  await waitUntil(() => el.opened || text(el).includes('cannot be used'), 'the plan was not checked', { timeout: 10000 });
  return el;
}

describe('a plan from the physio', function () {
  this.timeout(60000);
  const t = useTestStore();
  let keys: CryptoKeyPair;
  before(async () => {
    keys = await newClinicianKey();
  });
  beforeEach(() => localStorage.removeItem('kneebeat-physio'));
  afterEach(() => localStorage.removeItem('kneebeat-physio'));

  it('round-trips 30 random plans through the link and its QR code, read from the pixels', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rx = randomPlan(seed, 1 + (seed % 12));
      const link = rxLink('https://kneebeat.example/app/', await signPlan(rx, keys));
      const canvas = document.createElement('canvas');
      rxQr(link).code.toCanvas(canvas, QR_COLOURS);
      const read = await readQr(canvas);
      expect(read, `seed ${seed}`).to.equal(link);
      expect((await openPlan(codeOf(read!))).rx, `seed ${seed}`).to.deep.equal(rx);
    }
  });

  it('the clinician page starts from the program, makes a signed link and a QR code of it, and refuses a plan without a name', async () => {
    localStorage.removeItem('kneebeat-clinician-name');
    const el = await fixture<KneeClinician>(html`<knee-clinician level="2" app-url="https://kneebeat.example/" style="width: 1000px"></knee-clinician>`);
    await waitUntil(() => el.plan, 'no plan', { timeout: 10000 });
    await el.updateComplete;
    expect(el.plan!.level).to.equal(2);
    expect(el.plan!.items[0]!.id).to.equal('quad-set');
    button(el, /Make the link/)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/Add your name/);
    expect(el.link).to.equal('');
    const set = async (label: string, value: string) => {
      // The name field is named by its label's text; the dosage fields by their aria-label.
      const input =
        label === 'Your name'
          ? [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith('Your name'))!.querySelector('input')!
          : el.shadowRoot!.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await set('Your name', 'Sam Lee');
    await set('Quad set: sets', '3');
    await set('Quad set: reps', '12');
    await set('Quad set: hold, seconds', '8');
    await set('Quad set: note', 'Towel under the knee.');
    button(el, /Make the link/)!.click();
    await waitUntil(() => el.link, 'no link', { timeout: 10000 });
    await el.updateComplete;
    expect(el.link.startsWith(`https://kneebeat.example/${RX_PATH}`)).to.equal(true);
    const opened = await openPlan(codeOf(el.link));
    expect(opened.rx.clinician).to.equal('Sam Lee');
    expect(opened.rx.items[0]).to.deep.equal({ id: 'quad-set', sets: 3, reps: 12, holdS: 8, perSide: false, timesPerDay: 2, note: 'Towel under the knee.' });
    expect(text(el)).to.include(opened.keyId);
    expect(await readQr(el.shadowRoot!.querySelector('canvas')!)).to.equal(el.link);
    // A change after the link was made takes the link away (it no longer says what the form does).
    await set('Quad set: reps', '10');
    expect(el.link).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows who it is from, its key and what will change; Accept keeps it and its key', async () => {
    const el = await review(await signPlan(PLAN, keys));
    expect(text(el)).to.match(/A plan from Sam Lee/);
    expect(el.shadowRoot!.querySelector('[part="key"]')!.textContent).to.match(/first plan you open/);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0]).to.deep.equal(['Level (changes)', '1', '2']);
    expect(rows.find((r) => r[0]!.startsWith('Quad set'))![2]).to.equal('12 × 8 s hold, 3 sets, twice a day — “Towel under the knee.”');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'knee-prescription');
    button(el, /Accept/)!.click();
    expect(((await event) as unknown as KneePrescriptionEvent).plan!.rx).to.deep.equal(PLAN);
    expect(acceptedPlan()!.rx).to.deep.equal(PLAN);
    expect(trustedKeys().map((k) => k.keyId)).to.deep.equal([el.opened!.keyId]);
    await el.updateComplete;
    expect(text(el)).to.match(/You are following Sam Lee's plan/);
  });

  it('Decline keeps nothing: what was stored before is exactly as it was', async () => {
    const first = await review(await signPlan(PLAN, keys));
    button(first, /Accept/)!.click();
    const before = localStorage.getItem('kneebeat-physio');
    const el = await review(await signPlan({ ...PLAN, level: 3 }, keys));
    const event = oneEvent(el, 'knee-prescription');
    button(el, /Decline/)!.click();
    expect(((await event) as unknown as KneePrescriptionEvent).plan).to.equal(null);
    expect(localStorage.getItem('kneebeat-physio')).to.equal(before);
    expect(acceptedPlan()!.rx.level).to.equal(2);
  });

  it('refuses a changed, a cut-short and a newer-version link, says why, and offers nothing to accept', async () => {
    const code = await signPlan(PLAN, keys);
    const flip = code.slice(0, 120) + (code[120] === 'A' ? 'B' : 'A') + code.slice(121);
    const cases: [string, RegExp][] = [
      [flip, /changed since your clinician made it/],
      [code.slice(0, code.length - 3), /incomplete/],
      [code.slice(0, 100), /incomplete/],
      ['HELLO', /not a complete Kneebeat plan link/],
    ];
    for (const [bad, why] of cases) {
      const el = await review(bad);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent, bad.slice(-8)).to.match(why);
      expect(button(el, /Accept/)).to.equal(undefined);
      expect(localStorage.getItem('kneebeat-physio')).to.equal(null);
    }
  });

  it('a later plan from another key is flagged before it can be accepted; one from the same key says so', async () => {
    const first = await review(await signPlan(PLAN, keys));
    button(first, /Accept/)!.click();
    const same = await review(await signPlan({ ...PLAN, cadence: 175 }, keys));
    expect(same.shadowRoot!.querySelector('[part="key"]')!.textContent).to.match(/same key .* Sam Lee/s);
    const other = await review(await signPlan({ ...PLAN, clinician: 'Sam Lee' }, await newClinicianKey()));
    const warning = other.shadowRoot!.querySelector('[part="key"][role="alert"]')!;
    expect(warning.textContent).to.match(/signed with a different key/);
    expect(warning.textContent).to.include(trustedKeys()[0]!.keyId);
  });

  it('Today runs the accepted plan: its exercises and doses, marked from the physio; the card and hold timer run 3 × 12 with 8 s holds', async () => {
    await redFlagsAnswered(t.store);
    const el = await fixture<KneeToday>(html`<knee-today .store=${t.store} .level=${1} .prescription=${PLAN} style="width: 400px"></knee-today>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.pain output'), 'no bend question', { timeout: 10000 });
    await setPain(el, 0);
    button(el, /^\s*Check\s*$/)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="routine"]'), 'no routine');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · Level 2');
    expect(el.shadowRoot!.querySelector('[part="from-physio"]')!.textContent).to.match(/From your physio, Sam Lee/);
    const items = [...el.shadowRoot!.querySelectorAll('[part="routine"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(3);
    expect(items[0]).to.match(/^Quad set 12 × 8 s hold, 3 sets, twice a day · from your physio: “Towel under the knee.”/);
    expect(items[1]).to.match(/^Step-up 15 reps per side, 2 sets · from your physio/);
    expect(el.shadowRoot!.querySelector('[part="later"]')!.textContent).to.match(/Quad set/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Start Quad set"]')!.click();
    const card = await waitUntil(
      () =>
        el.shadowRoot!.querySelector<KneeExercise>('knee-exercise')?.shadowRoot?.querySelector('knee-hold-timer') &&
        el.shadowRoot!.querySelector<KneeExercise>('knee-exercise'),
      'no card',
      { timeout: 10000 },
    ).then(() => el.shadowRoot!.querySelector<KneeExercise>('knee-exercise')!);
    const timer = card.shadowRoot!.querySelector<KneeHoldTimer>('knee-hold-timer')!;
    expect([timer.getAttribute('hold'), timer.getAttribute('reps'), timer.getAttribute('sets')]).to.deep.equal(['8', '12', '3']);
    expect(card.shadowRoot!.querySelector('[part="from-physio"]')!.textContent).to.match(/Sam Lee: Towel under the knee\./);
    expect(card.shadowRoot!.querySelector('[part="from-physio"] q')!.textContent).to.equal('Towel under the knee.');
    expect(text(card)).to.match(/Harder variants: ask your physio first/);
  });

  it('a day the rules make easier (the bend hurts) leaves the plan for the easier routine, with no dose above it', async () => {
    await redFlagsAnswered(t.store);
    const strong: Prescription = { ...PLAN, items: PLAN.items.map((i) => (i.id === 'quad-set' ? { ...i, sets: 1, reps: 6, holdS: 4 } : i)) };
    const el = await fixture<KneeToday>(html`<knee-today .store=${t.store} .level=${1} .prescription=${strong} style="width: 400px"></knee-today>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.pain output'), 'no bend question', { timeout: 10000 });
    await setPain(el, 3);
    button(el, /^\s*Check\s*$/)!.click();
    await waitUntil(() => button(el, /Easier level today/), 'no easier choice');
    button(el, /Easier level today/)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="routine"]'), 'no routine');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Today · Level 1');
    const quad = [...el.shadowRoot!.querySelectorAll('[part="routine"] li')]
      .map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
      .find((t) => t.startsWith('Quad set'))!;
    expect(quad).to.match(/^Quad set 6 × 4 s hold/);
  });
});
