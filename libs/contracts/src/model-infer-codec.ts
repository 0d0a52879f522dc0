import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { workspaceRoot } from '@modelserve/common';
import type { InferParameter__Output } from './generated/inference/InferParameter';
import type { InferTensorContents__Output } from './generated/inference/InferTensorContents';
import type { ModelInferRequest__Output } from './generated/inference/ModelInferRequest';

/**
 * The wire form of the Open Inference Protocol's ModelInfer messages, written and read by hand.
 *
 * They are the platform's hot path: protobufjs through proto-loader builds an object per field and
 * copies every message into an intermediate form both ways. Here a request is sized once and written
 * into one buffer, tensor bytes go in as they are (the parts of merged requests one after another, never
 * concatenated first), and tensor bytes read back are views of the received message. The field numbers
 * are those of proto/inference/grpc_predict_v2.proto; fields the platform does not use are skipped on
 * reading, and the rarely used typed `contents` and `parameters` are read with protobufjs, so any V2
 * client can still call a worker.
 */

/** Name, datatype and shape of a tensor in a ModelInfer message. */
export interface TensorHeader {
  name: string;
  datatype: string;
  shape: readonly number[];
}

/** A ModelInfer request as the platform sends it: each input's raw bytes, in one or more parts. */
export interface InferCall {
  modelName: string;
  modelVersion: string;
  id: string;
  inputs: readonly TensorHeader[];
  /** For each input, its bytes as parts written back to back (one part unless requests were merged). */
  raw: readonly (readonly Uint8Array[])[];
  /** Outputs to return; all of them when absent. */
  outputs?: readonly string[];
}

