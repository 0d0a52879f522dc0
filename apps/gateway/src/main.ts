import { createLogger, REQUEST_ID_HEADER, requestIdFrom, runMain, startService } from '@modelserve/common';
import type { FastifyInstance } from 'fastify';
import { GatewayModule } from './app.module';
import { loadGatewayConfig } from './config';
import { ErrorFilter } from './http/error.filter';

/** Invocation bodies that arrive as bytes and are parsed by the codecs (JSON is parsed by Fastify). */
const RECORD_CONTENT_TYPES = ['text/csv', 'application/jsonlines', 'application/jsonl', 'application/x-jsonlines', 'application/x-ndjson'];

runMain('gateway', async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  await startService({
    name: 'gateway',
    module: GatewayModule.register(config, logger),
    httpHost: config.GATEWAY_HOST,
    httpPort: config.GATEWAY_PORT,
    logger,
    fastify: {
      bodyLimit: config.MAX_BODY_BYTES,
      genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    },
    configure: (app) => {
      const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
      fastify.addContentTypeParser(RECORD_CONTENT_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
      // Model files are streamed to the registry, never buffered here.
      fastify.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
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
      // Nest hands Fastify's own errors (body too large, malformed JSON, unknown Content-Type) to this filter too.
      app.useGlobalFilters(new ErrorFilter(logger));
    },
  });
});
