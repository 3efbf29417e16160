// History says what happened as it happened: a few seconds are not "1 min", a refused import
// leaves no "Importing…", pain scores sit at their dates, a single run still shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-history/knee-history.js';
import '../../components/knee-library/knee-library.js';
import { durationWords, type KneeHistory } from '../../components/knee-history/knee-history.js';
import type { KneeLibrary } from '../../components/knee-library/knee-library.js';
import type { HoldSessionRecord } from '../../src/session-record.js';
import { cadenceRecord, holdRecord, useTestStore } from '../helpers/records.js';

const DAY = 86_400_000;

function chooseFile(history: KneeHistory, text: string) {
  const input = history.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'export.json'));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('an honest history', function () {
  this.timeout(20000);
  const t = useTestStore();

  it('says a session of a few seconds in seconds, not "1 min"', async () => {
    expect([0, 1, 4, 59, 60, 80, 599, 600, 2100].map(durationWords)).to.deep.equal([
      '0 s',
      '1 s',
      '4 s',
      '59 s',
      '1 min',
      '1 min 20 s',
      '9 min 59 s',
      '10 min',
      '35 min',
    ]);
    const short = { ...(holdRecord(Date.now() - DAY) as HoldSessionRecord) };
    await t.store.add({ ...short, endedAt: short.startedAt + 3_000 });
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    await waitUntil(() => history.shadowRoot!.querySelector('dl'));
    expect(history.shadowRoot!.querySelector('dl')!.textContent).to.match(/Duration\s*3 s/);
  });

  it('a refused import leaves its reason and no "Importing…"', async () => {
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    chooseFile(history, 'not json at all');
    await waitUntil(() => history.shadowRoot!.querySelector('[role="alert"]'), 'no reason given');
    expect(history.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/not a Kneebeat export/);
    expect(history.shadowRoot!.textContent).to.not.contain('Importing');
  });

  it('places pain scores at their dates, and shows a single run', async () => {
    for (const back of [20, 19, 2]) await t.store.add(holdRecord(Date.now() - back * DAY, { before: 4, after: 2 }));
    await t.store.add(cadenceRecord(Date.now() - DAY));
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store} style="width: 400px"></knee-history>`);
    await history.ready;
    await waitUntil(() => history.shadowRoot!.querySelector('[part="pain-chart"]'));
    const xs = [...history.shadowRoot!.querySelectorAll<SVGCircleElement>('[part="pain-chart"] .after-dot')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).to.have.length(3);
    // A one-day gap and an 17-day gap: the second is 17 times the first.
    expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).to.be.closeTo(17, 0.01);
    expect(history.shadowRoot!.querySelectorAll('[part="cadence-chart"] .before-dot')).to.have.length(1);
  });

  it('an exercise filter with no match says so', async () => {
    const library = await fixture<KneeLibrary>(html`<knee-library .level=${1} .area=${'core'}></knee-library>`);
    await waitUntil(() => library.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('No exercise'), 'nothing said');
    expect(library.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(0);
  });
});
