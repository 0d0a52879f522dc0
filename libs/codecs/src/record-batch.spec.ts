import { AppError } from '@modelserve/common';
import { parseRecord, RecordBatch } from './record-batch';

const features = { name: 'x', datatype: 'FP32', shape: [-1, 3] };

describe('parseRecord', () => {
  it('splits plain CSV rows and parses quoted ones with a CSV parser', () => {
    expect(parseRecord('csv', '1,2.5,3')).toEqual(['1', '2.5', '3']);
    expect(parseRecord('csv', '"a, b",2,"say ""hi"""')).toEqual(['a, b', '2', 'say "hi"']);
  });

  it('reads a JSON value per line, and names a broken one', () => {
    expect(parseRecord('jsonlines', '{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(() => parseRecord('jsonlines', '{"a":')).toThrow(/not valid JSON/);
  });
});

describe('RecordBatch', () => {
  it('packs records into one tensor, growing past its first estimate', () => {
    const batch = new RecordBatch([features], 'csv', 2);
    for (let i = 0; i < 5; i++) batch.add([String(i), String(i + 0.5), '1']);
    const [tensor] = batch.tensors();
    expect(tensor.shape).toEqual([5, 3]);
    expect(Array.from(tensor.data as Float32Array)).toEqual([0, 0.5, 1, 1, 1.5, 1, 2, 2.5, 1, 3, 3.5, 1, 4, 4.5, 1]);
  });

  it('refuses a bad record and leaves the batch as it was', () => {
    const batch = new RecordBatch([features], 'csv');
    batch.add(['1', '2', '3']);
    expect(() => batch.add(['4', 'five', '6'])).toThrow(AppError);
    expect(() => batch.add(['7', '8'])).toThrow(/3 values per row.*has 2/);
    batch.add(['9', '10', '11']);
    const [tensor] = batch.tensors();
    expect(tensor.shape).toEqual([2, 3]);
    expect(Array.from(tensor.data as Float32Array)).toEqual([1, 2, 3, 9, 10, 11]);
  });

  it('takes JSON records by input name for a model with several inputs, all or nothing', () => {
    const batch = new RecordBatch(
      [
        { name: 'a', datatype: 'FP32', shape: [-1, 2] },
        { name: 'b', datatype: 'INT64', shape: [-1, 1] },
      ],
      'jsonlines',
    );
    batch.add({ a: [1, 2], b: [3] });
    expect(() => batch.add({ a: [4, 5], b: [1.5] })).toThrow(/INT64/);
    expect(() => batch.add({ a: [4, 5] })).toThrow(/no input "b"/);
    const [a, b] = batch.tensors();
    expect(a.shape).toEqual([1, 2]);
    expect(b.shape).toEqual([1, 1]);
    expect(Array.from(b.data as BigInt64Array)).toEqual([3n]);
  });

  it('refuses CSV for a model with several inputs', () => {
    expect(() => new RecordBatch([features, { ...features, name: 'y' }], 'csv')).toThrow(/use JSON Lines/);
  });
});
