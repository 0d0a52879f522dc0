import { invalidInput } from '@modelserve/common';
import type { Readable } from 'node:stream';

export interface Line {
  text: string;
  /** 1-based line number in the (decompressed) object. */
  number: number;
  /** Byte offset just past this line's newline: where reading resumes after it. */
  end: number;
}

export interface LinePosition {
  /** Lines already read before the stream's first byte. */
  line: number;
  /** Bytes already read before the stream's first byte. */
  byte: number;
}

/**
 * Splits a byte stream into lines (LF or CRLF), yielding them a chunk at a time so that a large
 * object costs one await per chunk, not per line. Memory holds one chunk and one partial line; a
 * line longer than `maxLineBytes` fails the stream rather than growing without bound.
 */
export async function* readLines(stream: Readable, start: LinePosition, maxLineBytes: number): AsyncGenerator<Line[]> {
  let carry: Buffer | undefined;
  let byte = start.byte;
  let number = start.line;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const data = carry ? Buffer.concat([carry, chunk]) : chunk;
    const lines: Line[] = [];
    let from = 0;
    for (let newline = data.indexOf(10, from); newline !== -1; newline = data.indexOf(10, from)) {
      number++;
      byte += newline + 1 - from;
      lines.push({ text: textOf(data, from, newline), number, end: byte });
      from = newline + 1;
    }
    carry = from < data.length ? data.subarray(from) : undefined;
    if (carry && carry.length > maxLineBytes) {
      throw invalidInput(`line ${number + 1} is longer than ${maxLineBytes} bytes (maxPayloadMB); records must be split by lines`);
    }
    if (lines.length) yield lines;
  }
  if (carry?.length) yield [{ text: textOf(carry, 0, carry.length), number: number + 1, end: byte + carry.length }];
}

const textOf = (data: Buffer, from: number, to: number) => data.toString('utf8', from, to > from && data[to - 1] === 13 ? to - 1 : to);
