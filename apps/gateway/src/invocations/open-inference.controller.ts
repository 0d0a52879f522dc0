import { AppError, notFound, workspaceRoot } from '@modelserve/common';
import type { EndpointRoute__Output, TensorSpec__Output } from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersion } from '../management/request-body';

const serverVersion = (): string =>
  (JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8')) as { version: string }).version;

const tensor = (t: TensorSpec__Output) => ({ name: t.name, datatype: t.datatype, shape: t.shape });

/** The variants that answer requests (shadows only get copies), optionally those of one model version. */
function servingVariants(endpoint: EndpointRoute__Output, version?: number) {
  const serving = endpoint.variants.filter((v) => !(v.shadowSamplingPercent > 0) && v.weight > 0 && v.model);
  const chosen = version === undefined ? serving : serving.filter((v) => v.model!.version === version);
  if (!chosen.length) throw notFound(`endpoint ${endpoint.name} serves no variant${version === undefined ? '' : ` of version ${version}`}`);
  return chosen;
}

/**
 * The Open Inference Protocol's (KServe V2) REST metadata and health, answered from the routing table:
 * an endpoint is a V2 model, and the model versions its variants serve are its versions. Inference
 * itself (`POST .../infer`) is served beside SageMaker's invocations, on the gateway's fast path.
 */
@Controller('v2')
export class OpenInferenceController {
  private readonly version = serverVersion();

  constructor(private readonly routing: RoutingTable) {}

  @Get()
  server() {
    return { name: 'modelserve', version: this.version, extensions: ['binary_tensor_data'] };
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
    const endpoint = this.routing.endpoint(name);
    const variants = servingVariants(endpoint, version);
    return {
      name: endpoint.name,
      versions: [...new Set(variants.map((v) => String(v.model!.version)))],
      platform: 'onnxruntime_onnx',
      inputs: variants[0].inputs.map(tensor),
      outputs: variants[0].outputs.map(tensor),
    };
  }

  /** 200 when a variant (of the version) has an instance ready; 503 otherwise, as V2 clients expect. */
  private readiness(name: string, version: number | undefined, reply: FastifyReply) {
    const endpoint = this.routing.endpoint(name);
    let ready: boolean;
    try {
      ready =
        (endpoint.status === 'InService' || endpoint.status === 'Updating') &&
        servingVariants(endpoint, version).some((v) => v.workerAddresses.length > 0);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NotFound' && version === undefined) ready = false;
      else throw error;
    }
    if (!ready) void reply.status(503);
    return { name: endpoint.name, ready };
  }
}
