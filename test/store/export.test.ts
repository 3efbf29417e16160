import { expect } from '@open-wc/testing';
import { csvCell, exportCSV, exportJSON } from '../../src/store/export.js';
import { validateRecord } from '../../src/store/validate.js';
import { cadenceRecord, holdRecord } from '../helpers/records.js';

const T0 = Date.UTC(2026, 10, 1, 9);

describe('export', () => {
  it('writes JSON that validates back record for record', () => {
    const records = [holdRecord(T0, { before: 3, after: 1 }), cadenceRecord(T0 + 1000)];
    const file = JSON.parse(exportJSON(records, T0));
    expect(file).to.include({ format: 'kneebeat-sessions', version: 1, exportedAt: '2026-11-01T09:00:00.000Z' });
    expect(file.records.map((r: unknown) => validateRecord(r))).to.deep.equal(records.map((record) => ({ ok: true, record })));
  });

  it("writes a CSV row per session with the kind's own columns", () => {
    const hold = holdRecord(T0, { before: 3, after: 1 });
    const csv = exportCSV([hold, cadenceRecord(T0 + 1000)]).split('\r\n');
    expect(csv[0]).to.equal(
      'id,kind,exercise,started,ended,duration_s,complete,bpm,beats,hold_s,reps_planned,sets,sides,reps_done,time_under_tension_s,exercises_done,pain_before,pain_during,pain_after',
    );
    expect(csv[1]).to.equal(`${hold.id},hold,quad-set,2026-11-01T09:00:00.000Z,2026-11-01T09:01:20.000Z,80,true,,,5,10,1,one,10,50,,3,,1`);
    expect(csv[2]).to.match(/,cadence,run-cadence,.*,172,5130,/);
    expect(csv).to.have.length(4); // header, two rows, final empty line
  });

  it('escapes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(null)).to.equal('');
  });
});
