import { invalidRequest } from '@modelserve/common';
import { scanDecimal, scannedValue } from './decimal';

/**
 * A rectangular array of numbers found in a JSON document, kept as its shape and a run of float64
 * values in row-major order, never as nested JS arrays. `[[1, 2], [3, 4]]` is one DenseArray of
 * shape [2, 2].
 */
export class DenseArray {
  constructor(
    /** Holds the values; while a document is read it may swap in a larger array. */
    private readonly store: { values: Float64Array },
    readonly start: number,
    readonly shape: readonly number[],
  ) {}

  /** A dense array over values already in hand. */
  static of(values: Float64Array, shape: readonly number[]): DenseArray {
    return new DenseArray({ values }, 0, shape);
  }

  /** The same values under another shape of the same size. */
  reshape(shape: readonly number[]): DenseArray {
    return new DenseArray(this.store, this.start, shape);
  }

  /** The first index of the first dimension: a number, or a dense array of the remaining dimensions. */
  first(): number | DenseArray {
    if (this.shape.length === 1) return this.store.values[this.start];
    return new DenseArray(this.store, this.start, this.shape.slice(1));
  }

  get size(): number {
    let size = 1;
    for (const dim of this.shape) size *= dim;
    return size;
  }

  /** The values, a view of the document's number store. */
  values(): Float64Array {
    return this.store.values.subarray(this.start, this.start + this.size);
  }

  /** The same values as nested JS arrays, for the rare paths that need them. */
  toNested(): unknown {
    const values = this.values();
    let index = 0;
    const nest = (depth: number): unknown[] => {
      const out = new Array<unknown>(this.shape[depth]);
      for (let i = 0; i < out.length; i++) out[i] = depth === this.shape.length - 1 ? values[index++] : nest(depth + 1);
      return out;
    };
    return nest(0);
  }
}

/** The numbers of a document, appended in document order. */
export class NumberStore {
  values = new Float64Array(64);
  count = 0;

  push(value: number) {
    if (this.count === this.values.length) {
      const larger = new Float64Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.count++] = value;
  }
}

export const isDenseArray = (value: unknown): value is DenseArray => value instanceof DenseArray;

/** Deeper nesting than any tensor or request needs; refusing it keeps the recursion bounded. */
const MAX_DEPTH = 64;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const describeByte = (c: number | undefined) =>
  c === undefined ? 'the end of the body' : c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;

/**
 * Reads a JSON document from bytes, as JSON.parse would, except that arrays of numbers come back as
 * DenseArrays. A key such as "__proto__" is an ordinary own key. Throws a 400 naming the position of
 * the first error. `numbers` may be a store reused from an earlier document whose dense arrays are no
 * longer needed (it is emptied first).
 */
export function readJson(bytes: Uint8Array, numbers = new NumberStore()): unknown {
  numbers.count = 0;
  return new JsonReader(bytes, numbers).document(0, bytes.length);
}

