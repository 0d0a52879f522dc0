import { invalidInput, invalidRequest } from '@modelserve/common';
import { elementCount, MAX_TENSOR_ELEMENTS, numericDatatype, type DatatypeInfo, type NumericArray, type Tensor } from './datatypes';
import { DenseArray, readJson } from './json-reader';
import type { InputSignature } from './request-decoder';
import { float32Number, type OutputTensor } from './response-encoder';
import { checkAgainstSignature } from './signature-check';

/**
 * The Open Inference Protocol's REST bodies (KServe V2, as Triton and KServe serve them): tensors as
 * JSON `{name, shape, datatype, data}`, and Triton's binary data extension, where a JSON header of
 * `Inference-Header-Content-Length` bytes is followed by the raw bytes of the tensors that say
 * `"parameters": {"binary_data_size": n}`, in order.
 */

export interface V2Request {
  id?: string;
  inputs: Tensor[];
  /** The outputs asked for (all when empty), and whether each comes back as binary data. */
  outputs: { name: string; binary: boolean }[];
  /** `binary_data_output` on the request: every output comes back as binary data. */
  allBinary: boolean;
}

export interface V2Response {
  body: Buffer;
  /** The JSON header's length when binary data follows it (Inference-Header-Content-Length). */
  headerLength?: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof DenseArray);

export function decodeV2Request(body: Buffer, headerLength: number | undefined, signature: readonly InputSignature[]): V2Request {
  if (headerLength !== undefined && (!Number.isInteger(headerLength) || headerLength < 0 || headerLength > body.length)) {
    throw invalidRequest(`Inference-Header-Content-Length ${headerLength} does not fit a body of ${body.length} bytes`);
  }
  const header = readJson(headerLength === undefined ? body : body.subarray(0, headerLength));
  if (!isObject(header)) throw invalidRequest('the body is a JSON object with "inputs"');
  if (!Array.isArray(header.inputs) || header.inputs.length === 0) throw invalidRequest('"inputs" is a list of tensors');
  const binary = headerLength === undefined ? Buffer.alloc(0) : body.subarray(headerLength);
  let offset = 0;
  const seen = new Set<string>();
  const inputs = header.inputs.map((input: unknown, index: number) => {
    if (!isObject(input)) throw invalidRequest(`inputs.${index} is not a tensor object`);
    const { name, shape, datatype } = input;
    if (typeof name !== 'string') throw invalidRequest(`inputs.${index}.name is not a string`);
    const spec = signature.find((s) => s.name === name);
    if (!spec) throw invalidInput(`unknown input "${name}"; the model takes ${signature.map((s) => `"${s.name}"`).join(', ')}`);
    if (seen.has(name)) throw invalidRequest(`input "${name}" is given twice`);
    seen.add(name);
    const dims = shape instanceof DenseArray ? Array.from(shape.values()) : shape;
    if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d >= 0)) {
      throw invalidRequest(`input "${name}": "shape" is a list of whole numbers`);
    }
    if (typeof datatype !== 'string') throw invalidRequest(`input "${name}": "datatype" is a string`);
    checkAgainstSignature(spec, datatype, dims);
    const info = numericDatatype(datatype);
    if (!info) throw invalidInput(`input "${name}": datatype ${datatype} is not supported`);
    const count = elementCount(dims);
    if (count > MAX_TENSOR_ELEMENTS)
      throw invalidInput(`input "${name}" of shape [${dims.join(', ')}] holds more values than a request can carry`);
    const binarySize = isObject(input.parameters) ? input.parameters.binary_data_size : undefined;
    let data: NumericArray;
    if (binarySize !== undefined) {
      if (typeof binarySize !== 'number' || binarySize !== count * info.bytes) {
        throw invalidRequest(
          `input "${name}": binary_data_size is ${String(binarySize)}; shape [${dims.join(', ')}] of ${datatype} takes ${count * info.bytes} bytes`,
        );
      }
      if (offset + binarySize > binary.length)
        throw invalidRequest(`input "${name}": the body ends before its ${binarySize} bytes of binary data`);
      // Copied, so that the typed array is aligned for its element size.
      const bytes = Uint8Array.prototype.slice.call(binary, offset, offset + binarySize);
      data = info.create(bytes.buffer, 0, count);
      offset += binarySize;
    } else {
      data = fromJson(name, input.data, count, info, datatype);
    }
    return { name, datatype, shape: dims as number[], data };
  });
  if (offset !== binary.length) throw invalidRequest(`${binary.length - offset} bytes of binary data follow the tensors that claim them`);
  const outputs = Array.isArray(header.outputs)
    ? header.outputs.map((output: unknown, index: number) => {
        if (!isObject(output) || typeof output.name !== 'string') throw invalidRequest(`outputs.${index} names no output`);
        return { name: output.name, binary: isObject(output.parameters) && output.parameters.binary_data === true };
      })
    : [];
  const parameters = isObject(header.parameters) ? header.parameters : {};
  return {
    id: typeof header.id === 'string' ? header.id : undefined,
    inputs,
    outputs,
    allBinary: parameters.binary_data_output === true,
  };
}

