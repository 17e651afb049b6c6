import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resultToCsv } from '@/components/sql/result-to-csv';
import { resultToRecords } from '@/components/sql/result-to-records';

const columns = [{ name: 'service' }, { name: 'samples' }, { name: 'stack' }, { name: 'note' }];

describe('resultToCsv', () => {
  it('writes a header row, then a CRLF-ended line per row', () => {
    const csv = resultToCsv(columns, [['checkout', '20', ['main', 'run'], null]]);
    assert.equal(csv, 'service,samples,stack,note\r\ncheckout,20,"[""main"",""run""]",\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks, and only those', () => {
    const csv = resultToCsv([{ name: 'a,b' }, { name: 'text' }], [['x', 'say "hi"\nbye']]);
    assert.equal(csv, '"a,b",text\r\nx,"say ""hi""\nbye"\r\n');
  });

  it('writes the header alone for a result without rows', () => {
    assert.equal(resultToCsv(columns, []), 'service,samples,stack,note\r\n');
  });
});

describe('resultToRecords', () => {
  it('keys each row by column name, keeping the values as the API sent them', () => {
    assert.deepEqual(resultToRecords(columns, [['checkout', '20', ['main'], null]]), [
      { service: 'checkout', samples: '20', stack: ['main'], note: null },
    ]);
  });
});
