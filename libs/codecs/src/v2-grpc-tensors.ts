import { AppError, invalidInput } from '@modelserve/common';
import { numericDatatype, tensorFromBytes, type Tensor } from './datatypes';
import type { InputSignature } from './request-decoder';
import { checkAgainstSignature } from './signature-check';

/** The typed contents of a V2 gRPC tensor (InferTensorContents), as proto-loader decodes them. */
export interface V2TensorContents {
  boolContents: readonly boolean[];
  intContents: readonly number[];
  int64Contents: readonly (number | string | bigint)[];
  uintContents: readonly number[];
  uint64Contents: readonly (number | string | bigint)[];
  fp32Contents: readonly number[];
  fp64Contents: readonly number[];
  bytesContents: readonly Buffer[];
}

/** What a V2 gRPC ModelInferRequest carries of its inputs. */
export interface V2GrpcInputs {
  inputs: readonly { name: string; datatype: string; shape: number[]; contents: V2TensorContents | null }[];
  rawInputContents: readonly Uint8Array[];
}

/**
 * A ModelInferRequest's tensors, checked against the model's inputs: every input once, with the right
 * datatype and shape, from `raw_input_contents` (as Triton's clients send them) or typed contents.
 */
export function tensorsOfInferRequest(signature: readonly InputSignature[], request: V2GrpcInputs): Tensor[] {
  const raw = request.rawInputContents;
  if (raw.length && raw.length !== request.inputs.length) {
    throw invalidInput(`raw_input_contents has ${raw.length} entries for ${request.inputs.length} inputs`);
  }
  const seen = new Set<string>();
  const tensors = request.inputs.map((input, index) => {
    const spec = signature.find((s) => s.name === input.name);
    if (!spec) throw invalidInput(`the model has no input "${input.name}"; it takes ${signature.map((s) => `"${s.name}"`).join(', ')}`);
    if (seen.has(input.name)) throw invalidInput(`input "${input.name}" is given twice`);
    seen.add(input.name);
    checkAgainstSignature(spec, input.datatype, input.shape);
    return raw.length
      ? tensorFromBytes(input.name, input.datatype, input.shape, raw[index])
      : tensorFromContents(input.name, input.datatype, input.shape, input.contents);
  });
  const missing = signature.filter((spec) => !seen.has(spec.name));
  if (missing.length) throw invalidInput(`missing input ${missing.map((s) => `"${s.name}"`).join(', ')}`);
  return tensors;
}

/** Typed contents, for V2 clients that do not send raw bytes. */
function tensorFromContents(name: string, datatype: string, shape: number[], contents: V2TensorContents | null): Tensor {
  if (!contents) throw invalidInput(`input "${name}" has no contents`);
  const values: readonly unknown[] | undefined = {
    FP32: contents.fp32Contents,
    FP64: contents.fp64Contents,
    INT8: contents.intContents,
    INT16: contents.intContents,
    INT32: contents.intContents,
    INT64: contents.int64Contents,
    UINT8: contents.uintContents,
    UINT16: contents.uintContents,
    UINT32: contents.uintContents,
    UINT64: contents.uint64Contents,
    BOOL: contents.boolContents,
  }[datatype];
  const info = numericDatatype(datatype);
  if (datatype === 'BYTES') {
    return { name, datatype, shape, data: contents.bytesContents.map((b) => b.toString('utf8')) };
  }
  if (!values || !info) throw new AppError('InvalidInput', `input "${name}": datatype ${datatype} is not supported`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (values.length !== count) {
    throw invalidInput(`input "${name}": shape [${shape.join(', ')}] needs ${count} elements, got ${values.length}`);
  }
  const data = info.allocate(count);
  values.forEach((value, i) => {
    data[i] = (info.kind === 'bigint' ? BigInt(value as number) : Number(value)) as never;
  });
  return { name, datatype, shape, data };
}
