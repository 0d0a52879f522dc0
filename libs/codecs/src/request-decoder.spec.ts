import { AppError } from '@modelserve/common';
import { decodeRequest, type InputSignature } from './request-decoder';
import type { RecordFormat } from './media-types';

const features: InputSignature[] = [{ name: 'features', datatype: 'FP32', shape: [-1, 3] }];
const image: InputSignature[] = [{ name: 'image', datatype: 'FP32', shape: [-1, 2, 2] }];
const twoInputs: InputSignature[] = [
  { name: 'a', datatype: 'FP32', shape: [-1, 2] },
  { name: 'b', datatype: 'INT64', shape: [-1] },
];
const ids: InputSignature[] = [{ name: 'ids', datatype: 'INT64', shape: [-1, -1] }];
const flags: InputSignature[] = [{ name: 'flags', datatype: 'BOOL', shape: [-1, 2] }];
const fixedBatch: InputSignature[] = [{ name: 'x', datatype: 'FP32', shape: [1, 2] }];
/** Shaped like streaming audio models: a scalar sample rate and a state whose batch dimension is not the first. */
const streaming: InputSignature[] = [
  { name: 'input', datatype: 'FP32', shape: [-1, -1] },
  { name: 'sr', datatype: 'INT64', shape: [] },
  { name: 'state', datatype: 'FP32', shape: [2, -1, 2] },
];
const stream = {
  inputs: {
    input: [[0.5, -0.5, 0.25]],
    sr: 16000,
    state: [[[1, 2]], [[3, 4]]],
  },
};

interface Ok {
  title: string;
  format: RecordFormat;
  body: unknown;
  inputs: InputSignature[];
  expected: { name: string; shape: number[]; data: unknown[] }[];
}

