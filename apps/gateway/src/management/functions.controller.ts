import { AppError, invalidRequest } from '@modelserve/common';
import { FUNCTION_SETTING_NAMES, functionConfigOf } from '@modelserve/contracts';
import {
  AliasRequest,
  FunctionRequest,
  FunctionUpdateRequest,
  functionAliasName,
  functionQualifier,
  parseRequest,
  PublishVersionRequest,
} from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FunctionsConnection } from '../connections/service-connections';
import { FunctionRuntime } from '../functions/function-runtime';
import { aliasView, functionView, logEntryView } from './function-views';
import { archiveBody, parseBody } from './request-body';

const codeOf = (code: { archive: string } | { s3Uri: string } | undefined) =>
  !code ? {} : 'archive' in code ? { archive: Buffer.from(code.archive, 'base64') } : { s3Uri: code.s3Uri };

@Controller('v1/functions')
export class FunctionsController {
  constructor(
    private readonly functions: FunctionsConnection,
    private readonly runtime: FunctionRuntime,
  ) {}

  /** A function: settings and code (`code.archive`, a base64 zip or tar.gz, or `code.s3Uri`). */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const { name, code, ...settings } = parseBody(FunctionRequest, body);
    return functionView(await this.functions.call('CreateFunction', { config: functionConfigOf(name, settings), ...codeOf(code) }, req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { functions } = await this.functions.call('ListFunctions', {}, req);
    return { functions: functions.map(functionView) };
  }

  /** The function at `?qualifier=` ($LATEST by default), with its versions and aliases. */
  @Get(':name')
  async get(@Param('name') name: string, @Query('qualifier') qualifier: unknown, @Req() req: FastifyRequest) {
    const detail = await this.functions.call('GetFunction', { name, qualifier: qualifierOf(qualifier) }, req);
    return { ...functionView(detail.config!), versions: detail.versions.map(functionView), aliases: detail.aliases.map(aliasView) };
  }

  /** Changes $LATEST: the settings the body names, and its code when it has `code`. */
  @Put(':name')
  async update(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { code, ...settings } = parseBody(FunctionUpdateRequest, body);
    const updateMask = FUNCTION_SETTING_NAMES.filter((setting) => settings[setting] !== undefined);
    const updated = await this.functions.call(
      'UpdateFunction',
      { config: functionConfigOf(name, settings), updateMask, ...codeOf(code) },
      req,
    );
    this.runtime.forget(name);
    return functionView(updated);
  }

  /** New code for $LATEST: the archive itself as the body (application/zip or application/gzip). */
  @Put(':name/code')
  async putCode(@Param('name') name: string, @Req() req: FastifyRequest) {
    const archive = archiveBody(req, 'the archive');
    const updated = await this.functions.call('UpdateFunction', { config: { name }, updateMask: [], archive }, req);
    this.runtime.forget(name);
    return functionView(updated);
  }

  @Delete(':name')
  async remove(@Param('name') name: string, @Req() req: FastifyRequest) {
    const removed = await this.functions.call('DeleteFunction', { name }, req);
    this.runtime.forget(name);
    return functionView(removed);
  }

  /** Freezes $LATEST as the next version (the newest one, if nothing changed since). */
  @Post(':name/versions')
  @HttpCode(201)
  async publish(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { description } = parseRequest(PublishVersionRequest, body ?? {});
    return functionView(await this.functions.call('PublishFunctionVersion', { name, description }, req));
  }

  @Put(':name/aliases/:alias')
  async putAlias(@Param('name') name: string, @Param('alias') alias: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const aliasName = parseRequest(functionAliasName, alias, 'alias');
    const { version, description } = parseBody(AliasRequest, body);
    const saved = await this.functions.call('PutFunctionAlias', { function: name, name: aliasName, version, description }, req);
    this.runtime.forget(name);
    return aliasView(saved);
  }

  @Delete(':name/aliases/:alias')
  async deleteAlias(@Param('name') name: string, @Param('alias') alias: string, @Req() req: FastifyRequest) {
    const removed = await this.functions.call('DeleteFunctionAlias', { function: name, name: alias }, req);
    this.runtime.forget(name);
    return aliasView(removed);
  }

  /**
   * Runs the function with the JSON body as its event and answers what it returned, as JSON. A failure
   * of its code is a 502 naming it; the function's version is in X-Function-Version.
   */
  @Post(':name/invocations')
  @HttpCode(200)
  async invoke(
    @Param('name') name: string,
    @Query('qualifier') qualifier: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const contentType = req.headers['content-type']?.split(';')[0].trim();
    if (req.body !== undefined && contentType !== 'application/json') {
      throw new AppError('UnsupportedMediaType', 'an event is sent as application/json');
    }
    const answer = await this.runtime.invoke({ name, qualifier: qualifierOf(qualifier), event: req.body ?? null, requestId: req.id });
    void reply.header('content-type', 'application/json').header('x-function-version', answer.version);
    return reply.send(answer.payload);
  }

  /** The function's log: the newest `limit` entries, or those after `afterId` (to follow it), or one request's. */
  @Get(':name/logs')
  async logs(@Param('name') name: string, @Query() query: Record<string, unknown>, @Req() req: FastifyRequest) {
    const number = (value: unknown, what: string) => {
      if (value === undefined) return 0;
      const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) throw invalidRequest(`${what} must be a whole number`);
      return n;
    };
    const requestId = typeof query.requestId === 'string' ? query.requestId.slice(0, 200) : '';
    const { entries } = await this.functions.call(
      'ListFunctionLogs',
      { function: name, limit: number(query.limit, 'limit'), afterId: number(query.afterId, 'afterId'), requestId },
      req,
    );
    return { entries: entries.map(logEntryView) };
  }
}

function qualifierOf(qualifier: unknown): string {
  if (qualifier === undefined) return '';
  if (typeof qualifier !== 'string') throw invalidRequest('qualifier must be given once');
  return parseRequest(functionQualifier, qualifier, 'qualifier');
}
