import { expect } from '@open-wc/testing';
import { adaptCsv } from '../../src/adapters/field-map.js';
import { cdnowOrders } from '../../src/adapters/presets/cdnow.js';
import { crmSalesOpportunities } from '../../src/adapters/presets/crm-sales-opportunities.js';
import { onlineRetailOrders } from '../../src/adapters/presets/online-retail.js';
import { telcoChurn } from '../../src/adapters/presets/telco.js';
import { formatProblem } from '../../src/schema/index.js';
import { cdnowDataset, parseCdnow } from '../realdata/cdnow.js';
import { crmPipelineDataset } from '../realdata/crm-pipeline.js';
import { parseCsv } from '../realdata/csv.js';
import { loadFixture, loadShared } from '../realdata/load.js';
import { onlineRetailDataset } from '../realdata/online-retail.js';
import { telcoDataset } from '../realdata/telco.js';

// Each refdata preset must give exactly the dataset of the reference conversion the real-data
// tests were checked with (test/realdata/), on the real files.
describe('adapters: presets for the reference data sets equal the reference conversions', function () {
  this.timeout(180_000);

  it('CDNOW: cdnowOrders on cdnow-master.txt', async () => {
    const text = await loadFixture('cdnow-master.txt.gz');
    const { dataset, problems, rows } = cdnowOrders(text, { source: 'CDNOW_master.txt' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 69_659, kept: 69_659 });
    expect(dataset).to.deep.equal(cdnowDataset(parseCdnow(text)));
  });

  it('Telco churn: telcoChurn on telco-churn.csv', async () => {
    const text = await loadFixture('telco-churn.csv.gz');
    const { dataset, problems, rows } = telcoChurn(text, { source: 'Telco-Customer-Churn.csv' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 7_043, kept: 7_043 });
    expect(dataset).to.deep.equal(telcoDataset(parseCsv(text)));
  });

  it('Online Retail: onlineRetailOrders on online-retail.csv, with every line left out listed', async () => {
    const text = await loadFixture('online-retail.csv.gz');
    const { dataset, problems, rows } = onlineRetailOrders(text, { source: 'online-retail.csv' });
    const reference = onlineRetailDataset(parseCsv(text, ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID']));
    expect(dataset.orders?.length).to.equal(reference.dataset.orders?.length);
    expect(dataset).to.deep.equal(reference.dataset);
    expect(problems.length).to.equal(reference.linesWithoutCustomer);
    expect(problems.length).to.equal(135_080);
    expect(rows).to.deep.equal({ given: 541_909, kept: 541_909 - 135_080 });
    expect(problems.every((p) => p.rule === 'required' && p.table === 'orders')).to.equal(true);
    expect(formatProblem(problems[0] as (typeof problems)[number])).to.match(/^online-retail\.csv:\d+:7 \(CustomerID\): no CustomerID, so the line cannot be tied to a customer$/);
  });

  it('CRM Sales Opportunities: the crmSalesOpportunities field map on ../shared sales_pipeline.csv', async function () {
    const text = await loadShared('crm-sales-opportunities/sales_pipeline.csv');
    if (text === null) {
      console.warn('../shared/refdata/crm-sales-opportunities is absent: skipped');
      this.skip();
    }
    const { dataset, problems, rows } = adaptCsv(text, crmSalesOpportunities(), { source: 'sales_pipeline.csv' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 8_800, kept: 8_800 });
    expect(dataset).to.deep.equal(crmPipelineDataset(parseCsv(text)));
  });

  it('the presets report malformed lines with their location instead of throwing', () => {
    const cdnow = cdnowOrders(' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970231  1   12.00\r\n 00003 19970105 x 3\r\n 00004\r\n', { source: 'cdnow.txt' });
    expect(cdnow.problems.map(formatProblem)).to.deep.equal([
      'cdnow.txt:3:2 (date): "19970231" is not a date in yyyymmdd',
      'cdnow.txt:4:3 (number_of_cds): "x" is not a count of CDs',
      'cdnow.txt:5: 1 field where CDNOW lines have 4 (customer_id, date, number_of_cds, dollar_value)',
    ]);
    expect(cdnow.dataset.orders).to.deep.equal([{ id: 'cdnow-1', accountId: '00001', at: '1997-01-01', amount: 11.77, items: 1 }]);
    expect(() => cdnowOrders('id,date\n1,2\n')).to.throw('CDNOW_master.txt:1: not a CDNOW file');
    const telco = telcoChurn('customerID,tenure,Contract,MonthlyCharges,Churn\nA,12,One year,50.5,No\nB,-1,Two year,20,No\nC,3,Month-to-month,30,Maybe\n', { source: 'telco.csv' });
    expect(telco.problems.map(formatProblem)).to.deep.equal(['telco.csv:3:2 (tenure): "-1" is not a whole number of months', 'telco.csv:4:5 (Churn): "Maybe" is not Yes or No']);
    expect(telco.dataset).to.deep.equal({ accounts: [{ id: 'A', segment: 'One year', createdAt: '2017-01-01' }], subscriptions: [{ id: 'sub-A', accountId: 'A', start: '2017-01-01', amount: 50.5 }] });
    expect(() => onlineRetailOrders('InvoiceNo,Quantity\n1,2\n', { source: 'or.csv' })).to.throw('or.csv:1: no column "InvoiceDate"');
  });
});
