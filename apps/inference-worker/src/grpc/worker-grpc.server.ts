import * as grpc from '@grpc/grpc-js';
import { bindServer, channelOptions, inferenceServiceDefinition, protos } from '@modelserve/contracts';
import type { Logger } from '@modelserve/common';
import type { ModelStore } from '../models/model-store';
import { controlHandlers } from './control.handlers';
import { inferenceHandlers } from './inference.handlers';

/** The worker's gRPC server: the V2 inference service and the control service on one port. */
export async function startWorkerGrpcServer(
  store: ModelStore,
  logger: Logger,
  host: string,
  port: number,
  maxMessageBytes: number,
): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server(channelOptions(maxMessageBytes));
  server.addService(inferenceServiceDefinition(), inferenceHandlers(store, logger));
  server.addService(protos().worker.modelserve.worker.v1.WorkerControl.service, controlHandlers(store, logger));
  return { server, port: await bindServer(server, host, port) };
}
