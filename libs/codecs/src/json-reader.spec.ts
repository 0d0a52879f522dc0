import { seededRandom as random, type SeededRandom as Random } from '@modelserve/testing';
import { DenseArray, readJson, toPlainJson } from './json-reader';

/** Decimal text in every form JSON allows: signs, leading zeros after the point, long mantissas, exponents. */
function numberText(r: Random): string {
  const digits = (n: number) => Array.from({ length: n }, () => r.int(10)).join('');
  const integer = r.next() < 0.3 ? '0' : String(1 + r.int(9)) + digits(r.int(r.next() < 0.1 ? 25 : 8));
  const fraction = r.next() < 0.6 ? '.' + digits(1 + r.int(r.next() < 0.1 ? 25 : 9)) : '';
  const exponent = r.next() < 0.3 ? r.pick(['e', 'E']) + r.pick(['', '+', '-']) + String(r.int(r.next() < 0.1 ? 400 : 30)) : '';
  return (r.next() < 0.4 ? '-' : '') + integer + fraction + exponent;
}

function value(r: Random, depth: number): unknown {
  const roll = r.next();
  if (depth > 4 || roll < 0.35) return JSON.parse(numberText(r)) as number;
  if (roll < 0.45) return r.pick(['', 'a', 'é ✓', 'quote " and \\ back', 'line\nbreak', '\u0000\u001f', '__proto__']);
  if (roll < 0.5) return r.pick([true, false, null]);
  if (roll < 0.85) {
    // Rectangular numeric arrays most of the time, with ragged and mixed ones among them.
    const length = r.int(4);
    if (r.next() < 0.6) {
      const inner = r.int(3);
      return Array.from({ length }, () => (inner ? Array.from({ length: inner }, () => JSON.parse(numberText(r)) as number) : 0));
    }
    return Array.from({ length }, () => value(r, depth + 1));
  }
  const object: Record<string, unknown> = {};
  for (let i = r.int(4); i > 0; i--) object[r.pick(['a', 'b', 'instances', 'inputs', '__proto__', 'é'])] = value(r, depth + 1);
  return object;
}

/** JSON text with whitespace sprinkled where the grammar allows it. */
const spaced = (r: Random, text: string) =>
  text.replace(/([,:[\]{}])/g, (token) => (r.next() < 0.3 ? r.pick([' ', '\n', '\t', '\r\n ']) : '') + token);

const same = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => same((a as never)[key], (b as never)[key]));
  }
  return a === b;
};

describe('readJson', () => {
  it('reads every number exactly as JSON.parse does', () => {
    const r = random(1);
    for (let i = 0; i < 200_000; i++) {
      const text = numberText(r);
      const read = readJson(Buffer.from(text));
      if (!Object.is(read, JSON.parse(text))) throw new Error(`${text}: read ${String(read)}, JSON.parse ${String(JSON.parse(text))}`);
    }
  });

  it('reads random documents to the value JSON.parse gives (fuzz)', () => {
    const r = random(2);
    for (let i = 0; i < 20_000; i++) {
      const text = spaced(r, JSON.stringify(value(r, 0)));
      const read = toPlainJson(readJson(Buffer.from(text)));
      if (!same(read, JSON.parse(text))) throw new Error(`differs on ${text}`);
    }
  });

  it('refuses exactly what JSON.parse refuses, on mutated documents (fuzz)', () => {
    const r = random(3);
    const alphabet = [...'[]{},:"0123456789.-+eE \\tfnul'];
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const chars = [...JSON.stringify(value(r, 0))];
      const at = r.int(chars.length + 1);
      const edit = r.int(3);
      if (edit === 0) chars.splice(at, 1);
      else if (edit === 1) chars.splice(at, 0, r.pick(alphabet));
      else chars[at] = r.pick(alphabet);
      const text = chars.join('');
      let expected: unknown;
      let parsed = true;
      try {
        expected = JSON.parse(text);
      } catch {
        parsed = false;
      }
      let read: unknown;
      let readOk = true;
      try {
        read = toPlainJson(readJson(Buffer.from(text)));
      } catch (error) {
        readOk = false;
        expect((error as { code?: string }).code).toBe('InvalidRequest');
      }
      if (readOk !== parsed || (parsed && !same(read, expected))) throw new Error(`disagrees with JSON.parse on ${JSON.stringify(text)}`);
      if (!parsed) refused++;
    }
    // The mutations must have produced plenty of invalid documents for the check to mean anything.
    expect(refused).toBeGreaterThan(5_000);
  });

  it('keeps rectangular numeric arrays dense, with their shape', () => {
    const read = readJson(Buffer.from('{"instances": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "ragged": [[1], [2, 3]]}')) as Record<
      string,
      unknown
    >;
    const instances = read.instances as DenseArray;
    expect(instances).toBeInstanceOf(DenseArray);
    expect(instances.shape).toEqual([2, 2, 2]);
    expect(Array.from(instances.values())).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.isArray(read.ragged)).toBe(true);
    expect((read.ragged as DenseArray[]).map((row) => row.shape)).toEqual([[1], [2]]);
  });

  it('treats "__proto__" as an ordinary key', () => {
    const read = readJson(Buffer.from('{"__proto__": {"polluted": 1}}')) as Record<string, unknown>;
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