const ok: Ok[] = [
  {
    title: 'instances rows',
    format: 'json',
    body: {
      instances: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
    inputs: features,
    expected: [{ name: 'features', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }],
  },
  {
    title: 'bare array of rows',
    format: 'json',
    body: [[1, 2, 3]],
    inputs: features,
    expected: [{ name: 'features', shape: [1, 3], data: [1, 2, 3] }],
  },
  {
    title: 'named inputs',
    format: 'json',
    body: { inputs: { a: [[1, 2]], b: [7] } },
    inputs: twoInputs,
    expected: [
      { name: 'a', shape: [1, 2], data: [1, 2] },
      { name: 'b', shape: [1], data: [7n] },
    ],
  },
  {
    title: 'instances as objects for a multi-input model',
    format: 'json',
    body: {
      instances: [
        { a: [1, 2], b: 3 },
        { a: [4, 5], b: 6 },
      ],
    },
    inputs: twoInputs,
    expected: [
      { name: 'a', shape: [2, 2], data: [1, 2, 4, 5] },
      { name: 'b', shape: [2], data: [3n, 6n] },
    ],
  },
  {
    title: 'nested rows',
    format: 'json',
    body: {
      instances: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    },
    inputs: image,
    expected: [{ name: 'image', shape: [1, 2, 2], data: [1, 2, 3, 4] }],
  },
  {
    title: 'variable row length from the first row',
    format: 'json',
    body: [[1, 2, 3, 4]],
    inputs: ids,
    expected: [{ name: 'ids', shape: [1, 4], data: [1n, 2n, 3n, 4n] }],
  },
  { title: 'booleans', format: 'json', body: [[true, false]], inputs: flags, expected: [{ name: 'flags', shape: [1, 2], data: [1, 0] }] },
  {
    title: 'csv lines',
    format: 'csv',
    body: Buffer.from('1,2,3\n4.5,-5,6e2\n'),
    inputs: features,
    expected: [{ name: 'features', shape: [2, 3], data: [1, 2, 3, 4.5, -5, 600] }],
  },
  {
    title: 'csv with spaces, CRLF and a blank line',
    format: 'csv',
    body: Buffer.from('1, 2 ,3\r\n\r\n4,5,6'),
    inputs: features,
    expected: [{ name: 'features', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }],
  },
  {
    title: 'csv rows fill nested dimensions row-major',
    format: 'csv',
    body: Buffer.from('1,2,3,4'),
    inputs: image,
    expected: [{ name: 'image', shape: [1, 2, 2], data: [1, 2, 3, 4] }],
  },
  {
    title: 'json lines of arrays',
    format: 'jsonlines',
    body: Buffer.from('[1,2,3]\n[4,5,6]\n'),
    inputs: features,
    expected: [{ name: 'features', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }],
  },
  {
    title: 'json lines of objects',
    format: 'jsonlines',
    body: Buffer.from('{"a":[1,2],"b":3}\n'),
    inputs: twoInputs,
    expected: [
      { name: 'a', shape: [1, 2], data: [1, 2] },
      { name: 'b', shape: [1], data: [3n] },
    ],
  },
  {
    title: 'a scalar input and a state whose batch dimension is the second',
    format: 'json',
    body: stream,
    inputs: streaming,
    expected: [
      { name: 'input', shape: [1, 3], data: [0.5, -0.5, 0.25] },
      { name: 'sr', shape: [], data: [16000n] },
      { name: 'state', shape: [2, 1, 2], data: [1, 2, 3, 4] },
    ],
  },
  {
    title: 'a scalar given as a list of one number',
    format: 'json',
    body: { inputs: { ...stream.inputs, sr: [8000] } },
    inputs: streaming,
    expected: [
      { name: 'input', shape: [1, 3], data: [0.5, -0.5, 0.25] },
      { name: 'sr', shape: [], data: [8000n] },
      { name: 'state', shape: [2, 1, 2], data: [1, 2, 3, 4] },
    ],
  },
  {
    title: 'rows given flat for fixed row dimensions',
    format: 'json',
    body: { instances: [[1, 2, 3, 4]] },
    inputs: image,
    expected: [{ name: 'image', shape: [1, 2, 2], data: [1, 2, 3, 4] }],
  },
  {
    title: 'numbers as strings, as CSV cells are read',
    format: 'json',
    body: [['1', 2, '3e1']],
    inputs: features,
    expected: [{ name: 'features', shape: [1, 3], data: [1, 2, 30] }],
  },
  {
    title: 'quoted CSV cells and a byte order mark',
    format: 'csv',
    body: Buffer.from('\ufeff"1", 2 ,"3"\n'),
    inputs: features,
    expected: [{ name: 'features', shape: [1, 3], data: [1, 2, 3] }],
  },
  {
    title: 'csv rows of variable width',
    format: 'csv',
    body: Buffer.from('1,2,3,4\n5,6,7,8\n'),
    inputs: ids,
    expected: [{ name: 'ids', shape: [2, 4], data: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n] }],
  },
  {
    title: 'fixed batch of one',
    format: 'json',
    body: [[1, 2]],
    inputs: fixedBatch,
    expected: [{ name: 'x', shape: [1, 2], data: [1, 2] }],
  },
];

interface NotOk {
  title: string;
  format: RecordFormat;
  body: unknown;
  inputs: InputSignature[];
  code: string;
  message: RegExp;
}

