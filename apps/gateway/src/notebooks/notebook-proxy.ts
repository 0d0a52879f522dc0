import { AppError, errorBody, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@modelserve/common';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { NotebooksConnection } from '../connections/service-connections';
import { sendRawError } from '../http/raw-http';

/** The query parameter of a presigned URL that carries its sign-in token. */
export const NOTEBOOK_SIGN_IN_PARAMETER = 'authToken';
/** The session cookie, scoped to one instance's path, so that a browser sends it to that instance only. */
const SESSION_COOKIE = 'modelserve-notebook-session';
/** Where the proxy lands a browser once signed in: Jupyter's file tree. */
const LANDING = 'tree';
const PATH = /^\/notebooks\/([^/?#]*)(\/[^?#]*)?(?:\?(.*))?$/;
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

export const notebookPath = (name: string) => `/notebooks/${name}/`;

/** Headers that belong to one connection and are not passed on (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

interface Target {
  host: string;
  port: number;
  jupyterToken: string;
}

interface CachedTarget {
  target?: Target;
  error?: AppError;
  until: number;
}

const MAX_CACHED_SESSIONS = 10_000;

/**
 * Serves /notebooks/{name}/..., HTTP and WebSocket (kernels), from Node's HTTP layer: a presigned URL's
 * sign-in token opens a session (an HttpOnly cookie scoped to the instance's path), and a request with
 * a live session of that instance is passed to the instance's Jupyter server with the server's token,
 * which the browser never sees. Anything else is refused with a JSON error. Sessions and where their
 * instance runs come from the batch service and are trusted for NOTEBOOK_SESSION_CACHE_MS.
 */
@Injectable()
export class NotebookProxy {
  private readonly sessions = new Map<string, CachedTarget>();

  constructor(
    private readonly notebooks: NotebooksConnection,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {}

  static handles(url: string | undefined): boolean {
    return url !== undefined && url.startsWith('/notebooks/');
  }

  async handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    try {
      const { name, rest, query } = parsePath(req.url!);
      if (rest === undefined) return redirect(res, `${notebookPath(name)}${query ? `?${query}` : ''}`);
      const signIn = new URLSearchParams(query).get(NOTEBOOK_SIGN_IN_PARAMETER);
      if (signIn !== null) return await this.signIn(req, res, name, signIn, requestId);
      const target = await this.target(req, name, requestId);
      this.forward(req, res, target, requestId);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('Internal', 'the notebook proxy failed');
      if (!(error instanceof AppError)) this.logger.error({ err: error, requestId }, 'notebook proxy failed');
      await sendRawError(req, res, appError, requestId, errorBody(appError, requestId));
    }
  }

  /** A WebSocket upgrade (a kernel's channels), admitted like any other request. */
  async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    socket.on('error', () => socket.destroy());
    try {
      const { name } = parsePath(req.url!);
      const target = await this.target(req, name, requestId);
      const upstream = httpRequest({
        host: target.host,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...forwardedHeaders(req.headers, target), connection: 'Upgrade', upgrade: req.headers.upgrade ?? 'websocket' },
      });
      upstream.once('upgrade', (response, upstreamSocket, upstreamHead) => {
        socket.write(statusLine(response) + rawHeaderLines(response.rawHeaders) + '\r\n');
        if (upstreamHead.length) socket.write(upstreamHead);
        if (head.length) upstreamSocket.write(head);
        upstreamSocket.on('error', () => socket.destroy());
        socket.on('close', () => upstreamSocket.destroy());
        upstreamSocket.on('close', () => socket.destroy());
        upstreamSocket.pipe(socket).pipe(upstreamSocket);
      });
      // The server refused the upgrade: its answer goes back, its body whole (it arrives decoded).
      upstream.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('end', () => {
          const body = Buffer.concat(chunks);
          const headers = rawHeaderLines(response.rawHeaders, /^(transfer-encoding|content-length|connection)$/i);
          socket.end(
            Buffer.concat([
              Buffer.from(`${statusLine(response)}${headers}content-length: ${body.length}\r\nconnection: close\r\n\r\n`),
              body,
            ]),
          );
        });
      });
      upstream.once('error', () =>
        writeSocketError(socket, new AppError('Unavailable', 'the notebook server cannot be reached'), requestId),
      );
      upstream.end();
    } catch (error) {
      writeSocketError(socket, error instanceof AppError ? error : new AppError('Internal', 'the notebook proxy failed'), requestId);
    }
  }

  /** Exchanges a presigned URL's token for a session cookie, then lands in Jupyter. */
  private async signIn(req: IncomingMessage, res: ServerResponse, name: string, token: string, requestId: string) {
    const session = await this.notebooks
      .call('OpenSession', { name, signInToken: token }, { id: requestId }, { timeoutMs: 5000, waitForReady: false })
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NotFound') throw new AppError('Forbidden', error.message);
        throw error;
      });
    const maxAge = Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
    res.writeHead(302, {
      location: `${notebookPath(name)}${LANDING}`,
      'set-cookie': serializeCookie(SESSION_COOKIE, session.token, {
        path: notebookPath(name),
        httpOnly: true,
        sameSite: 'lax',
        secure: isHttps(req),
        maxAge,
      }),
      'cache-control': 'no-store',
      [REQUEST_ID_HEADER]: requestId,
      'content-length': 0,
    });
    res.end();
  }

  /** Where a request with a session of `name` goes; Forbidden without a live one. */
  private async target(req: IncomingMessage, name: string, requestId: string): Promise<Target> {
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (!token) {
      throw new AppError(
        'Forbidden',
        `no session of notebook instance ${name}: open it through a presigned URL (POST /v1/notebook-instances/${name}/presigned-url)`,
      );
    }
    const key = `${name}\0${token}`;
    const now = Date.now();
    const cached = this.sessions.get(key);
    if (cached && cached.until > now) {
      if (cached.error) throw cached.error;
      return cached.target!;
    }
    let entry: CachedTarget;
    try {
      const resolved = await this.notebooks.call(
        'ResolveSession',
        { name, sessionToken: token },
        { id: requestId },
        { timeoutMs: 5000, waitForReady: false },
      );
      const address = new URL(resolved.address);
      const until = Math.min(now + this.config.NOTEBOOK_SESSION_CACHE_MS, Date.parse(resolved.sessionExpiresAt));
      entry = { target: { host: address.hostname, port: Number(address.port), jupyterToken: resolved.jupyterToken }, until };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // An unknown session is refused as forbidden; one whose instance is not running says so.
      const refusal = error.code === 'NotFound' ? new AppError('Forbidden', error.message) : error;
      if (error.code !== 'NotFound' && error.code !== 'FailedPrecondition') throw refusal;
      entry = { error: refusal, until: now + Math.min(1000, this.config.NOTEBOOK_SESSION_CACHE_MS) };
    }
    if (this.sessions.size >= MAX_CACHED_SESSIONS) this.sessions.clear();
    this.sessions.set(key, entry);
    if (entry.error) throw entry.error;
    return entry.target!;
  }

  private forward(req: IncomingMessage, res: ServerResponse, target: Target, requestId: string) {
    const upstream = httpRequest(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers: forwardedHeaders(req.headers, target) },
      (response) => {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
        }
        res.writeHead(response.statusCode ?? 502, { ...headers, [REQUEST_ID_HEADER]: requestId });
        response.pipe(res);
      },
    );
    upstream.once('error', (error) => {
      this.logger.warn({ err: error, requestId }, 'the notebook server did not answer');
      const appError = new AppError('Unavailable', 'the notebook server cannot be reached; it may be stopping');
      if (res.headersSent) res.destroy();
      else void sendRawError(req, res, appError, requestId, errorBody(appError, requestId));
    });
    // A browser that goes away mid-answer: the server's answer is not wanted any more.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }
}

