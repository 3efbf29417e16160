import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-history/knee-history.js';
import type { KneeSessionLog } from '../../components/knee-session-log/knee-session-log.js';
import type { KneeHistory } from '../../components/knee-history/knee-history.js';
import { KneeSessionEvent, type CadenceSessionRecord } from '../../src/session-record.js';
import { SessionStore } from '../../src/store/session-store.js';
import { nextEvent } from '../helpers/events.js';
import { cadenceRecord, holdRecord, useTestStore } from '../helpers/records.js';

const DAY = 86_400_000;

describe('<knee-session-log> and <knee-history>', function () {
  this.timeout(20000);
  const t = useTestStore();
  afterEach(() => sinon.restore());

  it('stores knee-session events from components inside it, from inside their shadow roots too', async () => {
    const log = await fixture<KneeSessionLog>(html`<knee-session-log summary .store=${t.store}><div><span></span></div></knee-session-log>`);
    const inner = log.querySelector('div')!.attachShadow({ mode: 'open' });
    const source = document.createElement('p');
    inner.append(source);
    const saved = nextEvent(log, 'knee-session-saved');
    const record = holdRecord(Date.now() - 60_000);
    source.dispatchEvent(new KneeSessionEvent(record));
    expect((await saved).record.id).to.equal(record.id);
    expect((await t.store.list()).records.map((r) => r.id)).to.deep.equal([record.id]);
    await waitUntil(() => log.shadowRoot!.querySelector('[part="summary"]')?.textContent?.includes('Today: 1 session'));
    await expect(log).to.be.accessible();
  });

  it('keeps a session it could not t.store, says why, offers a download, and saves it on retry', async () => {
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    const open = sinon.stub(indexedDB, 'open').throws(new DOMException('denied', 'SecurityError'));
    const unsaved = nextEvent(log, 'knee-session-unsaved');
    const record = holdRecord(Date.now());
    log.querySelector('p')!.dispatchEvent(new KneeSessionEvent(record));
    expect((await unsaved).message).to.match(/not letting Kneebeat save/);
    await log.updateComplete;
    const alert = log.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(/1 session is kept here/);
    const buttons = [...alert.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Download unsaved', 'Try saving again']);
    // A download of what was not saved: intercept the link click.
    const clicks = sinon.stub(HTMLAnchorElement.prototype, 'click');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expect(clicks.calledOnce).to.equal(true);
    expect(clicks.firstCall.thisValue.download).to.match(/^kneebeat-unsaved-\d{4}-\d\d-\d\d\.json$/);
    open.restore();
    await log.retry();
    await log.updateComplete;
    expect(log.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect((await t.store.list()).records).to.have.length(1);
  });

  it('shows the streak, the heat map, the pain chart and the sessions, and is accessible', async () => {
    const now = Date.now();
    for (let d = 0; d < 5; d++) await t.store.add(holdRecord(now - d * DAY - 1000, { before: 5 - d / 2, after: 3 }));
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    const figures = [...history.shadowRoot!.querySelectorAll('.figure')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.deep.equal(['5day streak', '1today', '5/7days this week', '5best streak']);
    expect(history.shadowRoot!.querySelector('#sessions')!.textContent).to.equal('Sessions (5)');
    expect(history.shadowRoot!.querySelectorAll('li')).to.have.length(5);
    const heat = history.shadowRoot!.querySelector('[part="heat-map"]')!;
    expect(heat.getAttribute('aria-label')).to.match(/sessions on 5 of \d+ days/);
    expect(heat.querySelectorAll('rect.level-1')).to.have.length(5);
    expect(history.shadowRoot!.querySelector('[part="pain-chart"]')!.getAttribute('aria-label')).to.match(/after 3/);
    await expect(history).to.be.accessible();
  });

  it('charts cadence across runs: the target of each, and the measured average where there is one', async () => {
    const now = Date.now();
    const plain = cadenceRecord(now - 2 * DAY) as CadenceSessionRecord;
    const measured = cadenceRecord(now - DAY) as CadenceSessionRecord;
    measured.done = { ...measured.done, bpm: 174, measured: { source: 'motion', averageSpm: 168, measuredS: 1700, inZoneS: 900, perMinute: [165, 170] } };
    await t.store.add(plain);
    await t.store.add(measured);
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    const chart = history.shadowRoot!.querySelector('[part="cadence-chart"]')!;
    expect(chart.getAttribute('aria-label')).to.match(/over 2 runs: target from 172 to 174 steps per minute; measured in 1, latest 168/);
    expect(chart.querySelectorAll('circle.after-dot')).to.have.length(1);
    expect(chart.querySelectorAll('circle.before-dot')).to.have.length(2);
    await expect(history).to.be.accessible();
  });

  it('updates when another tab saves a session', async () => {
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    await new SessionStore(t.db).add(holdRecord(Date.now()));
    await waitUntil(() => history.shadowRoot!.textContent!.includes('Sessions (1)'), 'history did not update');
  });

  it('imports a file and reports the counts; clear asks first and deletes only on confirm', async () => {
    await t.store.add(holdRecord(Date.now() - DAY));
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    const input = history.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([JSON.stringify({ records: [holdRecord(Date.now()), { bad: true }] })], 'export.json');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => history.shadowRoot!.querySelector('.report')!.textContent!.includes('Imported 1 session'));
    expect(history.shadowRoot!.querySelector('.report')!.textContent).to.match(/1 rejected/);
    await waitUntil(() => history.shadowRoot!.textContent!.includes('Sessions (2)'));

    const buttons = () => [...history.shadowRoot!.querySelectorAll('button')];
    buttons()
      .find((b) => b.textContent!.trim() === 'Clear…')!
      .click();
    const dialog = history.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    buttons()
      .find((b) => b.textContent!.trim() === 'Cancel')!
      .click();
    expect(dialog.open).to.equal(false);
    expect((await t.store.list()).records).to.have.length(2);
    buttons()
      .find((b) => b.textContent!.trim() === 'Clear…')!
      .click();
    buttons()
      .find((b) => b.textContent!.trim() === 'Delete all')!
      .click();
    await waitUntil(async () => (await t.store.list()).records.length === 0);
  });

  it('shows only the summary at watch size', async () => {
    await t.store.add(holdRecord(Date.now()));
    const history = await fixture<KneeHistory>(html`<knee-history style="width: 200px" .store=${t.store}></knee-history>`);
    await history.ready;
    const details = history.shadowRoot!.querySelector('div.roomy') as HTMLElement;
    expect(getComputedStyle(details).display).to.equal('none');
    expect(history.shadowRoot!.textContent).to.contain('day streak');
  });

  it('lays out every summary figure the same way when roomy (number above its label)', async () => {
    const history = await fixture<KneeHistory>(html`<knee-history style="width: 400px" .store=${t.store}></knee-history>`);
    await history.ready;
    const figures = [...history.shadowRoot!.querySelectorAll<HTMLElement>('.figure')];
    expect(figures).to.have.length(4);
    expect(figures.map((f) => [getComputedStyle(f).display, getComputedStyle(f).flexDirection])).to.deep.equal(Array(4).fill(['flex', 'column']));
  });
});
