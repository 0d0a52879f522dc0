import { AppError } from '@modelserve/common';
import { tensorBytes, tensorFromBytes } from './datatypes';
import { requestFormat, responseFormat } from './media-types';

describe('raw tensor bytes', () => {
  it('round-trips numeric tensors without copying aligned data', () => {
    const data = Float32Array.from([1.5, -2, 3]);
    const bytes = tensorBytes(data);
    expect(bytes.buffer).toBe(data.buffer);
    const back = tensorFromBytes('x', 'FP32', [3], bytes);
    expect(back.data).toEqual(data);
    expect((back.data as Float32Array).buffer).toBe(data.buffer);
  });

  it('copies once when the bytes are not aligned for the element type', () => {
    const backing = Buffer.alloc(17);
    Buffer.from(Float64Array.from([1.25, 2.5]).buffer).copy(backing, 1);
    const back = tensorFromBytes('x', 'FP64', [2], backing.subarray(1));
    expect(Array.from(back.data as Float64Array)).toEqual([1.25, 2.5]);
  });

  it('round-trips BYTES tensors as length-prefixed strings', () => {
    const bytes = tensorBytes(['héllo', '', 'x']);
    expect(tensorFromBytes('s', 'BYTES', [3], bytes).data).toEqual(['héllo', '', 'x']);
  });

  it('refuses contents whose size does not match the shape', () => {
    expect(() => tensorFromBytes('x', 'FP32', [4], Buffer.alloc(12))).toThrow(/needs 16 bytes, got 12/);
    expect(() => tensorFromBytes('x', 'FP17', [1], Buffer.alloc(4))).toThrow(AppError);
    expect(() => tensorFromBytes('s', 'BYTES', [1], Buffer.from([9, 0, 0, 0, 65]))).toThrow(/truncated/);
  });
});

describe('media types', () => {
  it.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['TEXT/CSV', 'csv'],
    ['application/jsonlines', 'jsonlines'],
    ['application/x-ndjson', 'jsonlines'],
  ])('reads Content-Type %s as %s', (header, format) => expect(requestFormat(header)).toBe(format));

  it('answers 415 for other request types', () => {
    expect(() => requestFormat('text/plain')).toThrow(expect.objectContaining({ code: 'UnsupportedMediaType' }));
    expect(() => requestFormat(undefined)).toThrow(expect.objectContaining({ code: 'UnsupportedMediaType' }));
  });

  it.each(['constructor', '__proto__', 'hasOwnProperty'])('answers 415 and 406 for %s, a name every object has', (name) => {
    expect(() => requestFormat(name)).toThrow(expect.objectContaining({ code: 'UnsupportedMediaType' }));
    expect(() => responseFormat(name)).toThrow(expect.objectContaining({ code: 'NotAcceptable' }));
  });

  it.each([
    [undefined, 'json'],
    ['*/*', 'json'],
    ['text/csv', 'csv'],
    ['image/png, text/csv;q=0.5', 'csv'],
    ['application/jsonlines', 'jsonlines'],
  ])('reads Accept %s as %s', (header, format) => expect(responseFormat(header)).toBe(format));

  it('answers 406 when nothing accepted can be produced', () => {
    expect(() => responseFormat('image/png')).toThrow(expect.objectContaining({ code: 'NotAcceptable' }));
  });
});
