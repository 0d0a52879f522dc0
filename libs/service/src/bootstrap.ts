import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { createLogger, type Logger } from '@modelserve/common';
import { configureGrpcTls, type GrpcTlsConfig } from './internal-tls';
import { NestPinoLogger } from './nest-logger';

export interface ServiceOptions {
  name: string;
  module: unknown;
  httpHost: string;
  httpPort: number;
  /** How this service's gRPC clients and servers talk to the others: mutual TLS, or plain text when unset. */
  grpcTls: GrpcTlsConfig;
  logger?: Logger;
  fastify?: FastifyServerOptions;
  /** Log only warnings and errors of the framework's own (start-up lines, route mappings). */
  quiet?: boolean;
  /** Keep each parsed body's bytes as `request.rawBody` (for signatures over the body). */
  rawBody?: boolean;
  /** Runs before listen, e.g. to register content-type parsers. */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

/** Starts a NestJS service on Fastify with JSON logs and graceful shutdown on SIGTERM/SIGINT. */
export async function startService(options: ServiceOptions): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createLogger(options.name);
  configureGrpcTls(options.grpcTls, options.quiet ? logger.child({}, { level: 'warn' }) : logger);
  const app = await NestFactory.create<NestFastifyApplication>(
    options.module as never,
    new FastifyAdapter(options.fastify),
    // Throw start-up errors to the caller (runMain logs them and exits) rather than exiting inside Nest.
    {
      logger: new NestPinoLogger(options.quiet ? logger.child({}, { level: 'warn' }) : logger),
      bufferLogs: false,
      abortOnError: false,
      rawBody: options.rawBody,
    },
  );
  app.enableShutdownHooks();
  await options.configure?.(app);
  await app.listen(options.httpPort, options.httpHost);
  if (!options.quiet) logger.info({ url: await app.getUrl() }, `${options.name} listening`);
  return app;
}

/** Makes an unhandled failure at start visible and fatal instead of a silent hang. */
export function runMain(name: string, main: () => Promise<unknown>) {
  main().catch((error: unknown) => {
    createLogger(name).fatal({ err: error }, `${name} failed to start`);
    process.exit(1);
  });
}
