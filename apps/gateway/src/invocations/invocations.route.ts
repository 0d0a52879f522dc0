import { AppError, errorBody, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@modelserve/common';
import type { FastifyServerFactory } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import { isSigV4 } from '@modelserve/auth';
import type { AccessControl } from '../auth/access-control';
import { PublicApis } from '../apis/public-apis';
import { NotebookProxy } from '../notebooks/notebook-proxy';
import type { Identity } from '../auth/identity';
import { policyOf, type RoutePolicy } from '../auth/policies';
import { toAppError } from '../http/error.filter';
import { readBody, sendRawError as sendError } from '../http/raw-http';
import { parseVersion } from '../management/request-body';
import { sageMakerErrorFields, sageMakerErrorType } from './sagemaker-errors';
import type { InvocationsService } from './invocations.service';

/** SageMaker's runtime path: POST /endpoints/{name}/invocations. */
const INVOCATIONS_PATH = /^\/endpoints\/([^/?#]+)\/invocations(?:[?#].*)?$/;
/** The Open Inference Protocol's: POST /v2/models/{name}[/versions/{version}]/infer. */
const V2_INFER_PATH = /^\/v2\/models\/([^/?#]+)(?:\/versions\/([^/?#]+))?\/infer(?:[?#].*)?$/;

/** Fastify's own keep-alive timeout, which a server of our own must set itself. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

export interface InvocationsRouteOptions {
  maxBodyBytes: number;
  logger: Logger;
  /** The service, once the application has created it; until then requests get 503. */
  invocations: () => InvocationsService | undefined;
  access: () => AccessControl | undefined;
  /** Public APIs (/apis/...), served here too, with their own keys and CORS. */
  publicApis: () => PublicApis | undefined;
  /** Notebook instances (/notebooks/...), proxied to their Jupyter servers for signed-in browsers. */
  notebooks: () => NotebookProxy | undefined;
  /** PEM files for HTTPS; plain HTTP without them. */
  tls?: { cert: string; key: string };
}

const SAGEMAKER_POLICY = policyOf('POST', '/endpoints/:name/invocations')!;
const V2_POLICY = policyOf('POST', '/v2/models/:name/infer')!;

/**
 * The gateway's HTTP server, with SageMaker's runtime path served straight from Node's HTTP layer and
 * every other route handed to Fastify (and Nest). The invocation path is the hot path: Fastify's
 * routing, hooks, reply object and body parsers cost more per request than the rest of the gateway's
 * work on a small model, and every body is wanted as bytes anyway (JSON included), for the codecs to
 * read straight into tensors. Errors get the same body and statuses as the REST API's.
 */
export function invocationsServerFactory(options: InvocationsRouteOptions): FastifyServerFactory {
  return (fastifyHandler) => {
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'POST') {
        const url = req.url ?? '';
        const sagemaker = INVOCATIONS_PATH.exec(url);
        if (sagemaker) return void invoke(req, res, sagemaker[1], options);
        const v2 = V2_INFER_PATH.exec(url);
        if (v2) return void inferV2(req, res, v2[1], v2[2], options);
      }
      if (PublicApis.handles(req.url)) {
        const apis = options.publicApis();
        if (apis) return void apis.handle(req, res);
      }
      if (NotebookProxy.handles(req.url)) {
        const notebooks = options.notebooks();
        if (notebooks) return void notebooks.handle(req, res);
      }
      return fastifyHandler(req, res);
    };
    const server = options.tls
      ? createHttpsServer({ cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key) }, handler)
      : createServer(handler);
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    // WebSockets are served for notebook kernels only.
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const notebooks = NotebookProxy.handles(req.url) ? options.notebooks() : undefined;
      if (notebooks) return void notebooks.upgrade(req, socket, head);
      socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    return server;
  };
}

/** A request that passed access control, with its body: what both inference paths start from. */
interface Admitted {
  invocations: InvocationsService;
  endpoint: string;
  body: Buffer;
  arrivedAt: number;
}

/**
 * Access control and the body, in the order that spends least on a refused caller: a bearer key is
 * checked before the body is read; a SigV4 signature covers the body, so after it.
 */
async function admit(
  req: IncomingMessage,
  encodedName: string,
  requestId: string,
  options: InvocationsRouteOptions,
  policy: RoutePolicy,
): Promise<Admitted> {
  const invocations = options.invocations();
  const access = options.access();
  if (!invocations || !access) throw new AppError('Unavailable', 'the gateway is starting');
  const endpoint = decodeName(encodedName);
  const signed = isSigV4(req.headers.authorization);
  let identity: Identity | undefined = signed
    ? undefined
    : await access.authenticate({ method: 'POST', url: req.url!, headers: req.headers }, requestId);
  const body = await readBody(req, options.maxBodyBytes);
  identity ??= await access.authenticate({ method: 'POST', url: req.url!, headers: req.headers, body }, requestId);
  await access.authorize(identity, policy, {
    id: requestId,
    method: 'POST',
    url: req.url!,
    headers: req.headers,
    params: { name: endpoint },
  });
  return { invocations, endpoint, body, arrivedAt: performance.now() };
}

async function invoke(req: IncomingMessage, res: ServerResponse, encodedName: string, options: InvocationsRouteOptions) {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  try {
    const { invocations, endpoint, body, arrivedAt } = await admit(req, encodedName, requestId, options, SAGEMAKER_POLICY);
    const target = req.headers['x-amzn-sagemaker-target-variant'];
    const customAttributes = headerText(
      req.headers['x-amzn-sagemaker-custom-attributes'],
      'X-Amzn-SageMaker-Custom-Attributes',
      CUSTOM_ATTRIBUTES,
    );
    // Every invocation has an inference id, the caller's or a new one: labels sent later join on it.
    const inferenceId =
      headerText(req.headers['x-amzn-sagemaker-inference-id'], 'X-Amzn-SageMaker-Inference-Id', INFERENCE_ID) ?? randomUUID();
    const result = await invocations.invoke({
      endpoint,
      contentType: req.headers['content-type'],
      accept: req.headers.accept,
      body,
      requestId,
      targetVariant: typeof target === 'string' ? target : undefined,
      inferenceId,
      arrivedAt,
    });
    res.writeHead(200, {
      'content-type': result.contentType,
      'content-length': result.body.length,
      'x-amzn-invoked-production-variant': result.variant,
      'x-model-version': result.modelVersion,
      'x-amzn-sagemaker-inference-id': inferenceId,
      [REQUEST_ID_HEADER]: requestId,
      // SageMaker hands the caller's custom attributes to the model and returns them; they are passed through.
      ...(customAttributes !== undefined ? { 'x-amzn-sagemaker-custom-attributes': customAttributes } : {}),
    });
    res.end(result.body);
  } catch (error) {
    const appError = toAppError(error, options.logger, requestId, options.maxBodyBytes);
    // One body for both kinds of client: the platform's `error`, and SageMaker's `__type` and `message`.
    await sendError(
      req,
      res,
      appError,
      requestId,
      { ...errorBody(appError, requestId), ...sageMakerErrorFields(appError) },
      {
        'x-amzn-errortype': sageMakerErrorType(appError),
      },
    );
  }
}

/** The Open Inference Protocol's infer: POST /v2/models/{endpoint}[/versions/{version}]/infer. */
async function inferV2(
  req: IncomingMessage,
  res: ServerResponse,
  encodedName: string,
  versionText: string | undefined,
  options: InvocationsRouteOptions,
) {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  try {
    const version = versionText === undefined ? undefined : parseVersion(versionText);
    const headerLength = req.headers['inference-header-content-length'];
    const { invocations, endpoint, body, arrivedAt } = await admit(req, encodedName, requestId, options, V2_POLICY);
    const result = await invocations.inferV2({
      endpoint,
      version,
      body,
      headerLength: headerLength === undefined ? undefined : Number(headerLength),
      requestId,
      arrivedAt,
    });
    const { response } = result;
    res.writeHead(200, {
      'content-type': response.headerLength === undefined ? 'application/json' : 'application/octet-stream',
      'content-length': response.body.length,
      ...(response.headerLength !== undefined ? { 'inference-header-content-length': response.headerLength } : {}),
      'x-model-version': result.modelVersion,
      [REQUEST_ID_HEADER]: requestId,
    });
    res.end(response.body);
  } catch (error) {
    const appError = toAppError(error, options.logger, requestId, options.maxBodyBytes);
    // The protocol's error body is {"error": "<message>"}, as KServe's and Triton's clients read it.
    await sendError(req, res, appError, requestId, { error: appError.message, code: appError.code, requestId });
  }
}

/** As SageMaker bounds them: custom attributes up to 1,024 visible ASCII characters, inference ids 1 to 64. */
const CUSTOM_ATTRIBUTES = { min: 0, max: 1024 };
const INFERENCE_ID = { min: 1, max: 64 };

function headerText(value: string | string[] | undefined, name: string, { min, max }: { min: number; max: number }): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length < min || value.length > max || !/^[\x20-\x7e]*$/.test(value)) {
    throw new AppError('InvalidRequest', `${name} must be at most ${max} visible ASCII characters`);
  }
  return value;
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
