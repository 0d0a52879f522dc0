import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { workspaceRoot } from '@modelserve/common';
import { join } from 'node:path';
import type { ProtoGrpcType as AccessProto } from './generated/access';
import type { ProtoGrpcType as BatchProto } from './generated/batch';
import type { ProtoGrpcType as FunctionsProto } from './generated/functions';
import type { ProtoGrpcType as InferenceProto } from './generated/grpc_predict_v2';
import type { ProtoGrpcType as NotebooksProto } from './generated/notebooks';
import type { ProtoGrpcType as RegistryProto } from './generated/registry';
import type { ProtoGrpcType as WorkerControlProto } from './generated/worker_control';
import type { GRPCInferenceServiceClient } from './generated/inference/GRPCInferenceService';
import {
  decodeInferRequest,
  decodeStreamInferResponse,
  encodeInferCall,
  encodeInferResponse,
  encodeStreamInferResponse,
  type InferAnswer,
  type InferCall,
  type InferResponseBody,
  type StreamFailure,
  type StreamResult,
} from './model-infer-codec';

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

let cache:
  | {
      inference: InferenceProto;
      registry: RegistryProto;
      access: AccessProto;
      functions: FunctionsProto;
      worker: WorkerControlProto;
      batch: BatchProto;
      notebooks: NotebooksProto;
    }
  | undefined;

/** The loaded gRPC service definitions, parsed once per process. */
export function protos() {
  cache ??= {
    inference: load<InferenceProto>('inference/grpc_predict_v2.proto'),
    registry: load<RegistryProto>('modelserve/registry.proto'),
    access: load<AccessProto>('modelserve/access.proto'),
    functions: load<FunctionsProto>('modelserve/functions.proto'),
    worker: load<WorkerControlProto>('modelserve/worker_control.proto'),
    batch: load<BatchProto>('modelserve/batch.proto'),
    notebooks: load<NotebooksProto>('modelserve/notebooks.proto'),
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

/** Mutual TLS between the platform's services: the CA that signs them all, and this process's certificate and key. */
export interface GrpcTls {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
  /** The name in every service certificate, which clients check whatever address they dial. */
  serverName: string;
}

let tls: GrpcTls | undefined;

/**
 * How every gRPC client and server of this process secures its connections, set once at start: mutual
 * TLS (servers refuse callers without a certificate from the platform's CA), or plain text when
 * `undefined` (local development only).
 */
export function useGrpcTls(settings: GrpcTls | undefined): void {
  tls = settings;
}

function clientCredentials(): grpc.ChannelCredentials {
  return tls ? grpc.credentials.createSsl(tls.ca, tls.key, tls.cert) : grpc.credentials.createInsecure();
}

function clientOptions(maxMessageBytes: number): grpc.ChannelOptions {
  return tls ? { ...channelOptions(maxMessageBytes), 'grpc.ssl_target_name_override': tls.serverName } : channelOptions(maxMessageBytes);
}

function serverCredentials(): grpc.ServerCredentials {
  return tls
    ? grpc.ServerCredentials.createSsl(tls.ca, [{ private_key: tls.key, cert_chain: tls.cert }], true)
    : grpc.ServerCredentials.createInsecure();
}

export function registryClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().registry.modelserve.registry.v1.Registry)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

/** The registry's Access service (keys, quotas, audit), on the registry's address. */
export function accessClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().access.modelserve.access.v1.Access)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

/** The registry's Functions service (functions, public APIs, usage plans, sites), on the registry's address. */
export function functionsClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().functions.modelserve.functions.v1.Functions)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

export function inferenceClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().inference.inference.GRPCInferenceService)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

export function workerControlClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().worker.modelserve.worker.v1.WorkerControl)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

export function batchClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().batch.modelserve.batch.v1.Batch)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

/** The batch service's Notebooks service. */
export function notebooksClient(address: string, maxMessageBytes = DEFAULT_GRPC_MESSAGE_BYTES) {
  return new (protos().notebooks.modelserve.notebooks.v1.Notebooks)(address, clientCredentials(), clientOptions(maxMessageBytes));
}

/**
 * The V2 inference service as a worker serves it: ModelInfer and ModelStreamInfer read and write their
 * messages with the hand-written codec (handlers get the usual request object and answer with an
 * InferResponseBody, or a StreamFailure on the stream); every other method is proto-loader's.
 */
