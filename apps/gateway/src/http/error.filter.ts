import { AppError, errorBody, type ErrorCode, type Logger } from '@modelserve/common';
import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { WWW_AUTHENTICATE } from '../auth/authenticator';
import { awsDialectOf, sageMakerErrorFields, sageMakerErrorType, sageMakerStatus } from '../invocations/sagemaker-errors';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'InvalidRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  406: 'NotAcceptable',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  503: 'Unavailable',
};

/**
 * Any error as a domain error. Domain errors keep their status; Fastify's and Nest's own 4xx errors
 * (bad JSON, body too large, unknown route, unsupported Content-Type) are mapped by status; anything
 * else is logged and becomes a 500 that says nothing of internals.
 */
export function toAppError(error: unknown, logger: Logger, requestId: string, maxBodyBytes?: number): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof HttpException ? error.getStatus() : ((error as { statusCode?: number } | null)?.statusCode ?? 500);
  if (status === 413 && maxBodyBytes) return new AppError('PayloadTooLarge', `the body is larger than the limit of ${maxBodyBytes} bytes`);
  if (status >= 400 && status < 500) {
    const message = error instanceof HttpException ? error.message : String((error as Error).message);
    return new AppError(CODE_BY_STATUS[status] ?? 'InvalidRequest', message);
  }
  logger.error({ err: error, requestId }, 'unexpected error');
  return new AppError('Internal', 'internal error');
}

/**
 * How much of an oversized body is read and thrown away before the 413 is sent. Node's fetch and
 * Python's requests write the whole body before they read the answer; closing on them mid-body makes
 * them report a broken pipe instead of the 413. Past this bound (or LINGER_MS) the connection is cut,
 * as nginx's lingering close does.
 */
const LINGER_MAX_BYTES = 64 * 1024 * 1024;
const LINGER_MS = 10_000;

/** Reads and discards the rest of a request body, up to the bounds above; false if it had to cut the connection. */
export function drainBody(raw: IncomingMessage): Promise<boolean> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (complete: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('close', onEnd);
      raw.off('error', onEnd);
      resolve(complete);
    };
    const cut = () => {
      raw.socket.destroy();
      finish(false);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > LINGER_MAX_BYTES) cut();
    };
    const onEnd = () => finish(true);
    const timer = setTimeout(cut, LINGER_MS);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('close', onEnd);
    raw.once('error', onEnd);
    raw.resume();
  });
}

/** The headers an error answer carries on every path: when to retry (429), and how to authenticate (401). */
export function errorHeaders(error: AppError): Record<string, string> {
  return {
    ...(error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
    ...(error.code === 'Unauthenticated' ? { 'www-authenticate': WWW_AUTHENTICATE } : {}),
  };
}

/**
 * Sends the REST API's one error body, {"error": {"code", "message", "requestId"}}, with Retry-After on
 * a 429. Requests in a SageMaker API's shape also get its error type (`__type`, `x-amzn-ErrorType`) and
 * `message`, which the AWS SDKs decode into their exception classes.
 */
export async function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): Promise<void> {
  if (error.code === 'PayloadTooLarge') {
    if (!(await drainBody(request.raw))) return;
    void reply.header('connection', 'close');
  }
  void reply.headers(errorHeaders(error));
  const dialect = awsDialectOf(request.method, request.url, request.headers);
  if (!dialect) {
    void reply.status(error.httpStatus).header('content-type', 'application/json').send(errorBody(error, request.id));
    return;
  }
  void reply
    .status(sageMakerStatus(error, dialect))
    .header('content-type', dialect === 'control' ? 'application/x-amz-json-1.1' : 'application/json')
    .header('x-amzn-errortype', sageMakerErrorType(error, dialect))
    .send({ ...errorBody(error, request.id), ...sageMakerErrorFields(error, dialect) });
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly maxBodyBytes: number,
  ) {}

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    void sendError(reply, request, toAppError(error, this.logger, request.id, this.maxBodyBytes));
  }
}
