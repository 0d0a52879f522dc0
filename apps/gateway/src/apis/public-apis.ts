import { AppError, errorBody, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@modelserve/common';
import { apiSettingsOf, type Api__Output, type ApiSettingsShape, type PublicKey__Output } from '@modelserve/contracts';
import { hashApiKey } from '@modelserve/auth';
import { Inject, Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { QuotaGate } from '../auth/quota-gate';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { FunctionsConnection, REQUEST_PATH_CALL } from '../connections/service-connections';
import { FunctionRuntime } from '../functions/function-runtime';
import { toAppError } from '../http/error.filter';
import { readBody, sendRawError } from '../http/raw-http';
import { InvocationsService } from '../invocations/invocations.service';
import { GatewayMetrics } from '../observability/metrics';
import { corsHeaders, preflight } from './cors';
import { compileRoutes, matchRoute, type CompiledRoute } from './routes';
import { proxyEvent, proxyResponse } from './proxy-event';
import { SiteFiles } from './site-files';

/** `/apis/{api}/{stage}` and the path under it. */
const API_PATH = /^\/apis\/([A-Za-z0-9-]{1,63})\/([A-Za-z0-9_-]{1,64})(\/[^?#]*)?(?:\?(.*))?$/;

interface LoadedApi {
  api: Api__Output;
  /** Its settings as REST names them, read once per fetch rather than per request. */
  settings: ApiSettingsShape;
  routes: CompiledRoute[];
  fetchedAt: number;
}

/** Refused keys are remembered briefly too, so a flood of bad keys does not reach the registry. */
const REFUSED_KEY_CACHE_MS = 1000;

/**
 * Serves public APIs at /apis/{api}/{stage}/...: CORS preflights answered here, callers' keys checked and
 * metered by their usage plans, each route handed to its function (as API Gateway's proxy integration
 * does) or its endpoint, and everything else to the API's static site. Errors are JSON with the CORS
 * headers a browser needs to read them. Served from Node's HTTP layer, like the invocation paths.
 */
@Injectable()
export class PublicApis {
  private readonly apis = new Map<string, LoadedApi>();
  private readonly keys = new Map<string, { key?: PublicKey__Output; until: number }>();
  private readonly sites = new Map<string, Promise<SiteFiles>>();

  constructor(
    private readonly functions: FunctionsConnection,
    private readonly runtime: FunctionRuntime,
    private readonly invocations: InvocationsService,
    private readonly quotas: QuotaGate,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {}

  static handles(url: string | undefined): boolean {
    return !!url?.startsWith('/apis/');
  }

  /** Forgets a changed API (and its site) in this process. */
  forget(name: string): void {
    this.apis.delete(name);
    this.sites.delete(name);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const started = performance.now();
    const method = req.method ?? 'GET';
    const match = API_PATH.exec(req.url ?? '');
    let apiName = '-';
    let stage = '-';
    let routeLabel = 'none';
    let cors: Record<string, string> = {};
    let keyId: string | undefined;
    try {
      if (!match) throw new AppError('NotFound', 'no API is served at this path; APIs are at /apis/{api}/{stage}/...');
      [, apiName, stage] = match;
      const rawPath = match[3] || '/';
      const path = decodePath(rawPath);
      const loaded = await this.load(apiName, requestId);
      if (!loaded.api.stages.includes(stage)) throw new AppError('NotFound', `API ${apiName} has no stage ${stage}`);
      const { settings } = loaded;
      const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
      if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
        routeLabel = 'preflight';
        const answer = preflight(settings.cors, origin, req.headers);
        res.writeHead(answer.status, { ...answer.headers, [REQUEST_ID_HEADER]: requestId, 'content-length': 0 });
        res.end();
        return;
      }
      cors = corsHeaders(settings.cors, origin);
      const found = matchRoute(loaded.routes, method, rawPath);
      if (!found) {
        if ((method === 'GET' || method === 'HEAD') && loaded.api.site) {
          routeLabel = 'site';
          await this.serveSite(loaded.api, path, req, res, cors, requestId);
          return;
        }
        throw new AppError('NotFound', `API ${apiName} has no route for ${method} ${path}`);
      }
      routeLabel = `${found.route.method} ${found.route.path}`;
      if (settings.auth === 'apiKey') keyId = await this.admitKey(apiName, req.headers['x-api-key'], requestId);
      const body = await readBody(req, settings.maxBodyBytes);
      if (found.route.endpoint !== undefined) {
        const result = await this.invocations.invoke({
          endpoint: found.route.endpoint,
          contentType: req.headers['content-type'],
          accept: req.headers.accept,
          body,
          requestId,
          arrivedAt: performance.now(),
        });
        res.writeHead(200, {
          ...cors,
          'content-type': result.contentType,
          'content-length': result.body.length,
          'x-amzn-invoked-production-variant': result.variant,
          [REQUEST_ID_HEADER]: requestId,
        });
        res.end(result.body);
        return;
      }
      const event = proxyEvent({ req, api: apiName, stage, path, query: match[4], route: found, body, requestId, keyId });
      const answer = await this.runtime.invoke({ name: found.route.function!, qualifier: found.route.qualifier, event, requestId });
      const response = proxyResponse(answer.payload, found.route.function!);
      res.writeHead(response.statusCode, {
        ...response.headers,
        ...cors,
        [REQUEST_ID_HEADER]: requestId,
        'content-length': response.body.length,
      });
      res.end(method === 'HEAD' ? undefined : response.body);
    } catch (error) {
      const appError = toAppError(error, this.logger, requestId, this.config.MAX_BODY_BYTES);
      // API Gateway's error body is {"message"}; the platform's {"error"} is there too.
      await sendRawError(req, res, appError, requestId, { message: appError.message, ...errorBody(appError, requestId) }, cors);
    } finally {
      const status = res.statusCode;
      this.metrics.apiRequests.inc({ api: apiName, stage, route: routeLabel, status: String(status) });
      this.metrics.apiLatency.observe({ api: apiName, route: routeLabel }, (performance.now() - started) / 1000);
      this.logger.info(
        {
          api: apiName,
          stage,
          route: routeLabel,
          method,
          path: req.url,
          status,
          ms: Math.round((performance.now() - started) * 100) / 100,
          requestId,
          keyId,
          source: req.socket.remoteAddress,
        },
        'api request',
      );
    }
  }

  private async load(name: string, requestId: string): Promise<LoadedApi> {
    const cached = this.apis.get(name);
    if (cached && Date.now() - cached.fetchedAt < this.config.FUNCTION_CONFIG_CACHE_MS) return cached;
    const api = await this.functions.call('GetApi', { name }, { id: requestId }, REQUEST_PATH_CALL);
    const settings = apiSettingsOf(api);
    const loaded = { api, settings, routes: compileRoutes(settings.routes), fetchedAt: Date.now() };
    if (this.apis.size > 1000) this.apis.clear();
    this.apis.set(name, loaded);
    return loaded;
  }

  /** The caller's key, checked and counted against its usage plan: its id, or a 403 or 429. */
  private async admitKey(api: string, header: string | string[] | undefined, requestId: string): Promise<string> {
    if (typeof header !== 'string' || !header) throw new AppError('Forbidden', 'this API needs a key in the x-api-key header');
    const hash = hashApiKey(header);
    const cacheKey = `${api}:${hash}`;
    let entry = this.keys.get(cacheKey);
    if (!entry || entry.until < Date.now()) {
      const key = await this.functions
        .call('ResolvePublicKey', { api, keyHash: hash }, { id: requestId }, REQUEST_PATH_CALL)
        .catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'NotFound') return undefined;
          throw error;
        });
      entry = { key, until: Date.now() + (key ? this.config.AUTH_CACHE_MS : REFUSED_KEY_CACHE_MS) };
      if (this.keys.size > 10_000) this.keys.clear();
      this.keys.set(cacheKey, entry);
    }
    if (!entry.key) throw new AppError('Forbidden', 'the x-api-key is not a key of this API');
    await this.quotas.admit([`apikey:${entry.key.id}`], requestId);
    return entry.key.id;
  }

  private async serveSite(
    api: Api__Output,
    path: string,
    req: IncomingMessage,
    res: ServerResponse,
    cors: Record<string, string>,
    requestId: string,
  ) {
    const site = await this.siteOf(api, requestId);
    const accept = req.headers.accept ?? '';
    const file = site.lookup(path, accept.includes('text/html'));
    if (!file) throw new AppError('NotFound', `the site of API ${api.name} has no ${path}`);
    const headers = {
      ...cors,
      'content-type': file.contentType,
      etag: file.etag,
      'cache-control': file.cacheControl,
      'x-content-type-options': 'nosniff',
      [REQUEST_ID_HEADER]: requestId,
    };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  private siteOf(api: Api__Output, requestId: string): Promise<SiteFiles> {
    const sha256 = api.site!.sha256;
    const pending = this.sites.get(api.name);
    const load = () => {
      const loading = this.functions
        .call('GetSiteArchive', { name: api.name }, { id: requestId })
        .then(({ site, archive }) => SiteFiles.fromArchive(site?.sha256 ?? sha256, archive));
      loading.catch(() => this.sites.delete(api.name));
      this.sites.set(api.name, loading);
      return loading;
    };
    if (!pending) return load();
    return pending.then((files) => (files.sha256 === sha256 ? files : load()));
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new AppError('InvalidRequest', 'the path is not valid percent-encoding');
  }
}
