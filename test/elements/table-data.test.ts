import { expect } from '@open-wc/testing';
import { toCsv } from '../../src/elements/shared/table-data.js';

describe('toCsv', () => {
  it('quotes per RFC 4180 and writes numbers and empty cells plainly', () => {
    const csv = toCsv({ columns: [{ label: 'Stage' }, { label: 'Deals' }, { label: 'Rate' }], rows: [['Lead, "hot"', 12, 0.5], ['Line\nbreak', null, NaN]] });
    expect(csv).to.equal('Stage,Deals,Rate\r\n"Lead, ""hot""",12,0.5\r\n"Line\nbreak",,\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv({ columns: [{ label: 'Stage' }], rows: [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['plain']] });
    expect(csv.split('\r\n').slice(1, 6)).to.deep.equal(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2", "'@SUM(A1)", 'plain']);
  });
});