/** A ModelInfer response: output headers and raw bytes (views of the received message). */
export interface InferAnswer {
  modelName: string;
  modelVersion: string;
  id: string;
  outputs: TensorHeader[];
  raw: Buffer[];
  /** The response's string parameters. */
  parameters: Record<string, string>;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const tag = (field: number, wireType: number) => (field << 3) | wireType;

function varintSize(value: number): number {
  if (value < 0) return 10;
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

const stringSize = (field: number, text: string) => {
  if (!text) return 0;
  const length = Buffer.byteLength(text);
  return varintSize(tag(field, LENGTH_DELIMITED)) + varintSize(length) + length;
};

const lengthDelimitedSize = (field: number, length: number) => varintSize(tag(field, LENGTH_DELIMITED)) + varintSize(length) + length;

/** Packed repeated int64 (proto3's default encoding). */
const shapeBodySize = (shape: readonly number[]) => shape.reduce((size, dim) => size + varintSize(dim), 0);

class Writer {
  pos = 0;
  constructor(readonly buffer: Buffer) {}

  varint(value: number) {
    if (value < 0) {
      // Two's complement over 64 bits, as protobuf writes a negative int64.
      const low = (value % 2 ** 32) >>> 0;
      const high = Math.floor(value / 2 ** 32) >>> 0;
      this.varint64(low, high);
      return;
    }
    while (value >= 128) {
      this.buffer[this.pos++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    this.buffer[this.pos++] = value;
  }

  private varint64(low: number, high: number) {
    for (let i = 0; i < 9; i++) {
      this.buffer[this.pos++] = (low & 127) | 128;
      low = ((low >>> 7) | (high << 25)) >>> 0;
      high >>>= 7;
    }
    this.buffer[this.pos++] = low & 1;
  }

  key(field: number, wireType: number) {
    this.varint(tag(field, wireType));
  }

  string(field: number, text: string) {
    if (!text) return;
    this.key(field, LENGTH_DELIMITED);
    this.varint(Buffer.byteLength(text));
    this.pos += this.buffer.write(text, this.pos, 'utf8');
  }

  bytes(field: number, parts: readonly Uint8Array[], length: number) {
    this.key(field, LENGTH_DELIMITED);
    this.varint(length);
    for (const part of parts) {
      this.buffer.set(part, this.pos);
      this.pos += part.length;
    }
  }

  shape(field: number, shape: readonly number[]) {
    if (!shape.length) return;
    this.key(field, LENGTH_DELIMITED);
    this.varint(shapeBodySize(shape));
    for (const dim of shape) this.varint(dim);
  }
}

const headerBodySize = (header: TensorHeader) =>
  stringSize(1, header.name) +
  stringSize(2, header.datatype) +
  (header.shape.length ? lengthDelimitedSize(3, shapeBodySize(header.shape)) : 0);

function writeHeader(writer: Writer, field: number, header: TensorHeader, bodySize: number) {
  writer.key(field, LENGTH_DELIMITED);
  writer.varint(bodySize);
  writer.string(1, header.name);
  writer.string(2, header.datatype);
  writer.shape(3, header.shape);
}

const partsLength = (parts: readonly Uint8Array[]) => parts.reduce((length, part) => length + part.length, 0);

/** Writes a ModelInferRequest: model_name 1, model_version 2, id 3, inputs 5, outputs 6, raw_input_contents 7. */
export function encodeInferCall(call: InferCall): Buffer {
  const headerSizes = call.inputs.map(headerBodySize);
  const rawLengths = call.raw.map(partsLength);
  const requested = call.outputs ?? [];
  const size =
    stringSize(1, call.modelName) +
    stringSize(2, call.modelVersion) +
    stringSize(3, call.id) +
    headerSizes.reduce((total, body) => total + lengthDelimitedSize(5, body), 0) +
    requested.reduce((total, name) => total + lengthDelimitedSize(6, stringSize(1, name)), 0) +
    rawLengths.reduce((total, length) => total + lengthDelimitedSize(7, length), 0);
  const writer = new Writer(Buffer.allocUnsafe(size));
  writer.string(1, call.modelName);
  writer.string(2, call.modelVersion);
  writer.string(3, call.id);
  call.inputs.forEach((header, i) => writeHeader(writer, 5, header, headerSizes[i]));
  for (const name of requested) {
    writer.key(6, LENGTH_DELIMITED);
    writer.varint(stringSize(1, name));
    writer.string(1, name);
  }
  call.raw.forEach((parts, i) => writer.bytes(7, parts, rawLengths[i]));
  return writer.buffer;
}

/** The response a worker sends: model_name 1, model_version 2, id 3, outputs 5, raw_output_contents 6. */
export interface InferResponseBody {
  modelName: string;
  modelVersion: string;
  id: string;
  outputs: readonly TensorHeader[];
  raw: readonly Uint8Array[];
}

function responseSize(response: InferResponseBody, headerSizes: number[]) {
  return (
    stringSize(1, response.modelName) +
    stringSize(2, response.modelVersion) +
    stringSize(3, response.id) +
    headerSizes.reduce((total, body) => total + lengthDelimitedSize(5, body), 0) +
    response.raw.reduce((total, raw) => total + lengthDelimitedSize(6, raw.length), 0)
  );
}

function writeResponse(writer: Writer, response: InferResponseBody, headerSizes: number[]) {
  writer.string(1, response.modelName);
  writer.string(2, response.modelVersion);
  writer.string(3, response.id);
  response.outputs.forEach((header, i) => writeHeader(writer, 5, header, headerSizes[i]));
  for (const raw of response.raw) writer.bytes(6, [raw], raw.length);
}

export function encodeInferResponse(response: InferResponseBody): Buffer {
  const headerSizes = response.outputs.map(headerBodySize);
  const writer = new Writer(Buffer.allocUnsafe(responseSize(response, headerSizes)));
  writeResponse(writer, response, headerSizes);
  return writer.buffer;
}

/** A request's failure on a ModelStreamInfer stream: its id, the message, and the platform's error code. */
export interface StreamFailure {
  id: string;
  message: string;
  code: string;
}

/** The response parameter that carries a failed request's error code on a stream. */
const ERROR_CODE_PARAMETER = 'error_code';

/**
 * Writes a ModelStreamInferResponse: error_message 1, infer_response 2. A failure carries its request's
 * id and error code in infer_response, so that the caller knows which request failed and how.
 */
export function encodeStreamInferResponse(result: InferResponseBody | StreamFailure): Buffer {
  if ('raw' in result) {
    const headerSizes = result.outputs.map(headerBodySize);
    const inner = responseSize(result, headerSizes);
    const writer = new Writer(Buffer.allocUnsafe(lengthDelimitedSize(2, inner)));
    writer.key(2, LENGTH_DELIMITED);
    writer.varint(inner);
    writeResponse(writer, result, headerSizes);
    return writer.buffer;
  }
  // infer_response { id 3, parameters 4: {key 1: "error_code", value 2: InferParameter {string_param 3}} }
  const parameterSize = stringSize(3, result.code);
  const entrySize = stringSize(1, ERROR_CODE_PARAMETER) + lengthDelimitedSize(2, parameterSize);
  const inner = stringSize(3, result.id) + lengthDelimitedSize(4, entrySize);
  const writer = new Writer(Buffer.allocUnsafe(stringSize(1, result.message) + lengthDelimitedSize(2, inner)));
  writer.string(1, result.message);
  writer.key(2, LENGTH_DELIMITED);
  writer.varint(inner);
  writer.string(3, result.id);
  writer.key(4, LENGTH_DELIMITED);
  writer.varint(entrySize);
  writer.string(1, ERROR_CODE_PARAMETER);
  writer.key(2, LENGTH_DELIMITED);
  writer.varint(parameterSize);
  writer.string(3, result.code);
  return writer.buffer;
}

/** A ModelStreamInferResponse read: the answer, or the failure, of the request `id`. */
export type StreamResult =
  { id: string; answer: InferAnswer; failure?: undefined } | { id: string; failure: StreamFailure; answer?: undefined };

export function decodeStreamInferResponse(buffer: Buffer): StreamResult {
  const reader = new Reader(buffer);
  let errorMessage = '';
  let inner: Buffer | undefined;
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (field === 1 && wireType === LENGTH_DELIMITED) errorMessage = reader.string();
    else if (field === 2 && wireType === LENGTH_DELIMITED) inner = reader.bytes();
    else reader.skip(wireType);
  }
  const answer = decodeInferResponse(inner ?? Buffer.alloc(0));
  if (!errorMessage) return { id: answer.id, answer };
  return { id: answer.id, failure: { id: answer.id, message: errorMessage, code: answer.parameters[ERROR_CODE_PARAMETER] ?? '' } };
}

export class MalformedMessageError extends Error {}

class Reader {
  pos: number;
  constructor(
    readonly buffer: Buffer,
    start = 0,
    readonly end = buffer.length,
  ) {
    this.pos = start;
  }

  get done() {
    return this.pos >= this.end;
  }

  /** A varint as a number: exact up to 2^53, and a ten-byte varint read as the negative int64 it is. */
  varint(): number {
    let low = 0;
    let byte = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      byte = this.byte();
      low |= (byte & 127) << shift;
      if (byte < 128) return low >>> 0;
    }
    byte = this.byte();
    low = (low | ((byte & 127) << 28)) >>> 0;
    let high = (byte & 127) >> 4;
    if (byte < 128) return high * 2 ** 32 + low;
    for (let shift = 3; shift < 32; shift += 7) {
      byte = this.byte();
      high = (high | ((byte & 127) << shift)) >>> 0;
      if (byte < 128) {
        if (high & 0x80000000) return -((~high >>> 0) * 2 ** 32 + (~low >>> 0) + 1);
        return high * 2 ** 32 + low;
      }
    }
    throw new MalformedMessageError('varint longer than ten bytes');
  }

  private byte(): number {
    if (this.pos >= this.end) throw new MalformedMessageError('truncated varint');
    return this.buffer[this.pos++];
  }

  /** A length-delimited field's bytes: a view, not a copy. */
  bytes(): Buffer {
    const length = this.varint();
    const start = this.pos;
    if (length < 0 || start + length > this.end) throw new MalformedMessageError('truncated field');
    this.pos += length;
    return this.buffer.subarray(start, start + length);
  }

  string(): string {
    const length = this.varint();
    if (length < 0 || this.pos + length > this.end) throw new MalformedMessageError('truncated string');
    const text = this.buffer.toString('utf8', this.pos, this.pos + length);
    this.pos += length;
    return text;
  }

  skip(wireType: number) {
    switch (wireType) {
      case VARINT:
        this.varint();
        return;
      case FIXED64:
        this.pos += 8;
        break;
      case LENGTH_DELIMITED:
        this.bytes();
        return;
      case FIXED32:
        this.pos += 4;
        break;
      default:
        throw new MalformedMessageError(`unsupported wire type ${wireType}`);
    }
    if (this.pos > this.end) throw new MalformedMessageError('truncated field');
  }

  /** Repeated int64, packed or not. */
  shapeInto(shape: number[], wireType: number) {
    if (wireType === VARINT) {
      shape.push(this.varint());
      return;
    }
    const body = this.bytes();
    const inner = new Reader(body);
    while (!inner.done) shape.push(inner.varint());
  }
}

interface DecodedTensor extends TensorHeader {
  shape: number[];
  contents: Buffer | null;
  parameters: Buffer[];
}

function readTensor(reader: Reader): DecodedTensor {
  const body = reader.bytes();
  const inner = new Reader(body);
  const tensor: DecodedTensor = { name: '', datatype: '', shape: [], contents: null, parameters: [] };
  while (!inner.done) {
    const key = inner.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (field === 1 && wireType === LENGTH_DELIMITED) tensor.name = inner.string();
    else if (field === 2 && wireType === LENGTH_DELIMITED) tensor.datatype = inner.string();
    else if (field === 3) inner.shapeInto(tensor.shape, wireType);
    else if (field === 4 && wireType === LENGTH_DELIMITED) tensor.parameters.push(inner.bytes());
    else if (field === 5 && wireType === LENGTH_DELIMITED) tensor.contents = inner.bytes();
    else inner.skip(wireType);
  }
  return tensor;
}

/** InferRequestedOutputTensor: name 1, parameters 2. */
function readRequestedOutput(reader: Reader): ModelInferRequest__Output['outputs'][number] {
  const inner = new Reader(reader.bytes());
  let name = '';
  const parameters: Buffer[] = [];
  while (!inner.done) {
    const key = inner.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (field === 1 && wireType === LENGTH_DELIMITED) name = inner.string();
    else if (field === 2 && wireType === LENGTH_DELIMITED) parameters.push(inner.bytes());
    else inner.skip(wireType);
  }
  return { name, parameters: parametersOf(parameters) };
}

/** Reads a ModelInferResponse; raw output bytes are views of `buffer`. */
export function decodeInferResponse(buffer: Buffer): InferAnswer {
  const reader = new Reader(buffer);
  const answer: InferAnswer = { modelName: '', modelVersion: '', id: '', outputs: [], raw: [], parameters: {} };
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (wireType === LENGTH_DELIMITED && field === 1) answer.modelName = reader.string();
    else if (wireType === LENGTH_DELIMITED && field === 2) answer.modelVersion = reader.string();
    else if (wireType === LENGTH_DELIMITED && field === 3) answer.id = reader.string();
    else if (wireType === LENGTH_DELIMITED && field === 5) {
      const { name, datatype, shape } = readTensor(reader);
      answer.outputs.push({ name, datatype, shape });
    } else if (wireType === LENGTH_DELIMITED && field === 6) answer.raw.push(reader.bytes());
    else if (wireType === LENGTH_DELIMITED && field === 4) readStringParameter(reader.bytes(), answer.parameters);
    else reader.skip(wireType);
  }
  return answer;
}

/** A map<string, InferParameter> entry whose value is a string_param (3); other kinds are skipped. */
function readStringParameter(entry: Buffer, into: Record<string, string>) {
  const reader = new Reader(entry);
  let key = '';
  let value: string | undefined;
  while (!reader.done) {
    const fieldKey = reader.varint();
    if (fieldKey === tag(1, LENGTH_DELIMITED)) key = reader.string();
    else if (fieldKey === tag(2, LENGTH_DELIMITED)) {
      const parameter = new Reader(reader.bytes());
      while (!parameter.done) {
        const parameterKey = parameter.varint();
        if (parameterKey === tag(3, LENGTH_DELIMITED)) value = parameter.string();
        else parameter.skip(parameterKey & 7);
      }
    } else reader.skip(fieldKey & 7);
  }
  if (value !== undefined) into[key] = value;
}

/** protobufjs types for the parts of a request the platform itself never sends. */
let rareTypes: { contents: protobuf.Type; parameter: protobuf.Type } | undefined;
function rare() {
  if (!rareTypes) {
    const root = protobuf.loadSync(join(workspaceRoot(), 'proto/inference/grpc_predict_v2.proto'));
    rareTypes = { contents: root.lookupType('inference.InferTensorContents'), parameter: root.lookupType('inference.InferParameter') };
  }
  return rareTypes;
}

/** The object conversion proto-loader applies, so that handlers see the same shapes either way. */
const OBJECT_OPTIONS: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: true, oneofs: true, arrays: true };

