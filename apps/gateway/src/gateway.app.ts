import { AppError, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@modelserve/common';
import { startService } from '@modelserve/service';
import type { FastifyInstance } from 'fastify';
import cluster from 'node:cluster';
import { GatewayModule } from './app.module';
import type { GatewayConfig } from './config';
import { AccessControl } from './auth/access-control';
import { installAccessControl } from './auth/http-hooks';
import { ErrorFilter, sendError } from './http/error.filter';
import { InvocationsService } from './invocations/invocations.service';
import { invocationsServerFactory } from './invocations/invocations.route';
import { AWS_JSON_TYPE } from './sagemaker/sagemaker-api.controller';
import { clusterMetricsSource } from './processes';
import { PublicApis } from './apis/public-apis';
import { NotebookProxy } from './notebooks/notebook-proxy';
import { ARCHIVE_TYPES } from './management/request-body';

/** The largest code archive or site accepted (the registry's limit). */
const MAX_CODE_BYTES = 50 * 1024 * 1024;

/** One gateway process: the REST API and the invocations route on the gateway port. */
const JSON_LINES_TYPES = ['application/jsonlines', 'application/x-ndjson', 'application/jsonl'];

export async function startGateway(config: GatewayConfig, logger: Logger): Promise<void> {
  const supervised = cluster.isWorker;
  let invocations: InvocationsService | undefined;
  let access: AccessControl | undefined;
  let publicApis: PublicApis | undefined;
  let notebooks: NotebookProxy | undefined;
  let routesWithoutPolicy = (): string[] => [];
  const app = await startService({
    name: 'gateway',
    module: GatewayModule.register(config, logger, supervised ? (metrics) => clusterMetricsSource(metrics.registry) : undefined),
    httpHost: config.GATEWAY_HOST,
    httpPort: config.GATEWAY_PORT,
    grpcTls: config,
    logger,
    // Under the supervisor every process would log the same start-up lines; the first one does.
    quiet: supervised && cluster.worker?.id !== 1,
    // JSON bodies keep their bytes, which a SigV4 signature covers.
    rawBody: true,
    fastify: {
      bodyLimit: config.MAX_BODY_BYTES,
      genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
      // The router's own refusals (a path that is not valid percent-encoding, a path segment past
      // maxParamLength) get the API's JSON error body too.
      frameworkErrors: (error, request, reply) =>
        void sendError(
          reply,
          request,
          new AppError(
            'InvalidRequest',
            error.code === 'FST_ERR_MAX_PARAM_LENGTH'
              ? 'a name in the path is longer than any name allows'
              : 'the path is not valid percent-encoding',
          ),
        ),
      serverFactory: invocationsServerFactory({
        maxBodyBytes: config.MAX_BODY_BYTES,
        logger,
        invocations: () => invocations,
        access: () => access,
        publicApis: () => publicApis,
        notebooks: () => notebooks,
        tls: config.GATEWAY_TLS_CERT && config.GATEWAY_TLS_KEY ? { cert: config.GATEWAY_TLS_CERT, key: config.GATEWAY_TLS_KEY } : undefined,
      }),
    },
    configure: (app) => {
      const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
      // Model files are streamed to the registry, never buffered here.
      fastify.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
      // The SageMaker API's AWS JSON 1.1: JSON, kept as bytes too for its SigV4 payload hash.
      fastify.addContentTypeParser(AWS_JSON_TYPE, { parseAs: 'buffer' }, (req, body, done) => {
        (req as { rawBody?: Buffer }).rawBody = body as Buffer;
        try {
          done(null, (body as Buffer).length ? JSON.parse((body as Buffer).toString('utf8')) : {});
        } catch {
          done(new AppError('InvalidRequest', 'the body is not valid JSON'), undefined);
        }
      });
      // JSON Lines (ground truth, say): read as the array of its lines' values.
      fastify.addContentTypeParser(JSON_LINES_TYPES, { parseAs: 'string' }, (_req, body, done) => {
        const values: unknown[] = [];
        const lines = (body as string).split('\n');
        for (let i = 0; i < lines.length; i++) {
          if (lines[i].trim() === '') continue;
          try {
            values.push(JSON.parse(lines[i]));
          } catch {
            return done(new AppError('InvalidRequest', `line ${i + 1} of the body is not valid JSON`), undefined);
          }
        }
        done(null, values);
      });
      fastify.addHook('onRequest', (req, reply, done) => {
        void reply.header(REQUEST_ID_HEADER, req.id);
        done();
      });
      // One line per request at debug level; at the default level the hook is not even installed.
      if (logger.isLevelEnabled('debug')) {
        fastify.addHook('onResponse', (req, reply, done) => {
          logger.debug({ requestId: req.id, method: req.method, url: req.url, status: reply.statusCode, ms: reply.elapsedTime }, 'request');
          done();
        });
      }
      // Code archives and sites arrive as bytes, up to the size the registry accepts.
      fastify.addContentTypeParser(ARCHIVE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_CODE_BYTES }, (_req, body, done) => done(null, body));
      invocations = app.get(InvocationsService);
      publicApis = app.get(PublicApis);
      notebooks = app.get(NotebookProxy);
      const control = app.get(AccessControl);
      access = control;
      ({ routesWithoutPolicy } = installAccessControl(fastify, control));
      // Nest hands Fastify's own errors (body too large, malformed JSON, unknown Content-Type) to this filter too.
      app.useGlobalFilters(new ErrorFilter(logger, config.MAX_BODY_BYTES));
    },
  });
  // Every route is covered by the policy table, or the gateway does not serve at all.
  const uncovered = routesWithoutPolicy();
  if (uncovered.length) {
    await app.close();
    throw new Error(`routes without an access policy (apps/gateway/src/auth/policies.ts): ${uncovered.join(', ')}`);
  }
  if (config.AUTH === 'disabled' && (!supervised || cluster.worker?.id === 1)) {
    logger.warn(
      'AUTH=disabled: every route is open to anyone who can reach this gateway, with no key. Never use this outside local experiments.',
    );
  }
}
