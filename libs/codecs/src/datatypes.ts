import { invalidInput } from '@modelserve/common';

export type NumericArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;

/** A tensor in memory: row-major data plus its Open Inference Protocol datatype and shape. */
export interface Tensor {
  name: string;
  datatype: string;
  shape: number[];
  data: NumericArray | string[];
}

type Kind = 'float' | 'int' | 'bigint' | 'bool';

/**
 * The most values one tensor may hold (1 GiB of FP32): more could never arrive in a request nor travel
 * in a gRPC message. A model declaring a larger row is refused at upload.
 */
export const MAX_TENSOR_ELEMENTS = 2 ** 28;

export interface DatatypeInfo {
  kind: Kind;
  bytes: number;
  /** Name of the element type in onnxruntime-node. */
  ort: string;
  /**
   * The range of the type, so that an out-of-range value is refused rather than wrapped (integers) or
   * turned into Infinity (floats).
   */
  min: number;
  max: number;
  create(buffer: ArrayBuffer, byteOffset: number, length: number): NumericArray;
  allocate(length: number): NumericArray;
}

const numeric = <T extends NumericArray>(
  kind: Kind,
  ort: string,
  Ctor: { new (length: number): T; new (buffer: ArrayBuffer, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number },
  min = -Infinity,
  max = Infinity,
): DatatypeInfo => ({
  kind,
  ort,
  min,
  max,
  bytes: Ctor.BYTES_PER_ELEMENT,
  create: (buffer, byteOffset, length) => new Ctor(buffer, byteOffset, length),
  allocate: (length) => new Ctor(length),
});

/** Past these a written number becomes Infinity in the type (float32 rounds up to it from half an ulp above its largest value). */
const FLOAT32_LIMIT = 3.4028235677973366e38;

const NUMERIC_DATATYPES: Record<string, DatatypeInfo> = {
  FP32: numeric('float', 'float32', Float32Array, -FLOAT32_LIMIT, FLOAT32_LIMIT),
  FP64: numeric('float', 'float64', Float64Array, -Number.MAX_VALUE, Number.MAX_VALUE),
  INT8: numeric('int', 'int8', Int8Array, -(2 ** 7), 2 ** 7 - 1),
  INT16: numeric('int', 'int16', Int16Array, -(2 ** 15), 2 ** 15 - 1),
  INT32: numeric('int', 'int32', Int32Array, -(2 ** 31), 2 ** 31 - 1),
  // The largest doubles below 2^63 and 2^64 (2^63 - 1 is not a double).
  INT64: numeric('bigint', 'int64', BigInt64Array, -(2 ** 63), 2 ** 63 - 1024),
  UINT8: numeric('int', 'uint8', Uint8Array, 0, 2 ** 8 - 1),
  UINT16: numeric('int', 'uint16', Uint16Array, 0, 2 ** 16 - 1),
  UINT32: numeric('int', 'uint32', Uint32Array, 0, 2 ** 32 - 1),
  UINT64: numeric('bigint', 'uint64', BigUint64Array, 0, 2 ** 64 - 2048),
  BOOL: numeric('bool', 'bool', Uint8Array),
};

const ORT_TO_DATATYPE: Record<string, string> = Object.fromEntries([
  ...Object.entries(NUMERIC_DATATYPES).map(([datatype, info]) => [info.ort, datatype]),
  ['string', 'BYTES'],
]);

export function numericDatatype(datatype: string): DatatypeInfo | undefined {
  return NUMERIC_DATATYPES[datatype];
}

export function ortTypeOf(datatype: string): string {
  if (datatype === 'BYTES') return 'string';
  const info = NUMERIC_DATATYPES[datatype];
  if (!info) throw invalidInput(`datatype ${datatype} is not supported`);
  return info.ort;
}

export function datatypeOfOrt(ortType: string): string {
  const datatype = ORT_TO_DATATYPE[ortType];
  if (!datatype) throw new Error(`onnxruntime type ${ortType} has no Open Inference Protocol datatype`);
  return datatype;
}

export const elementCount = (shape: readonly number[]) => shape.reduce((count, dim) => count * dim, 1);

/** The bytes of a tensor for raw_*_contents: a view on numeric data (no copy), length-prefixed strings for BYTES. */
export function tensorBytes(data: NumericArray | string[]): Buffer {
  if (Array.isArray(data)) {
    const parts = data.map((value) => Buffer.from(value, 'utf8'));
    const out = Buffer.allocUnsafe(parts.reduce((size, part) => size + 4 + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.writeUInt32LE(part.length, offset);
      part.copy(out, offset + 4);
      offset += 4 + part.length;
    }
    return out;
  }
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Reads raw tensor bytes back into typed data. Views the bytes in place when they are aligned
 * for the element type; gRPC buffers often are not, and then they are copied once.
 */
export function tensorFromBytes(name: string, datatype: string, shape: number[], raw: Uint8Array): Tensor {
  const count = elementCount(shape);
  if (datatype === 'BYTES') {
    const values: string[] = [];
    const view = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let offset = 0;
    while (offset < view.length) {
      if (offset + 4 > view.length) throw invalidInput(`input "${name}": truncated BYTES contents`);
      const length = view.readUInt32LE(offset);
      if (offset + 4 + length > view.length) throw invalidInput(`input "${name}": truncated BYTES contents`);
      values.push(view.toString('utf8', offset + 4, offset + 4 + length));
      offset += 4 + length;
    }
    if (values.length !== count) {
      throw invalidInput(`input "${name}": shape [${shape.join(', ')}] needs ${count} elements, got ${values.length}`);
    }
    return { name, datatype, shape, data: values };
  }
  const info = NUMERIC_DATATYPES[datatype];
  if (!info) throw invalidInput(`input "${name}": datatype ${datatype} is not supported`);
  if (raw.byteLength !== count * info.bytes) {
    throw invalidInput(
      `input "${name}": shape [${shape.join(', ')}] of ${datatype} needs ${count * info.bytes} bytes, got ${raw.byteLength}`,
    );
  }
  if (raw.byteOffset % info.bytes === 0) {
    return { name, datatype, shape, data: info.create(raw.buffer as ArrayBuffer, raw.byteOffset, count) };
  }
  const copy = new Uint8Array(raw);
  return { name, datatype, shape, data: info.create(copy.buffer, 0, count) };
}