/** `data` in the JSON form: a flat or nested list of numbers (or booleans), row-major, of exactly `count` values. */
function fromJson(name: string, data: unknown, count: number, info: DatatypeInfo, datatype: string): NumericArray {
  const values: ArrayLike<unknown> = data instanceof DenseArray ? data.values() : Array.isArray(data) ? data.flat(Infinity) : [];
  if (!(data instanceof DenseArray) && !Array.isArray(data)) throw invalidRequest(`input "${name}": "data" is a list of values`);
  if (values.length !== count) throw invalidInput(`input "${name}": its shape takes ${count} values; "data" has ${values.length}`);
  const out = info.allocate(count);
  for (let i = 0; i < count; i++) {
    const raw = values[i];
    const value = typeof raw === 'boolean' && info.kind === 'bool' ? Number(raw) : raw;
    const fits =
      typeof value === 'number' &&
      value >= info.min &&
      value <= info.max &&
      (info.kind === 'float' || Number.isInteger(value)) &&
      (info.kind !== 'bool' || value === 0 || value === 1);
    if (!fits) throw invalidInput(`input "${name}" takes ${datatype} values; value ${i + 1} is ${JSON.stringify(raw) ?? 'not a number'}`);
    out[i] = (info.kind === 'bigint' ? BigInt(value) : value) as never;
  }
  return out;
}

/** The outputs of a run as a V2 answer: JSON data, or binary data after the header where asked. */
export function encodeV2Response(model: string, version: string, request: V2Request, outputs: readonly OutputTensor[]): V2Response {
  const asked = request.outputs.length ? request.outputs : outputs.map((o) => ({ name: o.name, binary: false }));
  const chunks: Buffer[] = [];
  const tensors = asked.map(({ name, binary }) => {
    const output = outputs.find((o) => o.name === name);
    if (!output) throw invalidRequest(`unknown output "${name}"; the model answers ${outputs.map((o) => `"${o.name}"`).join(', ')}`);
    const data = output.data as NumericArray;
    const base = { name, datatype: output.datatype, shape: output.shape };
    if (binary || request.allBinary) {
      const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      chunks.push(bytes);
      return { ...base, parameters: { binary_data_size: bytes.length } };
    }
    return { ...base, data: jsonValues(output.datatype, data) };
  });
  const header = Buffer.from(
    JSON.stringify({
      model_name: model,
      model_version: version,
      ...(request.id !== undefined ? { id: request.id } : {}),
      outputs: tensors,
    }),
  );
  if (!chunks.length) return { body: header };
  return { body: Buffer.concat([header, ...chunks]), headerLength: header.length };
}

/** Tensors in the V2 JSON form, `{name, datatype, shape, data}` with flat data (for captured records). */
export function tensorsAsJson(tensors: readonly Tensor[]) {
  return tensors.map(({ name, datatype, shape, data }) => ({
    name,
    datatype,
    shape,
    data: Array.isArray(data) ? data : jsonValues(datatype, data as NumericArray),
  }));
}

function jsonValues(datatype: string, data: NumericArray): unknown[] {
  const values = new Array<unknown>(data.length);
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    values[i] =
      typeof value === 'bigint'
        ? Number(value)
        : datatype === 'BOOL'
          ? value !== 0
          : datatype === 'FP32'
            ? finiteOrNull(float32Number(value))
            : finiteOrNull(value);
  }
  return values;
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