/** Several documents of one body (JSON Lines) into one store, so that the dense arrays of all of them stay valid. */
export class JsonReader {
  private pos = 0;
  private end = 0;
  private readonly text: Buffer;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly numbers = new NumberStore(),
  ) {
    this.text = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The document between byte `start` and `end`. */
  document(start: number, end: number): unknown {
    this.pos = start;
    this.end = end;
    const bytes = this.bytes;
    // A UTF-8 byte order mark is not JSON, but some clients send one.
    if (bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) this.pos += 3;
    this.skipSpace();
    if (this.pos >= this.end) throw invalidRequest('the body is empty; send a JSON document');
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.end) this.fail('after the JSON value');
    return value;
  }

  private fail(context: string): never {
    const c = this.pos < this.end ? this.bytes[this.pos] : undefined;
    throw invalidRequest(`the body is not valid JSON: unexpected ${describeByte(c)} at byte ${this.pos} ${context}`);
  }

  private skipSpace() {
    const bytes = this.bytes;
    const end = this.end;
    let pos = this.pos;
    while (pos < end) {
      const c = bytes[pos];
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) break;
      pos++;
    }
    this.pos = pos;
  }

  private value(depth: number): unknown {
    const c = this.pos < this.end ? this.bytes[this.pos] : undefined;
    if (c === OPEN_ARRAY) return this.array(depth + 1);
    if (c === OPEN_OBJECT) return this.object(depth + 1);
    if (c === QUOTE) return this.string();
    if (c === 0x74 /* t */) return this.literal('true', true);
    if (c === 0x66 /* f */) return this.literal('false', false);
    if (c === 0x6e /* n */) return this.literal('null', null);
    return this.number();
  }

  private number(): number {
    const next = scanDecimal(this.bytes, this.pos, this.end, true);
    if (next < 0) this.fail('where a value should be');
    this.pos = next;
    return scannedValue;
  }

  private literal(text: string, value: unknown): unknown {
    for (let i = 0; i < text.length; i++) {
      if (this.pos + i >= this.end || this.bytes[this.pos + i] !== text.charCodeAt(i)) {
        this.pos += i;
        this.fail('where a value should be');
      }
    }
    this.pos += text.length;
    return value;
  }

  private string(): string {
    const bytes = this.bytes;
    const start = this.pos;
    const end = this.end;
    let pos = start + 1;
    let escaped = false;
    let ascii = true;
    for (;;) {
      if (pos >= end) {
        this.pos = pos;
        this.fail('inside a string');
      }
      const c = bytes[pos];
      if (c === QUOTE) break;
      if (c >= 0x80) ascii = false;
      if (c < 0x20) {
        this.pos = pos;
        this.fail('inside a string (control characters must be escaped)');
      }
      if (c === BACKSLASH) {
        escaped = true;
        pos++;
      }
      pos++;
    }
    this.pos = pos + 1;
    if (!escaped) return ascii ? this.text.toString('latin1', start + 1, pos) : this.text.toString('utf8', start + 1, pos);
    try {
      return JSON.parse(this.text.toString('utf8', start, pos + 1)) as string;
    } catch {
      this.pos = start;
      this.fail('(a string with an invalid escape)');
    }
  }

  private object(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) this.fail(`(nesting deeper than ${MAX_DEPTH})`);
    this.pos++;
    const object: Record<string, unknown> = {};
    this.skipSpace();
    if (this.bytes[this.pos] === CLOSE_OBJECT) {
      this.pos++;
      return object;
    }
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] !== QUOTE) this.fail('where an object key should be');
      const key = this.string();
      this.skipSpace();
      if (this.bytes[this.pos] !== COLON) this.fail("where ':' should be");
      this.pos++;
      this.skipSpace();
      const value = this.value(depth);
      // As JSON.parse does: "__proto__" becomes an own key, not the object's prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
      else object[key] = value;
      this.skipSpace();
      const c = this.pos < this.end ? this.bytes[this.pos] : undefined;
      this.pos++;
      if (c === COMMA) continue;
      if (c === CLOSE_OBJECT) return object;
      this.pos--;
      this.fail("where ',' or '}' should be");
    }
  }

  /**
   * An array stays dense while its elements are all numbers, or all dense arrays of one shape; their
   * numbers are appended to the store in document order, which is row-major order. The first element
   * that breaks the pattern turns it into a JS array (of numbers and dense arrays already read).
   */
  private array(depth: number): DenseArray | unknown[] {
    if (depth > MAX_DEPTH) this.fail(`(nesting deeper than ${MAX_DEPTH})`);
    this.pos++;
    const start = this.numbers.count;
    // undefined: no element yet; null: elements are numbers; otherwise the shape of every element.
    let elementShape: readonly number[] | null | undefined;
    let length = 0;
    let plain: unknown[] | undefined;
    this.skipSpace();
    if (this.pos < this.end && this.bytes[this.pos] === CLOSE_ARRAY) {
      this.pos++;
      return new DenseArray(this.numbers, start, [0]);
    }
    for (;;) {
      this.skipSpace();
      const c = this.pos < this.end ? this.bytes[this.pos] : -1;
      if (plain) {
        plain.push(this.value(depth));
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const value = this.number();
        if (elementShape === undefined) elementShape = null;
        if (elementShape === null) this.numbers.push(value);
        else (plain = this.materialize(start, length, elementShape)).push(value);
      } else if (c === OPEN_ARRAY) {
        const element = this.array(depth + 1);
        if (element instanceof DenseArray && elementShape === undefined) elementShape = element.shape;
        if (!(element instanceof DenseArray) || !sameShape(elementShape, element.shape)) {
          plain = this.materialize(start, length, elementShape ?? null);
          plain.push(element);
        }
      } else {
        const value = this.value(depth);
        plain = this.materialize(start, length, elementShape ?? null);
        plain.push(value);
      }
      length++;
      this.skipSpace();
      const next = this.pos < this.end ? this.bytes[this.pos] : undefined;
      this.pos++;
      if (next === COMMA) continue;
      if (next === CLOSE_ARRAY) break;
      this.pos--;
      this.fail("where ',' or ']' should be");
    }
    if (plain) return plain;
    return new DenseArray(this.numbers, start, elementShape ? [length, ...elementShape] : [length]);
  }

  /** The first `length` elements of an array that stops being dense, as numbers or dense arrays. */
  private materialize(start: number, length: number, elementShape: readonly number[] | null): unknown[] {
    const out = new Array<unknown>(length);
    if (elementShape === null) {
      const values = this.numbers.values;
      for (let i = 0; i < length; i++) out[i] = values[start + i];
      return out;
    }
    const size = elementShape.reduce((a, b) => a * b, 1);
    for (let i = 0; i < length; i++) out[i] = new DenseArray(this.numbers, start + i * size, elementShape);
    return out;
  }
}

function sameShape(a: readonly number[] | null | undefined, b: readonly number[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A value from readJson with every DenseArray turned into nested arrays: what JSON.parse gives. */
export function toPlainJson(value: unknown): unknown {
  if (value instanceof DenseArray) return value.toNested();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainJson(item)]));
  }
  return value;
}
