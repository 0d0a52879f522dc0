import {
  createNotebookMessage,
  updateNotebookMessage,
  type LifecycleConfig__Output,
  type NotebookInstance__Output,
} from '@modelserve/contracts';
import {
  LifecycleConfigRequest,
  LifecycleConfigUpdateRequest,
  NotebookInstanceRequest,
  NotebookInstanceUpdateRequest,
  parseRequest,
  PresignedUrlRequest,
} from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS } from '../auth/identity';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { NotebooksConnection } from '../connections/service-connections';
import { NOTEBOOK_SIGN_IN_PARAMETER, notebookPath } from '../notebooks/notebook-proxy';
import { parseBody } from './request-body';

const instanceView = (instance: NotebookInstance__Output) => ({
  name: instance.name,
  status: instance.status,
  ...(instance.failureReason ? { failureReason: instance.failureReason } : {}),
  statusMessage: instance.statusMessage,
  volumeSizeGB: instance.volumeSizeGb,
  lifecycleConfig: instance.lifecycleConfig || null,
  idleShutdownMinutes: instance.idleShutdownMinutes || null,
  environment: instance.environment,
  volumeUsedBytes: Number(instance.volumeUsedBytes),
  // The key the instance's code uses now (its secret is only in the instance's environment).
  instanceKeyId: instance.instanceKeyId || null,
  createdBy: instance.creatorKeyId || null,
  url: notebookPath(instance.name),
  createdAt: instance.createdAt,
  lastModifiedAt: instance.lastModifiedAt,
});

const lifecycleView = (config: LifecycleConfig__Output) => ({
  name: config.name,
  onCreate: config.onCreate || null,
  onStart: config.onStart || null,
  createdAt: config.createdAt,
  lastModifiedAt: config.lastModifiedAt,
});

@Controller('v1/notebook-instances')
export class NotebookInstancesController {
  constructor(
    private readonly notebooks: NotebooksConnection,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** 202: the instance is Pending until its server answers (InService), or Failed with a reason. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(NotebookInstanceRequest, body);
    // The instance's own key gets this key's scopes and resources at every start; with AUTH=disabled there is none.
    const creator = !req.identity || req.identity.keyId === ANONYMOUS.keyId ? '' : req.identity.keyId;
    return instanceView(await this.notebooks.call('CreateNotebookInstance', createNotebookMessage(request, creator), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { instances } = await this.notebooks.call('ListNotebookInstances', {}, req);
    return { notebookInstances: instances.map(instanceView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return instanceView(await this.notebooks.call('GetNotebookInstance', { name }, req));
  }

  /** Changes a stopped instance's settings; `null` removes the lifecycle configuration or the idle shutdown. */
  @Patch(':name')
  async update(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const update = parseBody(NotebookInstanceUpdateRequest, body);
    return instanceView(await this.notebooks.call('UpdateNotebookInstance', updateNotebookMessage(name, update), req));
  }

  @Post(':name/start')
  @HttpCode(202)
  async start(@Param('name') name: string, @Req() req: FastifyRequest) {
    return instanceView(await this.notebooks.call('StartNotebookInstance', { name }, req));
  }

  @Post(':name/stop')
  @HttpCode(202)
  async stop(@Param('name') name: string, @Req() req: FastifyRequest) {
    return instanceView(await this.notebooks.call('StopNotebookInstance', { name }, req));
  }

  @Delete(':name')
  @HttpCode(202)
  async delete(@Param('name') name: string, @Req() req: FastifyRequest) {
    return instanceView(await this.notebooks.call('DeleteNotebookInstance', { name }, req));
  }

  /**
   * A URL that signs a browser in to the instance, once, within 5 minutes; the session it opens lasts
   * `sessionExpirationDurationInSeconds` (12 hours unless asked).
   */
  @Post(':name/presigned-url')
  @HttpCode(200)
  async presignedUrl(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { sessionExpirationDurationInSeconds } = parseRequest(PresignedUrlRequest, body ?? {});
    const token = await this.notebooks.call('CreateSignInToken', { name, sessionSeconds: sessionExpirationDurationInSeconds }, req);
    const origin = this.config.GATEWAY_PUBLIC_URL?.replace(/\/+$/, '') ?? `${req.protocol}://${req.host}`;
    return {
      url: `${origin}${notebookPath(name)}?${NOTEBOOK_SIGN_IN_PARAMETER}=${encodeURIComponent(token.token)}`,
      expiresAt: token.expiresAt,
    };
  }
}

@Controller('v1/notebook-instance-lifecycle-configs')
export class LifecycleConfigsController {
  constructor(private readonly notebooks: NotebooksConnection) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const { name, onCreate, onStart } = parseBody(LifecycleConfigRequest, body);
    return lifecycleView(await this.notebooks.call('CreateLifecycleConfig', { name, onCreate, onStart }, req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { configs } = await this.notebooks.call('ListLifecycleConfigs', {}, req);
    return { lifecycleConfigs: configs.map(lifecycleView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return lifecycleView(await this.notebooks.call('GetLifecycleConfig', { name }, req));
  }

  /** Replaces the scripts the body names; instances run them from their next start. */
  @Put(':name')
  async update(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { onCreate, onStart } = parseBody(LifecycleConfigUpdateRequest, body);
    return lifecycleView(await this.notebooks.call('UpdateLifecycleConfig', { name, onCreate, onStart }, req));
  }

  @Delete(':name')
  async delete(@Param('name') name: string, @Req() req: FastifyRequest) {
    return lifecycleView(await this.notebooks.call('DeleteLifecycleConfig', { name }, req));
  }
}