function contentsOf(bytes: Buffer | null): InferTensorContents__Output | null {
  if (!bytes) return null;
  const type = rare().contents;
  return type.toObject(type.decode(bytes), OBJECT_OPTIONS) as InferTensorContents__Output;
}

/** map<string, InferParameter> entries: key 1, value 2. */
function parametersOf(entries: readonly Buffer[]): Record<string, InferParameter__Output> {
  const parameters: Record<string, InferParameter__Output> = {};
  for (const entry of entries) {
    const reader = new Reader(entry);
    let key = '';
    let value: InferParameter__Output | undefined;
    while (!reader.done) {
      const fieldKey = reader.varint();
      const field = Math.floor(fieldKey / 8);
      if (field === 1 && (fieldKey & 7) === LENGTH_DELIMITED) key = reader.string();
      else if (field === 2 && (fieldKey & 7) === LENGTH_DELIMITED) {
        const type = rare().parameter;
        value = type.toObject(type.decode(reader.bytes()), OBJECT_OPTIONS) as InferParameter__Output;
      } else reader.skip(fieldKey & 7);
    }
    if (value) parameters[key] = value;
  }
  return parameters;
}

/**
 * Reads a ModelInferRequest from any V2 client into the object proto-loader would give, with raw
 * input bytes as views of `buffer`.
 */
