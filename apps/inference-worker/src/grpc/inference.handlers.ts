import { AppError, invalidInput, notFound, workspaceRoot, type Logger } from '@modelserve/common';
import { logGrpcFailure, unaryHandler } from '@modelserve/service';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAgainstSignature, datatypeOfOrt, numericDatatype, tensorBytes, tensorFromBytes, type Tensor } from '@modelserve/codecs';
import type {
  GRPCInferenceServiceHandlers,
  InferResponseBody,
  StreamFailure,
  InferTensorContents__Output,
  ModelInferRequest__Output,
} from '@modelserve/contracts';
import type * as grpc from '@grpc/grpc-js';

import type { LoadedModel, ModelStore } from '../models/model-store';

const SERVER_NAME = 'modelserve-inference-worker';
/** The platform's release, from its package.json. */
const SERVER_VERSION = (JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The Open Inference Protocol (KServe V2) over gRPC, served from the worker's loaded models. ModelInfer
 * answers with an InferResponseBody, which the service definition's hand-written codec writes
 * (contracts' inferenceServiceDefinition).
 */
export function inferenceHandlers(store: ModelStore, logger: Logger): grpc.UntypedServiceImplementation {
  const modelOrThrow = (name: string, version: string): LoadedModel => {
    const model = store.find(name, version);
    if (!model) throw notFound(`model ${name}${version ? `:${version}` : ''} is not loaded on this worker`);
    return model;
  };

  const handlers: Omit<GRPCInferenceServiceHandlers, 'ModelInfer' | 'ModelStreamInfer'> = {
    ServerLive: unaryHandler(logger, 'ServerLive', () => ({ live: true })),
    ServerReady: unaryHandler(logger, 'ServerReady', () => ({ ready: true })),
    ServerMetadata: unaryHandler(logger, 'ServerMetadata', () => ({
      name: SERVER_NAME,
      version: SERVER_VERSION,
      extensions: [],
    })),
    ModelReady: unaryHandler(logger, 'ModelReady', (request) => ({ ready: !!store.find(request.name, request.version) })),
    ModelMetadata: unaryHandler(logger, 'ModelMetadata', (request) => {
      const model = modelOrThrow(request.name, request.version);
      const tensors = (list: LoadedModel['inputs']) => list.map(({ name, datatype, shape }) => ({ name, datatype, shape }));
      return {
        name: model.ref.model,
        versions: [String(model.ref.version)],
        platform: 'onnxruntime_onnx',
        inputs: tensors(model.inputs),
        outputs: tensors(model.outputs),
      };
    }),
  };
  /** One request, checked against the model's signature, run, and answered with onnxruntime's output buffers. */
  const infer = async (request: ModelInferRequest__Output): Promise<InferResponseBody> => {
    const model = modelOrThrow(request.modelName, request.modelVersion);
    const inputs = inputTensors(model, request);
    const requested = request.outputs.map((o) => o.name);
    for (const name of requested) {
      if (!model.outputs.some((o) => o.name === name)) throw invalidInput(`the model has no output "${name}"`);
    }
    const results = await store.run(model, inputs, requested);
    const names = requested.length ? requested : model.outputs.map((o) => o.name);
    return {
      modelName: model.ref.model,
      modelVersion: String(model.ref.version),
      id: request.id,
      outputs: names.map((name) => ({ name, datatype: datatypeOfOrt(results[name].type), shape: results[name].dims })),
      // onnxruntime's output buffers, written once into the reply.
      raw: names.map((name) => tensorBytes(results[name].data as never)),
    };
  };

  /** Each request on the stream is answered as soon as it is done, in whatever order, matched by its id. */
  const modelStreamInfer = (call: grpc.ServerDuplexStream<ModelInferRequest__Output, InferResponseBody | StreamFailure>) => {
    let running = 0;
    let ended = false;
    call.on('data', (request: ModelInferRequest__Output) => {
      running++;
      infer(request)
        .then(
          (response) => call.write(response),
          (error: unknown) => {
            logGrpcFailure(logger, 'ModelStreamInfer', call.metadata, error, request.id);
            const failure = error instanceof AppError ? error : new AppError('Internal', 'internal error');
            call.write({ id: request.id, message: failure.message, code: failure.code });
          },
        )
        .finally(() => {
          running--;
          if (ended && running === 0) call.end();
        });
    });
    call.on('end', () => {
      ended = true;
      if (running === 0) call.end();
    });
    // A caller that goes away takes its stream with it; there is nobody left to answer.
    call.on('error', () => undefined);
  };

  return {
    ...handlers,
    ModelInfer: unaryHandler<ModelInferRequest__Output, InferResponseBody>(logger, 'ModelInfer', infer),
    ModelStreamInfer: modelStreamInfer,
  } as grpc.UntypedServiceImplementation;
}

/** The request's tensors, checked against the model's inputs: every input once, right datatype and shape. */
function inputTensors(model: LoadedModel, request: ModelInferRequest__Output): Tensor[] {
  const raw = request.rawInputContents;
  if (raw.length && raw.length !== request.inputs.length) {
    throw invalidInput(`raw_input_contents has ${raw.length} entries for ${request.inputs.length} inputs`);
  }
  const seen = new Set<string>();
  const tensors = request.inputs.map((input, index) => {
    const spec = model.inputs.find((s) => s.name === input.name);
    if (!spec) throw invalidInput(`the model has no input "${input.name}"; it takes ${model.inputs.map((s) => `"${s.name}"`).join(', ')}`);
    if (seen.has(input.name)) throw invalidInput(`input "${input.name}" is given twice`);
    seen.add(input.name);
    checkAgainstSignature(spec, input.datatype, input.shape);
    return raw.length
      ? tensorFromBytes(input.name, input.datatype, input.shape, raw[index])
      : tensorFromContents(input.name, input.datatype, input.shape, input.contents);
  });
  const missing = model.inputs.filter((spec) => !seen.has(spec.name));
  if (missing.length) throw invalidInput(`missing input ${missing.map((s) => `"${s.name}"`).join(', ')}`);
  return tensors;
}

/** Typed contents, for V2 clients that do not send raw bytes. */
function tensorFromContents(name: string, datatype: string, shape: number[], contents: InferTensorContents__Output | null): Tensor {
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
