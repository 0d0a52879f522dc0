import { AppError, platformVersion } from '@modelserve/common';
import { RoutingTable } from '@modelserve/routing';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { parseVersion } from '../management/request-body';
import { modelMetadata, modelReady } from './v2-models';

/**
 * The Open Inference Protocol's (KServe V2) REST metadata and health, answered from the routing table:
 * an endpoint is a V2 model, and the model versions its variants serve are its versions. Inference
 * itself (`POST .../infer`) is served beside SageMaker's invocations, on the gateway's fast path.
 */
@Controller('v2')
export class OpenInferenceController {
  constructor(private readonly routing: RoutingTable) {}

  @Get()
  server() {
    return { name: 'modelserve', version: platformVersion(), extensions: ['binary_tensor_data'] };
  }

  @Get('health/live')
  live() {
    return { live: true };
  }

  @Get('health/ready')
  ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const ready = this.routing.hasTable;
    if (!ready) void reply.status(503);
    return { ready };
  }

  @Get('models/:name')
  model(@Param('name') name: string) {
    return this.metadata(name);
  }

  @Get('models/:name/versions/:version')
  modelVersion(@Param('name') name: string, @Param('version') version: string) {
    return this.metadata(name, parseVersion(version));
  }

  @Get('models/:name/ready')
  modelReady(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.readiness(name, undefined, reply);
  }

  @Get('models/:name/versions/:version/ready')
  modelVersionReady(@Param('name') name: string, @Param('version') version: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.readiness(name, parseVersion(version), reply);
  }

  private metadata(name: string, version?: number) {
    return modelMetadata(this.routing.endpoint(name), version);
  }

  /** 200 when a variant (of the version) has an instance ready; 503 otherwise, as V2 clients expect. */
  private readiness(name: string, version: number | undefined, reply: FastifyReply) {
    const endpoint = this.routing.endpoint(name);
    let ready: boolean;
    try {
      ready = modelReady(endpoint, version);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NotFound' && version === undefined) ready = false;
      else throw error;
    }
    if (!ready) void reply.status(503);
    return { name: endpoint.name, ready };
  }
}