export function decodeInferRequest(buffer: Buffer): ModelInferRequest__Output {
  const reader = new Reader(buffer);
  const request: ModelInferRequest__Output = {
    modelName: '',
    modelVersion: '',
    id: '',
    parameters: {},
    inputs: [],
    outputs: [],
    rawInputContents: [],
  };
  const parameterEntries: Buffer[] = [];
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (wireType !== LENGTH_DELIMITED) {
      reader.skip(wireType);
      continue;
    }
    switch (field) {
      case 1:
        request.modelName = reader.string();
        break;
      case 2:
        request.modelVersion = reader.string();
        break;
      case 3:
        request.id = reader.string();
        break;
      case 4:
        parameterEntries.push(reader.bytes());
        break;
      case 5: {
        const tensor = readTensor(reader);
        request.inputs.push({
          name: tensor.name,
          datatype: tensor.datatype,
          shape: tensor.shape,
          parameters: parametersOf(tensor.parameters),
          contents: contentsOf(tensor.contents),
        });
        break;
      }
      case 6:
        request.outputs.push(readRequestedOutput(reader));
        break;
      case 7:
        request.rawInputContents.push(reader.bytes());
        break;
      default:
        reader.skip(wireType);
    }
  }
  request.parameters = parametersOf(parameterEntries);
  return request;
}
