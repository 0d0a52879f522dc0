import { seededRandom as random } from '@modelserve/testing';
import { parse as parseCsv } from 'csv-parse/sync';
import { readCsvRows } from './csv-reader';
import { parseCell } from './request-decoder';

/** How the decoder reads a cell that is not a plain number; NaN stands for a refused cell here. */
const cellValue = (cell: string) => {
  const value = parseCell(cell);
  return typeof value === 'number' ? value : NaN;
};

const read = (text: string) =>
  readCsvRows(Buffer.from(text), {
    text: (cell) => cellValue(cell),
    tooWide: () => new Error('too wide'),
    tooNarrow: () => new Error('too narrow'),
  });

/** The same text as csv-parse reads it with the options the decoder used before the byte reader. */
const reference = (text: string) => {
  const records = parseCsv(text, { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  return records.map((cells) => cells.map(cellValue));
};

describe('readCsvRows', () => {
  it('reads what csv-parse reads, on random numeric CSV with quotes, blanks and CRLF (fuzz)', () => {
    const r = random(11);
    const cellText = () =>
      r.pick([
        () => String(r.int(1000)),
        () => (r.next() * 200 - 100).toPrecision(1 + r.int(17)),
        () => r.pick(['1e5', '-2.5E-3', '+4', '.5', '5.', '007', '-0', 'Infinity', 'true', 'x', '', '0x1f', '1e400']),
      ])();
    for (let i = 0; i < 5_000; i++) {
      const width = 1 + r.int(6);
      const lines: string[] = [];
      for (let row = r.int(5); row >= 0; row--) {
        if (r.next() < 0.1) lines.push('');
        const cells = Array.from({ length: width }, () => {
          const text = cellText();
          const padded = (r.next() < 0.2 ? ' ' : '') + text + (r.next() < 0.2 ? '\t' : '');
          return r.next() < 0.15 ? ` "${text.replace(/"/g, '""')}" ` : padded;
        });
        lines.push(cells.join(','));
      }
      const text = lines.join(r.pick(['\n', '\r\n'])) + (r.next() < 0.5 ? '\n' : '');
      const expected = reference(text);
      const got = read(text);
      const rows = Array.from({ length: got.rows }, (_, row) => Array.from(got.values.subarray(row * got.width, (row + 1) * got.width)));
      const same =
        rows.length === expected.length &&
        rows.every((cells, row) => cells.length === expected[row].length && cells.every((v, j) => Object.is(v, expected[row][j])));
      if (!same)
        throw new Error(`differs from csv-parse on ${JSON.stringify(text)}: ${JSON.stringify(rows)} vs ${JSON.stringify(expected)}`);
    }
  });

  it('reads quoted cells with doubled quotes, commas and line breaks inside', () => {
    const rows: string[] = [];
    readCsvRows(Buffer.from('"a,""b""\nc",2\n'), {
      text: (cell) => {
        rows.push(cell);
        return 0;
      },
      tooWide: () => new Error('too wide'),
      tooNarrow: () => new Error('too narrow'),
    });
    expect(rows).toEqual(['a,"b"\nc']);
  });

  it('numbers each row by the line it starts on, blank lines included', () => {
    const csv = read('1,2\n\n3,4\r\n\r\n5,6');
    expect(Array.from(csv.lineOfRow)).toEqual([0, 2, 4]);
  });
});
