import { declaredPayloadHash, isSigV4, UNSIGNED_PAYLOAD } from '@modelserve/auth';
import { ACTOR_HEADER, AppError, forbidden, invalidRequest } from '@modelserve/common';
import { fromGrpcError, metadataWithRequestId } from '@modelserve/service';
import { updateVersionMessage, type ModelVersion__Output } from '@modelserve/contracts';
import { CreateModelRequest, RegisterVersionRequest, SetAliasRequest, UpdateVersionRequest } from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { RegistryConnection } from '../connections/service-connections';
import { parseBody, parseVersion } from './request-body';
import { modelView, versionView } from './views';

const UPLOAD_TIMEOUT_MS = 30 * 60_000;

@Controller('v1/models')
export class ModelsController {
  constructor(
    private readonly registry: RegistryConnection,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const { name, description } = parseBody(CreateModelRequest, body);
    return modelView(await this.registry.call('CreateModel', { name, description }, req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { models } = await this.registry.call('ListModels', {}, req);
    return { models: models.map(modelView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return modelView(await this.registry.call('GetModel', { name }, req));
  }

  /** Deletes the model with its versions and aliases; 409 while an endpoint config uses one of its versions. */
  @Delete(':name')
  async remove(@Param('name') name: string, @Req() req: FastifyRequest) {
    return modelView(await this.registry.call('DeleteModel', { name }, req));
  }

  /** The raw ONNX file as application/octet-stream (streamed to the registry), or {"artifactUri": "s3://..."}. */
  @Post(':name/versions')
  @HttpCode(201)
  async createVersion(@Param('name') name: string, @Req() req: FastifyRequest) {
    const contentType = req.headers['content-type']?.split(';')[0].trim();
    if (contentType === 'application/json') {
      const { artifactUri, description, tags } = parseBody(RegisterVersionRequest, req.body);
      return versionView(await this.registry.call('RegisterModelVersion', { model: name, artifactUri, description, tags }, req));
    }
    if (contentType !== 'application/octet-stream') {
      throw new AppError('UnsupportedMediaType', 'send the ONNX file as application/octet-stream, or {"artifactUri"} as application/json');
    }
    const declared = Number(req.headers['content-length']);
    if (declared > this.config.MODEL_MAX_BYTES) {
      throw new AppError('PayloadTooLarge', `the model file is ${declared} bytes; the limit is ${this.config.MODEL_MAX_BYTES}`);
    }
    await this.registry.call('GetModel', { name }, req);
    return versionView(await this.streamToRegistry(name, req));
  }

  @Get(':name/versions')
  async listVersions(@Param('name') name: string, @Req() req: FastifyRequest) {
    const { versions } = await this.registry.call('ListModelVersions', { model: name }, req);
    return { versions: versions.map(versionView) };
  }

  @Get(':name/versions/:version')
  async getVersion(@Param('name') name: string, @Param('version') version: string, @Req() req: FastifyRequest) {
    return versionView(await this.registry.call('GetModelVersion', { model: name, version: parseVersion(version) }, req));
  }

  /** Description, tags and approval status; the artifact never changes. */
  @Patch(':name/versions/:version')
  async updateVersion(@Param('name') name: string, @Param('version') version: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(UpdateVersionRequest, body);
    return versionView(await this.registry.call('UpdateModelVersion', updateVersionMessage(name, parseVersion(version), request), req));
  }

  /** 409 while an endpoint config or an alias uses the version. */
  @Delete(':name/versions/:version')
  async deleteVersion(@Param('name') name: string, @Param('version') version: string, @Req() req: FastifyRequest) {
    return versionView(await this.registry.call('DeleteModelVersion', { model: name, version: parseVersion(version) }, req));
  }

  /** Creates or moves an alias; answers the version it now points at. */
  @Put(':name/aliases/:alias')
  async setAlias(@Param('name') name: string, @Param('alias') alias: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { version } = parseBody(SetAliasRequest, body);
    return versionView(await this.registry.call('SetModelAlias', { model: name, alias, version }, req));
  }

  @Delete(':name/aliases/:alias')
  @HttpCode(204)
  async deleteAlias(@Param('name') name: string, @Param('alias') alias: string, @Req() req: FastifyRequest) {
    await this.registry.call('DeleteModelAlias', { model: name, alias }, req);
  }

  /**
   * Pipes the request body into the registry's client stream with backpressure; nothing is buffered
   * whole. A SigV4-signed upload's declared payload hash is checked as the bytes pass: on a mismatch the
   * upload is cancelled before the registry can make a version of it.
   */
  private streamToRegistry(model: string, req: FastifyRequest): Promise<ModelVersion__Output> {
    const body = req.body as Readable;
    if (!body || typeof body.on !== 'function') return Promise.reject(invalidRequest('the request has no body'));
    const declared = isSigV4(req.headers.authorization) ? declaredPayloadHash(req.headers) : undefined;
    const digest = declared && declared !== UNSIGNED_PAYLOAD ? createHash('sha256') : undefined;
    const metadata = metadataWithRequestId(req.id);
    if (req.identity) metadata.set(ACTOR_HEADER, req.identity.actor);
    return new Promise((resolve, reject) => {
      let settled = false;
      const call = this.registry.client.UploadModelVersion(metadata, { deadline: Date.now() + UPLOAD_TIMEOUT_MS }, (error, version) => {
        settled = true;
        if (error) {
          // Read and drop what is left of the body so the error reply can be sent.
          body.unpipe?.();
          body.removeAllListeners('data');
          body.resume();
          reject(fromGrpcError(error));
        } else resolve(version!);
      });
      call.write({ header: { model, maxBytes: this.config.MODEL_MAX_BYTES } });
      body.on('data', (chunk: Buffer) => {
        if (settled) return;
        digest?.update(chunk);
        if (!call.write({ chunk })) {
          body.pause();
          call.once('drain', () => body.resume());
        }
      });
      body.on('end', () => {
        if (settled) return;
        if (digest && digest.digest('hex') !== declared) {
          settled = true;
          call.cancel();
          reject(forbidden('X-Amz-Content-Sha256 does not match the body: the body was changed after signing'));
          return;
        }
        call.end();
      });
      body.on('error', () => settled || call.cancel());
    });
  }
}