export function inferenceServiceDefinition(): grpc.ServiceDefinition {
  const definition = protos().inference.inference.GRPCInferenceService.service;
  return {
    ...definition,
    ModelInfer: {
      ...definition.ModelInfer,
      requestDeserialize: decodeInferRequest,
      responseSerialize: (response: InferResponseBody) => encodeInferResponse(response),
    },
    ModelStreamInfer: {
      ...definition.ModelStreamInfer,
      requestDeserialize: decodeInferRequest,
      responseSerialize: (result: InferResponseBody | StreamFailure) => encodeStreamInferResponse(result),
    },
  } as grpc.ServiceDefinition;
}

const MODEL_STREAM_INFER_PATH = '/inference.GRPCInferenceService/ModelStreamInfer';

/** The stream to a worker broke (the worker stopped, or cannot be reached): the request may go elsewhere. */
export class InferStreamBroken extends Error {
  constructor(detail: string) {
    super(`the stream to the worker broke: ${detail}`);
  }
}

/** The worker did not answer a request before its deadline. */
export class InferDeadlineExceeded extends Error {
  constructor() {
    super('no answer from the worker before the request deadline');
  }
}

interface Pending {
  resolve(answer: InferAnswer): void;
  reject(error: unknown): void;
  deadline: number;
}

/** How often a stream looks for requests past their deadline (one timer per stream, not one per request). */
const DEADLINE_SWEEP_MS = 100;

/**
 * Requests to one worker over one long-lived ModelStreamInfer call: each request is a message on the
 * stream and its answer comes back matched by id, which costs a fraction of a unary call (no HTTP/2
 * stream, headers or trailers per request). If the stream breaks, every request on it fails with
 * InferStreamBroken and the next request opens a new stream.
 */
export class InferStream {
  private call?: grpc.ClientDuplexStream<InferCall, StreamResult>;
  private readonly pending = new Map<string, Pending>();
  private next = 0;
  private sweeper?: NodeJS.Timeout;

  constructor(private readonly client: GRPCInferenceServiceClient) {}

  /** Sends one request; `onFailure` turns a worker's failure of it into the error to reject with. */
  send(
    call: Omit<InferCall, 'id'>,
    requestId: string,
    timeoutMs: number,
    onFailure: (failure: StreamFailure) => unknown,
  ): Promise<InferAnswer> {
    const stream = this.open();
    // The id matches the answer to its request; the request id rides along for the worker's logs.
    const id = `${(this.next = (this.next + 1) % Number.MAX_SAFE_INTEGER)}/${requestId}`;
    return new Promise<InferAnswer>((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject: (error: unknown) =>
          reject(error instanceof InferStreamBroken || error instanceof InferDeadlineExceeded ? error : onFailure(error as StreamFailure)),
        deadline: performance.now() + timeoutMs,
      });
      this.sweeper ??= setInterval(() => this.sweep(), DEADLINE_SWEEP_MS).unref();
      stream.write({ ...call, id });
    });
  }

  /** Fails the requests past their deadline; a worker that never answers one must not hold it forever. */
  private sweep() {
    const now = performance.now();
    for (const [id, waiting] of this.pending) {
      if (waiting.deadline > now) continue;
      this.pending.delete(id);
      waiting.reject(new InferDeadlineExceeded());
    }
    if (this.pending.size === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }

  get outstanding() {
    return this.pending.size;
  }

  private open(): grpc.ClientDuplexStream<InferCall, StreamResult> {
    if (this.call) return this.call;
    const call = this.client.makeBidiStreamRequest(
      MODEL_STREAM_INFER_PATH,
      encodeInferCall,
      decodeStreamInferResponse,
    ) as grpc.ClientDuplexStream<InferCall, StreamResult>;
    this.call = call;
    call.on('data', (result: StreamResult) => {
      const waiting = this.pending.get(result.id);
      if (!waiting) return;
      this.pending.delete(result.id);
      if (result.answer) waiting.resolve(result.answer);
      else waiting.reject(result.failure);
    });
    const broken = (detail: string) => {
      if (this.call !== call) return;
      this.call = undefined;
      for (const [id, waiting] of this.pending) {
        waiting.reject(new InferStreamBroken(detail));
        this.pending.delete(id);
      }
    };
    call.on('error', (error: grpc.ServiceError) => broken(error.details || error.message));
    call.on('end', () => broken('the worker ended the stream'));
    call.on('status', (status: grpc.StatusObject) => broken(status.details));
    return call;
  }

  close() {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.call?.end();
    this.call = undefined;
  }
}

/**
 * Binds a server on host:port (port 0 picks a free one) and resolves the bound port. Internal servers
 * use the platform's transport (mutual TLS, or plain text); a public one gives its own credentials.
 */
export function bindServer(server: grpc.Server, host: string, port: number, credentials = serverCredentials()): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, credentials, (error, boundPort) => (error ? reject(error) : resolve(boundPort)));
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
