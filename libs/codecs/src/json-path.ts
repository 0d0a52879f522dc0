import { invalidRequest } from '@modelserve/common';

type Segment =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'keys'; keys: string[] }
  | { kind: 'indices'; indices: number[] }
  | { kind: 'slice'; start?: number; end?: number };

/** A compiled record filter: takes a record, returns the part it selects. */
export type RecordFilter = (record: unknown) => unknown;

const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[\s*([^\]]*?)\s*\])/;
const QUOTED = /^(['"])(.*)\1$/;
const INTEGER = /^-?\d+$/;

/**
 * Compiles the JSONPath subset SageMaker's transform filters use: `$`, `.name`, `['name']`, `[2]`,
 * `[-1]`, `[0,3,-1]`, `['a','b']` and `[1:]`-style slices. Negative indices count from the end.
 * A selection of several keys gives an object of those keys; of several indices, an array.
 * A syntax error is a 400 naming the path.
 */
export function compileJsonPath(path: string): RecordFilter {
  const text = path.trim();
  if (!text.startsWith('$')) throw invalidRequest(`filter ${JSON.stringify(path)} must start with $`);
  const segments: Segment[] = [];
  let rest = text.slice(1);
  while (rest.length) {
    const match = SEGMENT.exec(rest);
    if (!match) throw invalidRequest(`filter ${JSON.stringify(path)} cannot be read at ${JSON.stringify(rest)}`);
    segments.push(match[1] !== undefined ? { kind: 'key', key: match[1] } : parseBracket(match[2], path));
    rest = rest.slice(match[0].length);
  }
  if (segments.length === 0) return (record) => record;
  return (record) => segments.reduce(apply, record);
}

function parseBracket(inside: string, path: string): Segment {
  const fail = () => invalidRequest(`filter ${JSON.stringify(path)} has an unsupported selector [${inside}]`);
  if (inside.includes(':')) {
    const parts = inside.split(':').map((p) => p.trim());
    if (parts.length !== 2 || !parts.every((p) => p === '' || INTEGER.test(p))) throw fail();
    return { kind: 'slice', start: parts[0] === '' ? undefined : Number(parts[0]), end: parts[1] === '' ? undefined : Number(parts[1]) };
  }
  const items = inside.split(',').map((item) => item.trim());
  if (items.every((item) => INTEGER.test(item))) {
    const indices = items.map(Number);
    return indices.length === 1 ? { kind: 'index', index: indices[0] } : { kind: 'indices', indices };
  }
  const keys = items.map((item) => QUOTED.exec(item)?.[2]);
  if (keys.some((key) => key === undefined)) throw fail();
  return keys.length === 1 ? { kind: 'key', key: keys[0]! } : { kind: 'keys', keys: keys as string[] };
}

const at = (array: readonly unknown[], index: number) => array[index < 0 ? array.length + index : index];

function apply(value: unknown, segment: Segment): unknown {
  switch (segment.kind) {
    case 'key':
      return isObject(value) ? value[segment.key] : undefined;
    case 'keys': {
      if (!isObject(value)) return undefined;
      const picked: Record<string, unknown> = {};
      for (const key of segment.keys) if (key in value) picked[key] = value[key];
      return picked;
    }
    case 'index':
      return Array.isArray(value) ? at(value, segment.index) : undefined;
    case 'indices':
      return Array.isArray(value) ? segment.indices.map((index) => at(value, index)) : undefined;
    case 'slice':
      return Array.isArray(value) ? value.slice(segment.start, segment.end) : undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
