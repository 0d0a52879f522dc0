import { apiMessageOf } from '@modelserve/contracts';
import { ApiRequest, ApiSettings, PublicKeyRequest, UsagePlanRequest } from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PublicApis } from '../apis/public-apis';
import { FunctionsConnection } from '../connections/service-connections';
import { apiView, publicKeyView, siteView, usagePlanView } from './function-views';
import { archiveBody, parseBody } from './request-body';

@Controller('v1/apis')
export class ApisController {
  constructor(
    private readonly functions: FunctionsConnection,
    private readonly publicApis: PublicApis,
  ) {}

  /** A public API, served at /apis/{name}/{stage}/ for each of its stages. */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const { name, ...settings } = parseBody(ApiRequest, body);
    return apiView(await this.functions.call('CreateApi', { api: apiMessageOf(name, settings) }, req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { apis } = await this.functions.call('ListApis', {}, req);
    return { apis: apis.map(apiView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return apiView(await this.functions.call('GetApi', { name }, req));
  }

  /** Replaces the API's routes, CORS, authorization, stages and body limit. */
  @Put(':name')
  async update(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const settings = parseBody(ApiSettings, body);
    const updated = await this.functions.call('UpdateApi', { api: apiMessageOf(name, settings) }, req);
    this.publicApis.forget(name);
    return apiView(updated);
  }

  @Delete(':name')
  async remove(@Param('name') name: string, @Req() req: FastifyRequest) {
    const removed = await this.functions.call('DeleteApi', { name }, req);
    this.publicApis.forget(name);
    return apiView(removed);
  }

  /** A usage plan (created, or changed when the name exists): a rate with a burst, and a daily quota. */
  @Post(':name/usage-plans')
  @HttpCode(201)
  async putPlan(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const plan = parseBody(UsagePlanRequest, body);
    return usagePlanView(await this.functions.call('PutUsagePlan', { api: name, ...plan, burst: plan.burst ?? 0 }, req));
  }

  /** A key for the API's callers, on one of its usage plans; the answer holds its secret, shown this once. */
  @Post(':name/keys')
  @HttpCode(201)
  async createKey(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(PublicKeyRequest, body);
    const issued = await this.functions.call('CreatePublicKey', { api: name, name: request.name, usagePlan: request.usagePlan }, req);
    return { ...publicKeyView(issued.key!), key: issued.secret };
  }

  @Delete(':name/keys/:id')
  async deleteKey(@Param('name') name: string, @Param('id') id: string, @Req() req: FastifyRequest) {
    return publicKeyView(await this.functions.call('DeletePublicKey', { api: name, id }, req));
  }

  /** The API's static site: a tar.gz (or zip) of a built page as the body, with index.html at its top. */
  @Put(':name/site')
  async putSite(@Param('name') name: string, @Req() req: FastifyRequest) {
    const site = await this.functions.call('PutSite', { api: name, archive: archiveBody(req, 'the site') }, req);
    this.publicApis.forget(name);
    return siteView(site);
  }
}
