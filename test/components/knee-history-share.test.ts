// History's "Share with my physio": the report printed on its own (a frame holding only the
// report) and the FHIR data as a file, both for the period chosen, read from the store.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-history/knee-history.js';
import type { KneeHistory } from '../../components/knee-history/knee-history.js';
import type { FhirBundle } from '../../src/report/fhir.js';
import { holdRecord, useTestStore } from '../helpers/records.js';

const DAY = 86_400_000;
const buttonNamed = (history: KneeHistory, name: string) =>
  [...history.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;

describe('share with my physio', function () {
  this.timeout(30000);
  const t = useTestStore();
  afterEach(() => document.getElementById('kneebeat-print')?.remove());

  it('prints a report of the chosen weeks in a frame of its own', async () => {
    // One session 3 weeks ago, one 6 weeks ago (outside 4 weeks, inside 8).
    await t.store.add(holdRecord(Date.now() - 21 * DAY, { before: 3, after: 2 }));
    await t.store.add(holdRecord(Date.now() - 42 * DAY, { before: 9, after: 9 }));
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    buttonNamed(history, 'Print report').click();
    await waitUntil(() => document.getElementById('kneebeat-print')?.getAttribute('srcdoc'), 'no report frame');
    let frame = document.getElementById('kneebeat-print') as HTMLIFrameElement;
    expect(frame.srcdoc).to.contain('Knee rehabilitation report').and.contain('<b>1</b> sessions');
    // Eight weeks take in the older session and its severe pain.
    const select = history.shadowRoot!.querySelector('select')!;
    select.value = '8';
    select.dispatchEvent(new Event('change'));
    await history.updateComplete;
    buttonNamed(history, 'Print report').click();
    await waitUntil(() => document.getElementById('kneebeat-print') !== frame && document.getElementById('kneebeat-print'), 'no new frame');
    frame = document.getElementById('kneebeat-print') as HTMLIFrameElement;
    expect(frame.srcdoc).to.contain('<b>2</b> sessions').and.contain('Pain 9/10');
    expect(document.querySelectorAll('#kneebeat-print')).to.have.length(1);
  });

  it('hands over the data as a FHIR bundle (a download where the system cannot share files)', async () => {
    await t.store.add(holdRecord(Date.now() - 2 * DAY, { before: 3, after: 2 }));
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    await history.ready;
    // Where this browser could share files, it is told it cannot: the download is what is tested.
    const canShare = 'canShare' in navigator ? sinon.stub(navigator, 'canShare').returns(false) : null;
    const clicks = sinon.stub(HTMLAnchorElement.prototype, 'click');
    try {
      buttonNamed(history, 'Share data (FHIR)').click();
      await waitUntil(() => clicks.callCount === 1, 'no download');
      const link = clicks.firstCall.thisValue as HTMLAnchorElement;
      expect(link.download).to.match(/^kneebeat-fhir-\d{4}-\d\d-\d\d\.json$/);
      const bundle = (await (await fetch(link.href)).json()) as FhirBundle;
      expect(bundle.resourceType).to.equal('Bundle');
      expect(bundle.entry.map((e) => e.resource.valueQuantity?.value)).to.deep.equal([1.33, 3, 2]);
      await waitUntil(() => history.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('saved to your downloads'));
    } finally {
      clicks.restore();
      canShare?.restore();
    }
  });
});
