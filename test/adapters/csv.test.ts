import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/adapters/csv.js';
import { AdapterError } from '../../src/adapters/location.js';

const rowsOf = (text: string, delimiter?: ',' | ';' | '\t' | 'auto') => readCsv(text, { source: 'x.csv', ...(delimiter ? { delimiter } : {}) });

/** The message a malformed file throws with. */
function errorOf(text: string, delimiter?: ',' | ';' | '\t'): string {
  try {
    rowsOf(text, delimiter);
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return (error as Error).message;
  }
  throw new Error('expected an AdapterError');
}

describe('adapters: readCsv', () => {
  describe('format variants', () => {
    const expected = [
      ['d1', 'Acme', '1000'],
      ['d2', 'Globex', '2500.5'],
    ];

    it('reads plain comma-separated text with LF', () => {
      const file = rowsOf('id,name,amount\nd1,Acme,1000\nd2,Globex,2500.5\n');
      expect(file.delimiter).to.equal(',');
      expect(file.header).to.deep.equal(['id', 'name', 'amount']);
      expect(file.records).to.deep.equal(expected);
      expect(file.given).to.equal(2);
      expect(file.problems).to.deep.equal([]);
    });

    it('drops a byte-order mark, so the first column is still called id', () => {
      const file = rowsOf('\ufeffid,name,amount\r\nd1,Acme,1000\r\nd2,Globex,2500.5\r\n');
      expect(file.header[0]).to.equal('id');
      expect(file.records).to.deep.equal(expected);
    });

    it('sniffs ";" and tab from the header, and takes a given delimiter', () => {
      expect(rowsOf('id;name;amount\nd1;Acme;1000\nd2;Globex;2500.5').delimiter).to.equal(';');
      expect(rowsOf('id;name;amount\nd1;Acme;1000\nd2;Globex;2500.5').records).to.deep.equal(expected);
      const tabs = rowsOf('id\tname\tamount\nd1\tAcme\t1000\nd2\tGlobex\t2500.5');
      expect(tabs.delimiter).to.equal('\t');
      expect(tabs.records).to.deep.equal(expected);
      // A decimal comma in a ";" file is data, not a delimiter.
      expect(rowsOf('id;amount\nd1;1,5', ';').records).to.deep.equal([['d1', '1,5']]);
    });

    it('reads CRLF, lone CR and no final line break alike', () => {
      for (const eol of ['\r\n', '\r', '\n']) {
        const file = rowsOf(['id,name,amount', 'd1,Acme,1000', 'd2,Globex,2500.5'].join(eol));
        expect(file.records, JSON.stringify(eol)).to.deep.equal(expected);
        expect(file.locate(1).line, JSON.stringify(eol)).to.equal(3);
      }
    });

    it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
      const file = rowsOf('id,name,note\r\n"d1","Acme, Inc.","said ""yes"""\r\nd2,"two\r\nlines","a,b"\r\nd3,x,y\r\n');
      expect(file.records).to.deep.equal([
        ['d1', 'Acme, Inc.', 'said "yes"'],
        ['d2', 'two\r\nlines', 'a,b'],
        ['d3', 'x', 'y'],
      ]);
      // d3's record starts on line 5: the quoted line break in d2 took a line.
      expect(file.locate(2)).to.deep.equal({ source: 'x.csv', line: 5 });
      expect(file.locate(1, 2)).to.deep.equal({ source: 'x.csv', line: 4, column: 3, name: 'note' });
    });

    it('keeps a quote inside an unquoted field as data, as spreadsheets do', () => {
      expect(rowsOf('id,size\nd1,27" screen\n').records).to.deep.equal([['d1', '27" screen']]);
    });

    it('skips blank lines and counts lines across them', () => {
      const file = rowsOf('\nid,amount\n\nd1,1\n\n\nd2,2\n\n');
      expect(file.headerLine).to.equal(2);
      expect(file.records).to.deep.equal([
        ['d1', '1'],
        ['d2', '2'],
      ]);
      expect([file.locate(0).line, file.locate(1).line]).to.deep.equal([4, 7]);
      expect(file.given).to.equal(2);
    });

    it('trims header names and ignores empty fields past the header (a trailing delimiter)', () => {
      const file = rowsOf(' id , amount \nd1,1,\nd2,2,,\n');
      expect(file.header).to.deep.equal(['id', 'amount']);
      expect(file.records).to.deep.equal([
        ['d1', '1'],
        ['d2', '2'],
      ]);
    });

    it('reads an empty file as no header and no records', () => {
      const file = rowsOf('');
      expect(file.header).to.deep.equal([]);
      expect(file.records).to.deep.equal([]);
    });

    it('streams records to onRecord instead of keeping them', () => {
      const seen: string[] = [];
      let header: readonly string[] = [];
      const file = readCsv('a,b\n1,2\n3,4\n', { onHeader: (h) => (header = h), onRecord: (record, index) => seen.push(`${index}:${record.join('|')}`) });
      expect(header).to.deep.equal(['a', 'b']);
      expect(seen).to.deep.equal(['0:1|2', '1:3|4']);
      expect(file.records).to.deep.equal([]);
      expect(file.locate(1).line).to.equal(3);
    });
  });

  describe('malformed files, each with its located message', () => {
    it('stray quote: an opening quote that never closes', () => {
      expect(errorOf('id,name,amount\nd1,Acme,1000\nd2,"Globex,2500\nd3,Initech,300\n')).to.equal(
        'x.csv:3:2 (name): stray quote: this field opens with a quote that is never closed (inside a quoted field, write a quote as "")',
      );
    });

    it('stray quote: text after a closing quote', () => {
      expect(errorOf('id,name,amount\r\nd1,"Acme" Inc,1000\r\n')).to.equal('x.csv:2:2 (name): stray quote: text follows the closing quote in "Acme" Inc (inside quotes, write a quote as "")');
    });

    it('stray quote after a multi-line field is located on its own line', () => {
      expect(errorOf('id,note,amount\nd1,"one\ntwo",5\nd2,"x"y,6\n')).to.equal('x.csv:4:2 (note): stray quote: text follows the closing quote in "x"y (inside quotes, write a quote as "")');
    });

    it('wrong delimiter: the header is one column under the given delimiter', () => {
      expect(errorOf('id;name;amount\nd1;Acme;1000\n', ',')).to.equal('x.csv:1: the header is one column when split at ",", but it is separated by ";" ("id;name;amount"): read the file with delimiter ";" or "auto"');
    });

    it('wrong delimiter: a title line above a ";" file', () => {
      expect(errorOf('Deals report\nid;name;amount\nd1;Acme;1000\n')).to.equal('x.csv:1: the first line, "Deals report", is one column, but the lines after it are separated by ";": a CSV file must start with its header line, separated like the rest');
    });

    it('wrong delimiter in the rows: each short row is left out with a hint', () => {
      const file = rowsOf('id,name,amount\nd1;Acme;1000\nd2,Globex,5\n');
      expect(file.records).to.deep.equal([['d2', 'Globex', '5']]);
      expect(file.problems).to.deep.equal([{ path: 'x.csv:2', rule: 'column-length', message: '1 field where the header has 3; the line looks separated by ";"' }]);
      expect(file.given).to.equal(2);
    });

    it('a record with fields missing, or extra ones that are not empty, is left out and listed', () => {
      const file = rowsOf('id,name,amount\nd1,Acme\nd2,Globex,5,extra\nd3,Initech,7\n');
      expect(file.records).to.deep.equal([['d3', 'Initech', '7']]);
      expect(file.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['x.csv:2: 2 fields where the header has 3', 'x.csv:3: 4 fields where the header has 3']);
    });

    it('refuses an unknown delimiter option', () => {
      expect(() => readCsv('a|b', { delimiter: '|' as ',' })).to.throw(RangeError, 'unknown CSV delimiter: "|"');
    });
  });
});
