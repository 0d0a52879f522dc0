import { AppError, invalidInput, notFound, platformVersion, type Logger } from '@modelserve/common';
import { logGrpcFailure, unaryHandler } from '@modelserve/service';
import { datatypeOfOrt, tensorBytes, tensorsOfInferRequest } from '@modelserve/codecs';
import type { GRPCInferenceServiceHandlers, InferResponseBody, StreamFailure, ModelInferRequest__Output } from '@modelserve/contracts';
import type * as grpc from '@grpc/grpc-js';

import type { LoadedModel, ModelStore } from '../models/model-store';

const SERVER_NAME = 'modelserve-inference-worker';

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
      version: platformVersion(),
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
    const inputs = tensorsOfInferRequest(model.inputs, request);
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
