import { expect } from '@open-wc/testing';
import { parseCsv, readCsvRecords } from './csv.js';

const records = (text: string) => {
  const out: string[][] = [];
  readCsvRecords(text, (fields) => out.push(fields.slice()));
  return out;
};

describe('realdata csv reader', () => {
  it('reads quoted fields: commas, doubled quotes and line breaks inside quotes are data', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",""\r\n';
    expect(records(text)).to.deep.equal([['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['2', 'two\nlines', '']]);
  });

  it('takes LF, CRLF or CR line ends, an optional last line break, empty fields and a BOM', () => {
    expect(records('\uFEFFa,b\n1,\n,2')).to.deep.equal([['a', 'b'], ['1', ''], ['', '2']]);
    expect(records('a,b\r1,2\r')).to.deep.equal([['a', 'b'], ['1', '2']]);
    expect(records('a,b\n\n1,2\n')).to.deep.equal([['a', 'b'], ['1', '2']]);
    expect(records('a,b\n1,')).to.deep.equal([['a', 'b'], ['1', '']]);
  });

  it('reads columns by header name', () => {
    const csv = parseCsv('InvoiceNo,Description,Quantity\n536381,"AIRLINE LOUNGE,METAL SIGN",2\nC536379,Discount,-1\n');
    expect(csv.length).to.equal(2);
    expect(csv.column('Description')).to.deep.equal(['AIRLINE LOUNGE,METAL SIGN', 'Discount']);
    expect(csv.column('InvoiceNo')).to.deep.equal(['536381', 'C536379']);
    expect(() => csv.column('Price')).to.throw(RangeError, /no column "Price"/);
  });

  it('refuses malformed input with its line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).to.throw(SyntaxError, /line 2: unterminated/);
    expect(() => parseCsv('a,b\n1,x"y\n')).to.throw(SyntaxError, /line 2: a quote inside an unquoted field/);
    expect(() => parseCsv('a,b\n1,"x"y\n')).to.throw(SyntaxError, /line 2: text after a closing quote/);
    expect(() => parseCsv('a,b\n1,"x\ny"\n1,2,3\n')).to.throw(SyntaxError, /line 4: 3 fields where the header has 2/);
  });
});
