import { workspaceRoot } from '@modelserve/common';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';

/** A tensor as the platform serves it. Same shape as the TensorSpec message of proto/modelserve/common.proto. */
export interface TensorSignature {
  name: string;
  /** Open Inference Protocol datatype. */
  datatype: string;
  /** -1 marks a variable dimension. */
  shape: number[];
  /** For a probability output rewritten from ZipMap: the class of each column. */
  classLabels: string[];
}

export interface PreparedModel {
  inputs: TensorSignature[];
  outputs: TensorSignature[];
  /** The bytes to hand to onnxruntime: the original file, or a rewrite of it when it ended in ZipMap. */
  bytes: Uint8Array;
  rewritten: boolean;
}

export class InvalidOnnxModelError extends Error {}

// TensorProto.DataType -> Open Inference Protocol datatype.
const DATATYPES: Record<number, string> = {
  1: 'FP32',
  2: 'UINT8',
  3: 'INT8',
  4: 'UINT16',
  5: 'INT16',
  6: 'INT32',
  7: 'INT64',
  8: 'BYTES',
  9: 'BOOL',
  10: 'FP16',
  11: 'FP64',
  12: 'UINT32',
  13: 'UINT64',
  16: 'BF16',
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the ONNX messages are decoded reflectively */
type Message = any;

let modelType: protobuf.Type | undefined;
function onnxModelType(): protobuf.Type {
  if (!modelType) {
    modelType = protobuf.loadSync(join(workspaceRoot(), 'proto/third_party/onnx/onnx-ml.proto')).lookupType('onnx.ModelProto');
  }
  return modelType;
}

const toNumber = (value: unknown): number =>
  typeof value === 'object' && value !== null && 'toNumber' in value ? (value as { toNumber(): number }).toNumber() : Number(value);

function tensorSignature(info: Message, classLabels: string[] = []): TensorSignature {
  const tensorType = info.type?.tensorType;
  if (!tensorType) {
    throw new InvalidOnnxModelError(`"${info.name}" is not a tensor (sequences and maps cannot be served)`);
  }
  const datatype = DATATYPES[tensorType.elemType];
  if (!datatype) throw new InvalidOnnxModelError(`"${info.name}" has unsupported element type ${tensorType.elemType}`);
  const dims: Message[] = tensorType.shape?.dim ?? [];
  const shape = dims.map((dim) =>
    dim.dimValue !== undefined && dim.dimValue !== null && toNumber(dim.dimValue) > 0 ? toNumber(dim.dimValue) : -1,
  );
  return { name: info.name, datatype, shape, classLabels };
}

function zipMapLabels(node: Message): string[] {
  const attribute = (name: string) => (node.attribute as Message[]).find((a) => a.name === name);
  const ints = attribute('classlabels_int64s')?.ints as unknown[] | undefined;
  if (ints?.length) return ints.map((v) => String(toNumber(v)));
  const strings = attribute('classlabels_strings')?.strings as Uint8Array[] | undefined;
  if (strings?.length) return strings.map((s) => Buffer.from(s).toString('utf8'));
  throw new InvalidOnnxModelError(`ZipMap node "${node.name}" has no class labels`);
}

/**
 * Parses an ONNX file, reads its served signature and, when an output comes from ZipMap
 * (a sequence of maps, which onnxruntime-node cannot return), replaces that ZipMap with an
 * Identity so the output becomes the [batch, classes] probability tensor; the class of each
 * column is kept in `classLabels`. Throws InvalidOnnxModelError for anything that is not a
 * servable ONNX model.
 */
export function prepareOnnxModel(bytes: Uint8Array): PreparedModel {
  let model: Message;
  try {
    model = onnxModelType().decode(bytes);
  } catch (error) {
    throw new InvalidOnnxModelError(`not an ONNX model: ${(error as Error).message}`);
  }
  const graph = model.graph;
  if (!graph || !model.irVersion || !(graph.node?.length > 0) || !(graph.output?.length > 0)) {
    throw new InvalidOnnxModelError('not an ONNX model: no graph with nodes and outputs');
  }
  const initializers = new Set<string>((graph.initializer as Message[]).map((t) => t.name));
  const inputs = (graph.input as Message[]).filter((i) => !initializers.has(i.name)).map((i) => tensorSignature(i));
  if (inputs.length === 0) throw new InvalidOnnxModelError('the graph has no inputs');

  let rewritten = false;
  const outputs = (graph.output as Message[]).map((output) => {
    if (output.type?.tensorType) return tensorSignature(output);
    const zipMap = (graph.node as Message[]).find((n) => n.opType === 'ZipMap' && n.output?.[0] === output.name);
    if (!zipMap) return tensorSignature(output);
    const labels = zipMapLabels(zipMap);
    zipMap.opType = 'Identity';
    zipMap.domain = '';
    zipMap.attribute = [];
    output.type = { tensorType: { elemType: 1, shape: { dim: [{ dimParam: 'batch' }, { dimValue: labels.length }] } } };
    rewritten = true;
    return tensorSignature(output, labels);
  });

  return { inputs, outputs, bytes: rewritten ? onnxModelType().encode(model).finish() : bytes, rewritten };
}

/**
 * An onnxruntime error in the caller's terms: its first line, without the status prefix
 * (`[ONNXRuntimeError] : 2 : INVALID_ARGUMENT : `) and without the paths of onnxruntime's own sources
 * (`/onnxruntime_src/onnxruntime/core/...cc:42 Name`), which say nothing to a user and much about the build.
 */
export function ortErrorText(error: unknown): string {
  const first = String((error as Error)?.message ?? error).split('\n')[0];
  return (
    first
      .replace(/\[ONNXRuntimeError\]\s*:\s*\d+\s*:\s*[A-Z_]+\s*:\s*/g, '')
      .replace(/(?:[A-Za-z]:)?[\w./\\-]*onnxruntime[\w./\\-]*\.(?:cc|cpp|h|hpp|c):\d+\s*(?:[\w:~<>]+\s*)?/g, '')
      .replace(/\/[\w.-]+(?:\/[\w.-]+)+/g, '<path>')
      .trim() || 'onnxruntime failed'
  );
}