const notOk: NotOk[] = [
  {
    title: 'too few features',
    format: 'json',
    body: { instances: [[1, 2]] },
    inputs: features,
    code: 'InvalidInput',
    message: /input "features" expects shape \[-1, 3\].*row 1 has 2 values/,
  },
  {
    title: 'a string feature',
    format: 'json',
    body: [[1, 'x', 3]],
    inputs: features,
    code: 'InvalidInput',
    message: /takes FP32 values; row 1 has "x"/,
  },
  { title: 'null feature', format: 'json', body: [[1, null, 3]], inputs: features, code: 'InvalidInput', message: /row 1 has null/ },
  {
    title: 'ragged second row',
    format: 'json',
    body: [
      [1, 2, 3],
      [1, 2],
    ],
    inputs: features,
    code: 'InvalidInput',
    message: /row 2 has 2 values/,
  },
  { title: 'a row that is not an array', format: 'json', body: [5], inputs: features, code: 'InvalidInput', message: /row 1 has 5/ },
  { title: 'no rows', format: 'json', body: { instances: [] }, inputs: features, code: 'InvalidInput', message: /has no rows/ },
  {
    title: 'instances not an array',
    format: 'json',
    body: { instances: 3 },
    inputs: features,
    code: 'InvalidRequest',
    message: /"instances" must be an array/,
  },
  {
    title: 'an object without instances or inputs',
    format: 'json',
    body: { rows: [] },
    inputs: features,
    code: 'InvalidRequest',
    message: /must have "instances" or "inputs"/,
  },
  { title: 'a scalar body', format: 'json', body: 42, inputs: features, code: 'InvalidRequest', message: /must be/ },
  {
    title: 'an unknown named input',
    format: 'json',
    body: { inputs: { a: [[1, 2]], b: [1], c: [1] } },
    inputs: twoInputs,
    code: 'InvalidInput',
    message: /unknown input "c"/,
  },
  {
    title: 'a missing named input',
    format: 'json',
    body: { inputs: { a: [[1, 2]] } },
    inputs: twoInputs,
    code: 'InvalidInput',
    message: /input "b" is missing/,
  },
  {
    title: 'a bare array for a multi-input model',
    format: 'json',
    body: [[1, 2]],
    inputs: twoInputs,
    code: 'InvalidInput',
    message: /fits a model with one input/,
  },
  {
    title: 'a fraction for an integer input',
    format: 'json',
    body: [1.5],
    inputs: twoInputs.slice(1),
    code: 'InvalidInput',
    message: /takes INT64 values/,
  },
  {
    title: 'the wrong batch for a fixed batch',
    format: 'json',
    body: [
      [1, 2],
      [3, 4],
    ],
    inputs: fixedBatch,
    code: 'InvalidInput',
    message: /exactly 1 row\(s\), got 2/,
  },
  {
    title: 'csv line too short',
    format: 'csv',
    body: Buffer.from('1,2,3\n4,5'),
    inputs: features,
    code: 'InvalidInput',
    message: /3 values per row\); line 2 has 2/,
  },
  {
    title: 'csv text cell',
    format: 'csv',
    body: Buffer.from('1,abc,3'),
    inputs: features,
    code: 'InvalidInput',
    message: /line 1 has "abc"/,
  },
  { title: 'csv empty cell', format: 'csv', body: Buffer.from('1,,3'), inputs: features, code: 'InvalidInput', message: /line 1 has ""/ },
  { title: 'csv empty body', format: 'csv', body: Buffer.from('\n\n'), inputs: features, code: 'InvalidInput', message: /no rows/ },
  {
    title: 'csv unbalanced quote',
    format: 'csv',
    body: Buffer.from('"1,2,3'),
    inputs: features,
    code: 'InvalidRequest',
    message: /cannot be parsed/,
  },
  {
    title: 'csv for a multi-input model',
    format: 'csv',
    body: Buffer.from('1,2'),
    inputs: twoInputs,
    code: 'InvalidInput',
    message: /fits a model with one input/,
  },
  {
    title: 'json lines with a broken line',
    format: 'jsonlines',
    body: Buffer.from('[1,2,3]\n[1,2\n'),
    inputs: features,
    code: 'InvalidRequest',
    message: /line 2 of the JSON Lines body is not valid JSON/,
  },
  {
    title: 'a scalar given rows',
    format: 'json',
    body: { inputs: { ...stream.inputs, sr: [1, 2] } },
    inputs: streaming,
    code: 'InvalidInput',
    message: /input "sr" is a scalar of INT64; send one number, got 2 values/,
  },
  {
    title: 'an integer out of its datatype range',
    format: 'json',
    body: [[1, 300]],
    inputs: [{ name: 'pixels', datatype: 'UINT8', shape: [-1, 2] }],
    code: 'InvalidInput',
    message: /takes UINT8 values \(integers from 0 to 255\); row 1 has 300/,
  },
  {
    title: 'a number past FP32 in JSON (1e400 reads as Infinity)',
    format: 'json',
    body: Buffer.from('[[1, 1e400]]'),
    inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 2] }],
    code: 'InvalidInput',
    message: /takes FP32 values \(numbers of magnitude up to 3\.403e\+38\); row 1 has a number out of range/,
  },
  {
    title: 'a number past FP32 in CSV',
    format: 'csv',
    body: Buffer.from('1,1e39\n'),
    inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 2] }],
    code: 'InvalidInput',
    message: /takes FP32 values \(numbers of magnitude up to 3\.403e\+38\); line 1 has 1e\+39/,
  },
  {
    title: 'a negative number in an unsigned type, from CSV',
    format: 'csv',
    body: Buffer.from('-1,2\n'),
    inputs: [{ name: 'x', datatype: 'UINT8', shape: [-1, 2] }],
    code: 'InvalidInput',
    message: /takes UINT8 values \(integers from 0 to 255\); line 1 has -1/,
  },
  {
    title: 'malformed JSON',
    format: 'json',
    body: Buffer.from('{"instances": [[1, 2, 3],]}'),
    inputs: features,
    code: 'InvalidRequest',
    message: /not valid JSON: unexpected '\]' at byte 25/,
  },
  {
    title: 'JSON nested past any tensor',
    format: 'json',
    body: Buffer.from('['.repeat(100_000)),
    inputs: features,
    code: 'InvalidRequest',
    message: /nesting deeper than 64/,
  },
  {
    title: 'a CSV row too wide',
    format: 'csv',
    body: Buffer.from('1,2,3,4\n'),
    inputs: features,
    code: 'InvalidInput',
    message: /\(3 values per row\); line 1 has more than 3/,
  },
  {
    title: 'text after a closing quote',
    format: 'csv',
    body: Buffer.from('"1"x,2,3\n'),
    inputs: features,
    code: 'InvalidRequest',
    message: /cannot be parsed: unexpected text after a closing quote on line 1/,
  },
  {
    title: 'string datatype inputs',
    format: 'json',
    body: [['a']],
    inputs: [{ name: 's', datatype: 'BYTES', shape: [-1, 1] }],
    code: 'InvalidInput',
    message: /datatype BYTES/,
  },
];

