// A 75,000-record (about 20 MB) import: parsed and written off the page's main thread, in
// chunks, with progress. (Its longest main-thread task is measured by `npm run bench`.)
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { exportJSON } from '../../src/store/export.js';
import { holdRecord, useTestStore } from '../helpers/records.js';

const TOTAL = 75_000;

describe('Session store: a 75,000-record import', function () {
  this.timeout(180_000);
  const t = useTestStore();
  afterEach(() => sinon.restore());

  it('parses the file in a worker (never on the page), writes in chunks with progress, and stores every record', async () => {
    const now = Date.now();
    const file = exportJSON(Array.from({ length: TOTAL }, (_, i) => holdRecord(now - i * 3_600_000)));
    expect(file.length).to.be.above(15e6);
    const parse = sinon.spy(JSON, 'parse');
    const progress: [number, number][] = [];
    // The file as the file picker gives it: a Blob, which the worker reads itself.
    const report = await t.store.importJSON(new Blob([file]), { onProgress: (written, total) => progress.push([written, total]) });
    // The page itself never parsed the file: the worker did.
    expect(parse.getCalls().some((call) => typeof call.args[0] === 'string' && call.args[0].length > 1e6)).to.equal(false);
    expect(report).to.include({ added: TOTAL, rejected: 0, duplicates: 0 });
    expect(progress.length).to.be.at.least(TOTAL / 2000);
    expect(progress.at(-1)).to.deep.equal([TOTAL, TOTAL]);
    expect(progress.every(([w], i) => i === 0 || w > progress[i - 1]![0])).to.equal(true);
    expect(await t.store.startTimes()).to.have.length(TOTAL);
  });

  it('imports on the page in chunks where no worker can start', async () => {
    sinon.stub(window, 'Worker').throws(new DOMException('blocked by the page', 'SecurityError'));
    const now = Date.now();
    const file = exportJSON(Array.from({ length: 5000 }, (_, i) => holdRecord(now - i * 3_600_000)));
    const progress: number[] = [];
    const report = await t.store.importJSON(file, { onProgress: (written) => progress.push(written) });
    expect(report.added).to.equal(5000);
    expect(progress).to.deep.equal([2000, 4000, 5000]);
  });
});
