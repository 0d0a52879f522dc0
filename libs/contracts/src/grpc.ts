import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { workspaceRoot } from '@modelserve/common';
import { join } from 'node:path';
import type { ProtoGrpcType as BatchProto } from './generated/batch';
import type { ProtoGrpcType as InferenceProto } from './generated/grpc_predict_v2';
import type { ProtoGrpcType as RegistryProto } from './generated/registry';
import type { ProtoGrpcType as WorkerControlProto } from './generated/worker_control';

/** Options shared with tools/gen-proto-types.mjs: the generated types describe objects loaded this way. */
const LOADER_OPTIONS: protoLoader.Options = {
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoDirectory()],
};

function protoDirectory(): string {
  return join(workspaceRoot(), 'proto');
}

function load<T>(file: string): T {
  return grpc.loadPackageDefinition(protoLoader.loadSync(file, LOADER_OPTIONS)) as unknown as T;
}

let cache: { inference: InferenceProto; registry: RegistryProto; worker: WorkerControlProto; batch: BatchProto } | undefined;

/** The loaded gRPC service definitions, parsed once per process. */
export function protos() {
  cache ??= {
    inference: load<InferenceProto>('inference/grpc_predict_v2.proto'),
    registry: load<RegistryProto>('modelserve/registry.proto'),
    worker: load<WorkerControlProto>('modelserve/worker_control.proto'),
    batch: load<BatchProto>('modelserve/batch.proto'),
  };
  return cache;
}

/**
 * Options of every gRPC server and client in the platform. gRPC's default receive limit is 4 MiB,
 * smaller than an invocation body can become once decoded, so both directions are set explicitly.
 * channelz (per-call introspection bookkeeping) is off: it costs CPU on every call and nothing reads it.
 * Reconnect backoff is capped at one second (gRPC's default grows to two minutes): the peers are the
 * platform's own services, and after one restarts, callers should find it again at once.
 */
export function channelOptions(maxMessageBytes: number): grpc.ChannelOptions {
  return {
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': maxMessageBytes,
    'grpc.enable_channelz': 0,
    'grpc.initial_reconnect_backoff_ms': 100,
    'grpc.max_reconnect_backoff_ms': 1000,
  };
}

export const DEFAULT_GRPC_MESSAGE_BYTES = 64 * 1024 * 1024;

export function registryClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().registry.modelserve.registry.v1.Registry)(
    address,
    grpc.credentials.createInsecure(),
    channelOptions(maxMessageBytes),
  );
}

export function inferenceClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().inference.inference.GRPCInferenceService)(
    address,
    grpc.credentials.createInsecure(),
    channelOptions(maxMessageBytes),
  );
}

export function workerControlClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().worker.modelserve.worker.v1.WorkerControl)(
    address,
    grpc.credentials.createInsecure(),
    channelOptions(maxMessageBytes),
  );
}

export function batchClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().batch.modelserve.batch.v1.Batch)(address, grpc.credentials.createInsecure(), channelOptions(maxMessageBytes));
}

/** Binds a server on host:port (port 0 picks a free one) and resolves the bound port. */
export function bindServer(server: grpc.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });
}

type UnaryCallback<Res> = (error: grpc.ServiceError | null, response?: Res) => void;

/** Request and response types of a generated unary method (TypeScript reads the last overload: request, callback). */
type UnaryMethod<Req, Res> = (request: Req, callback: UnaryCallback<Res>) => grpc.ClientUnaryCall;
export type RequestOf<M> = M extends UnaryMethod<infer Req, unknown> ? Req : never;
export type ResponseOf<M> = M extends UnaryMethod<never, infer Res> ? Res : never;

/**
 * Promise form of a unary call on a generated client, with metadata and an optional deadline.
 * With `waitForReady` a call made while the peer is unreachable waits for it, until the deadline,
 * instead of failing at once.
 */
export function unary<C extends grpc.Client, K extends keyof C>(
  client: C,
  method: K,
  request: RequestOf<C[K]>,
  metadata = new grpc.Metadata(),
  timeoutMs?: number,
  waitForReady = false,
): Promise<ResponseOf<C[K]>> {
  const options: grpc.CallOptions = timeoutMs ? { deadline: Date.now() + timeoutMs } : {};
  // grpc-js takes wait-for-ready as a metadata option.
  if (waitForReady) metadata.setOptions({ ...metadata.getOptions(), waitForReady: true });
  const call = client[method] as unknown as (
    request: unknown,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: UnaryCallback<ResponseOf<C[K]>>,
  ) => grpc.ClientUnaryCall;
  return new Promise((resolve, reject) => {
    call.call(client, request, metadata, options, (error, response) => (error ? reject(error) : resolve(response!)));
  });
}

/** Lets calls in flight finish for a while, then cuts the rest. */
export function stopGrpcServer(server: grpc.Server, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
