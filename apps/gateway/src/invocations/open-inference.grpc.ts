import * as grpc from '@grpc/grpc-js';
import { AppError, platformVersion, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@modelserve/common';
import {
  bindServer,
  channelOptions,
  inferenceServiceDefinition,
  type GRPCInferenceServiceHandlers,
  type InferResponseBody,
  type ModelInferRequest__Output,
  type StreamFailure,
} from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import { logGrpcFailure, toGrpcError } from '@modelserve/service';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { AccessControl } from '../auth/access-control';
import type { Identity } from '../auth/identity';
import { grpcRoute, policyOf } from '../auth/policies';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { parseVersion } from '../management/request-body';
import { InvocationsService } from './invocations.service';
import { modelMetadata, modelReady } from './v2-models';

/** What ModelReady and ModelMetadata requests name: an endpoint, and optionally a model version. */
interface ModelRef {
  name: string;
  version: string;
}

type Handler<Req, Res> = (request: Req, call: { metadata: grpc.Metadata; requestId: string; identity: Identity }) => Promise<Res> | Res;

/**
 * The Open Inference Protocol (KServe V2) over gRPC on the gateway, so that Triton's and KServe's gRPC
 * clients, and the platform's own services, call endpoints with the gateway's routing, batching, keys
 * and quotas rather than reaching workers. An endpoint is a V2 model; `model_version`, when given, pins
 * the variant serving it. The caller's key travels as `authorization: Bearer <key>` (or `x-api-key`)
 * metadata; every method is under the same policy table as the REST routes.
 */
@Injectable()
export class OpenInferenceGrpc implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: grpc.Server;
  port?: number;

  constructor(
    private readonly invocations: InvocationsService,
    private readonly routing: RoutingTable,
    private readonly access: AccessControl,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    const server = new grpc.Server(channelOptions(this.config.GRPC_MAX_MESSAGE_BYTES));
    server.addService(inferenceServiceDefinition(), this.handlers() as grpc.UntypedServiceImplementation);
    const { GATEWAY_TLS_CERT: cert, GATEWAY_TLS_KEY: key } = this.config;
    // A public port: TLS with the gateway's own certificate when it has one, never the internal CA's.
    const credentials =
      cert && key
        ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: readFileSync(cert), private_key: readFileSync(key) }], false)
        : grpc.ServerCredentials.createInsecure();
    this.port = await bindServer(server, this.config.GATEWAY_HOST, this.config.GATEWAY_GRPC_PORT, credentials);
    this.server = server;
  }

  async onApplicationShutdown() {
    await new Promise<void>((resolve) => (this.server ? this.server.tryShutdown(() => resolve()) : resolve()));
  }

  private handlers(): GRPCInferenceServiceHandlers {
    const versionOrAll = (text: string) => (text ? parseVersion(text, 'model_version') : undefined);
    return {
      ServerLive: this.unary(
        'ServerLive',
        () => ({ live: true }),
        () => undefined,
      ),
      ServerReady: this.unary(
        'ServerReady',
        () => ({ ready: this.routing.hasTable }),
        () => undefined,
      ),
      ServerMetadata: this.unary(
        'ServerMetadata',
        () => ({ name: 'modelserve', version: platformVersion(), extensions: [] }),
        () => undefined,
      ),
      ModelReady: this.unary<ModelRef, { ready: boolean }>(
        'ModelReady',
        (request) => ({ ready: modelReady(this.routing.endpoint(request.name), versionOrAll(request.version)) }),
        (request) => request.name,
      ),
      ModelMetadata: this.unary<ModelRef, object>(
        'ModelMetadata',
        (request) => modelMetadata(this.routing.endpoint(request.name), versionOrAll(request.version)),
        (request) => request.name,
      ),
      ModelInfer: this.unary<ModelInferRequest__Output, InferResponseBody>(
        'ModelInfer',
        (request, call) =>
          this.invocations.inferV2Grpc({
            endpoint: request.modelName,
            version: versionOrAll(request.modelVersion),
            request,
            requestId: call.requestId,
            arrivedAt: performance.now(),
          }),
        (request) => request.modelName,
      ),
      ModelStreamInfer: this.modelStreamInfer(versionOrAll),
    } as unknown as GRPCInferenceServiceHandlers;
  }

  /**
   * ModelInfer over one stream, as Triton's streaming clients use it: the key is checked when the stream
   * opens, each request against the endpoint it names (and its quotas); answers come back as they are
   * ready, matched by the request's id, and a failed request is answered with its error, the stream
   * going on.
   */
  private modelStreamInfer(
    versionOrAll: (text: string) => number | undefined,
  ): grpc.handleBidiStreamingCall<ModelInferRequest__Output, InferResponseBody | StreamFailure> {
    const url = grpcRoute('ModelStreamInfer');
    const policy = policyOf('POST', url)!;
    return (call) => {
      const headers = Object.fromEntries(Object.entries(call.metadata.getMap()).map(([k, v]) => [k, String(v)]));
      const streamId = requestIdFrom(call.metadata.get(REQUEST_ID_HEADER)[0]);
      const identity = this.access.authenticate({ method: 'POST', url, headers }, streamId);
      let refused = false;
      identity.catch((error: unknown) => {
        refused = true;
        logGrpcFailure(this.logger, 'ModelStreamInfer', call.metadata, error, streamId);
        call.emit('error', toGrpcError(error));
      });
      let running = 0;
      let ended = false;
      const finish = () => {
        if (ended && running === 0 && !refused) call.end();
      };
      call.on('data', (request: ModelInferRequest__Output) => {
        running++;
        const requestId = request.id || streamId;
        identity
          .then(async (caller) => {
            await this.access.authorize(caller, policy, {
              id: requestId,
              method: 'POST',
              url,
              headers,
              params: { name: request.modelName },
            });
            return this.invocations.inferV2Grpc({
              endpoint: request.modelName,
              version: versionOrAll(request.modelVersion),
              request,
              requestId,
              arrivedAt: performance.now(),
            });
          })
          .then(
            (response) => {
              if (!refused) call.write(response);
            },
            (error: unknown) => {
              if (refused) return;
              logGrpcFailure(this.logger, 'ModelStreamInfer', call.metadata, error, requestId);
              const failure = error instanceof AppError ? error : new AppError('Internal', 'internal error');
              call.write({ id: request.id, message: failure.message, code: failure.code });
            },
          )
          .finally(() => {
            running--;
            finish();
          });
      });
      call.on('end', () => {
        ended = true;
        finish();
      });
      // A caller that goes away takes its stream with it; there is nobody left to answer.
      call.on('error', () => undefined);
    };
  }

  /** A unary method behind access control: the caller's key, the method's policy, the endpoint it names. */
  private unary<Req, Res>(
    method: string,
    handle: Handler<Req, Res>,
    endpointOf: (request: Req) => string | undefined,
  ): grpc.handleUnaryCall<Req, Res> {
    const policy = policyOf('POST', grpcRoute(method))!;
    return (call, callback) => {
      const requestId = requestIdFrom(call.metadata.get(REQUEST_ID_HEADER)[0]);
      const run = async () => {
        const headers = Object.fromEntries(Object.entries(call.metadata.getMap()).map(([k, v]) => [k, String(v)]));
        const url = grpcRoute(method);
        const identity =
          policy.action === 'public' ? undefined : await this.access.authenticate({ method: 'POST', url, headers }, requestId);
        const endpoint = endpointOf(call.request);
        if (identity)
          await this.access.authorize(identity, policy, {
            id: requestId,
            method: 'POST',
            url,
            headers,
            params: endpoint ? { name: endpoint } : {},
          });
        return handle(call.request, { metadata: call.metadata, requestId, identity: identity! });
      };
      run().then(
        (response) => callback(null, response),
        (error: unknown) => {
          logGrpcFailure(this.logger, method, call.metadata, error, requestId);
          callback(toGrpcError(error));
        },
      );
    };
  }
}