/** Bodies arrive as bytes: JSON test bodies are written as values and sent as their text. */
const bytesOf = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body)));
const decode = (format: RecordFormat, body: unknown, inputs: InputSignature[]) => decodeRequest(format, bytesOf(body), inputs);

describe('decodeRequest', () => {
  it.each(ok)('accepts $title', ({ format, body, inputs, expected }) => {
    const { tensors } = decode(format, body, inputs);
    expect(tensors.map((t) => ({ name: t.name, shape: t.shape, data: Array.from(t.data as ArrayLike<unknown>) }))).toEqual(expected);
  });

  it('builds typed arrays of the model datatype', () => {
    const [floats] = decode('json', [[0.1, 0.2, 0.3]], features).tensors;
    expect(floats.data).toBeInstanceOf(Float32Array);
    expect(Array.from(floats.data as Float32Array)).toEqual([Math.fround(0.1), Math.fround(0.2), Math.fround(0.3)]);
    const [longs] = decode('json', [[1, 2]], ids).tensors;
    expect(longs.data).toBeInstanceOf(BigInt64Array);
  });

  it('counts the rows of the batch dimension, not of other leading dimensions', () => {
    expect(decode('json', { instances: [[1, 2, 3]] }, features).rows).toBe(1);
    expect(decode('csv', Buffer.from('1,2,3\n4,5,6\n'), features).rows).toBe(2);
    expect(decode('json', stream, streaming).rows).toBe(1);
    expect(decode('json', { inputs: { sr: 8000 } }, [streaming[1]]).rows).toBeUndefined();
  });

  it('refuses a CSV row at its first cell too many, however long the row', () => {
    const body = Buffer.from(Array.from({ length: 3_000_000 }, () => '1').join(','));
    const started = performance.now();
    expect(() => decode('csv', body, features)).toThrow(/line 1 has more than 3/);
    // Reading all 3,000,000 cells takes hundreds of milliseconds; refusing at the fourth takes microseconds.
    expect(performance.now() - started).toBeLessThan(50);
  });

  it.each(notOk)('rejects $title', ({ format, body, inputs, code, message }) => {
    let caught: unknown;
    try {
      decode(format, body, inputs);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe(code);
    expect((caught as AppError).message).toMatch(message);
  });
});
