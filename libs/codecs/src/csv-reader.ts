import { invalidRequest } from '@modelserve/common';
import { scanDecimal, scannedValue } from './decimal';

/** Numeric CSV rows read into one run of float64 values, row-major. */
export interface CsvRows {
  values: Float64Array;
  rows: number;
  width: number;
  /** The line (0-based, blank lines counted) each row started on, for error messages. */
  lineOfRow: Uint32Array;
}

export interface CsvReadOptions {
  /** Cells every row must have; without it, the first row sets the width. */
  width?: number;
  /** The value of a cell that is not a plain decimal number (quoted, "true", "Infinity"...), or an error. */
  text(cell: string, line: number): number;
  /** The error for a row with more cells than `width`, raised as soon as the extra cell is seen. */
  tooWide(line: number, width: number): Error;
  /** The error for a row with fewer cells than the others. */
  tooNarrow(line: number, width: number, cells: number): Error;
}

const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isRecordEnd = (c: number | undefined) => c === LF || c === CR || c === undefined;

/**
 * Reads CSV as csv-parse does with `trim`, `skip_empty_lines` and quotes per RFC 4180, but straight
 * from bytes into numbers: a plain numeric cell never becomes a string. A row longer than the width
 * is refused at its first extra cell, so an oversized row costs no more than the cells it is allowed.
 * The fuzz test in csv-reader.spec.ts holds it to csv-parse's reading of the same text.
 */
export function readCsvRows(bytes: Uint8Array, options: CsvReadOptions): CsvRows {
  const end = bytes.length;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let values = new Float64Array(Math.min(1 << 16, (end >> 1) + 2));
  let count = 0;
  let lineOfRow = new Uint32Array(64);
  let width = options.width;
  let rows = 0;
  let line = 0;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;

  const push = (value: number) => {
    if (count === values.length) values = grown(values);
    values[count++] = value;
  };

  while (pos < end) {
    // A blank line (or one of spaces only) holds no record.
    let probe = pos;
    while (probe < end && isBlank(bytes[probe])) probe++;
    if (isRecordEnd(bytes[probe])) {
      pos = endOfLine(bytes, probe);
      line++;
      continue;
    }
    const recordLine = line;
    let cells = 0;
    for (;;) {
      while (isBlank(bytes[pos])) pos++;
      if (width !== undefined && cells === width) throw options.tooWide(recordLine, width);
      if (bytes[pos] === QUOTE) {
        const [cell, next, newlines] = quotedCell(text, pos, recordLine);
        line += newlines;
        pos = next;
        while (isBlank(bytes[pos])) pos++;
        if (bytes[pos] !== COMMA && !isRecordEnd(bytes[pos])) {
          throw invalidRequest(`the CSV body cannot be parsed: unexpected text after a closing quote on line ${line + 1}`);
        }
        push(options.text(cell, recordLine));
      } else {
        const start = pos;
        // Most cells are plain numbers: read one and check that the cell ends there.
        const next = scanDecimal(bytes, pos, end, false);
        if (next >= 0) {
          let after = next;
          while (after < end && isBlank(bytes[after])) after++;
          if (after >= end || bytes[after] === COMMA || bytes[after] === LF || bytes[after] === CR) {
            if (count === values.length) values = grown(values);
            values[count++] = scannedValue;
            pos = after;
            cells++;
            if (bytes[pos] !== COMMA) break;
            pos++;
            continue;
          }
        }
        let c = bytes[pos];
        while (c !== COMMA && c !== LF && c !== CR && c !== undefined) {
          if (c === QUOTE) throw invalidRequest(`the CSV body cannot be parsed: a quote inside an unquoted cell on line ${line + 1}`);
          c = bytes[++pos];
        }
        let last = pos;
        while (last > start && isBlank(bytes[last - 1])) last--;
        const scanned = last > start ? scanDecimal(bytes, start, last, false) : -1;
        push(scanned === last ? scannedValue : options.text(text.toString('utf8', start, last), recordLine));
      }
      cells++;
      if (bytes[pos] !== COMMA) break;
      pos++;
    }
    if (width === undefined) width = cells;
    else if (cells !== width) throw options.tooNarrow(recordLine, width, cells);
    if (rows === lineOfRow.length) {
      const larger = new Uint32Array(rows * 2);
      larger.set(lineOfRow);
      lineOfRow = larger;
    }
    lineOfRow[rows++] = recordLine;
    pos = endOfLine(bytes, pos);
    line++;
  }
  return { values: values.subarray(0, count), rows, width: width ?? 0, lineOfRow: lineOfRow.subarray(0, rows) };
}

function grown(values: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}

/** Past the record delimiter at `pos`: \n, \r\n or \r. */
function endOfLine(bytes: Uint8Array, pos: number): number {
  if (bytes[pos] === CR) return bytes[pos + 1] === LF ? pos + 2 : pos + 1;
  return bytes[pos] === LF ? pos + 1 : pos;
}

/** A quoted cell starting at `pos`: its text ("" read as "), the index past the closing quote, and the newlines inside. */
function quotedCell(text: Buffer, pos: number, line: number): [string, number, number] {
  let cell = '';
  let from = pos + 1;
  let newlines = 0;
  for (let i = from; ; i++) {
    const c = text[i];
    if (c === undefined) throw invalidRequest(`the CSV body cannot be parsed: a quote opened on line ${line + 1} is never closed`);
    if (c === LF) newlines++;
    if (c !== QUOTE) continue;
    cell += text.toString('utf8', from, i);
    if (text[i + 1] === QUOTE) {
      cell += '"';
      from = i + 2;
      i++;
      continue;
    }
    return [cell, i + 1, newlines];
  }
}