function parsePath(url: string): { name: string; rest?: string; query?: string } {
  const match = PATH.exec(url);
  let name = '';
  try {
    name = match ? decodeURIComponent(match[1]) : '';
  } catch {
    // Not valid percent-encoding: no instance has such a name.
  }
  if (!match || !NAME.test(name)) throw new AppError('NotFound', 'no such notebook instance path; it is /notebooks/{name}/...');
  return { name, rest: match[2], query: match[3] };
}

/** The request's headers for the instance's server: its token instead of the caller's credentials and the session cookie. */
function forwardedHeaders(headers: IncomingHttpHeaders, target: Target): Record<string, string | string[]> {
  const forwarded: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'authorization' || name === 'cookie') continue;
    forwarded[name] = value;
  }
  const cookies = Object.entries(parseCookies(headers.cookie ?? '')).filter(([name]) => name !== SESSION_COOKIE);
  if (cookies.length) forwarded.cookie = cookies.map(([name, value]) => serializeCookie(name, value ?? '')).join('; ');
  forwarded.authorization = `token ${target.jupyterToken}`;
  return forwarded;
}

function isHttps(req: IncomingMessage): boolean {
  return (req.socket as TLSSocket).encrypted === true || req.headers['x-forwarded-proto'] === 'https';
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { location, 'content-length': 0 });
  res.end();
}

const statusLine = (response: IncomingMessage) => `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`;

/** Header lines from Node's raw [name, value, ...] list, less those whose name `drop` matches. */
function rawHeaderLines(raw: string[], drop?: RegExp): string {
  let lines = '';
  for (let i = 0; i < raw.length; i += 2) if (!drop?.test(raw[i])) lines += `${raw[i]}: ${raw[i + 1]}\r\n`;
  return lines;
}

function writeSocketError(socket: Duplex, error: AppError, requestId: string) {
  if (socket.destroyed) return;
  const body = JSON.stringify(errorBody(error, requestId));
  socket.end(
    `HTTP/1.1 ${error.httpStatus} ${error.code}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `${REQUEST_ID_HEADER}: ${requestId}\r\nconnection: close\r\n\r\n${body}`,
  );
}
