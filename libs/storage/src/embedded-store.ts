import {
  generateAccessKeyId,
  generateSecretAccessKey,
  isSigV4,
  parseSigV4Authorization,
  sigV4SigningKey,
  verifySigV4,
  declaredPayloadHash,
} from '@modelserve/auth';
import { AppError, writePrivateFile } from '@modelserve/common';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSafeKey } from './keys';
// s3rver ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');

export interface StoreCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface EmbeddedStore {
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The embedded S3-protocol store: s3rver's file-system store behind a front that s3rver lacks. Every
 * request must be signed (SigV4) with the store's credentials, and no key may hold `.`/`..` segments,
 * backslashes or control characters, which the file-system store would turn into paths outside its
 * directory. It listens on loopback only. The declared payload hash is signed but, as bodies are
 * streamed to disk, not recomputed here.
 */
export async function startEmbeddedStore(options: {
  directory: string;
  credentials: StoreCredentials;
  port?: number;
}): Promise<EmbeddedStore> {
  mkdirSync(options.directory, { recursive: true });
  const s3rver = new S3rver({ directory: options.directory, silent: true });
  // s3rver resolves accounts by access key id; the front has checked the signature by then.
  DUMMY_ACCOUNT.createKeyPair(options.credentials.accessKeyId, options.credentials.secretAccessKey);
  const server = createServer(guarded(s3rver.callback() as RequestListener, options.credentials));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients keep connections alive; they end with the store.
        server.closeAllConnections();
      }),
  };
}

/** The store's credentials under `path` (`ACCESS_KEY:SECRET`, mode 0600), made at random on first use. */
export function embeddedStoreCredentials(path: string): StoreCredentials {
  if (existsSync(path)) {
    const [accessKeyId, secretAccessKey] = readFileSync(path, 'utf8').trim().split(':');
    if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey };
  }
  const credentials = { accessKeyId: generateAccessKeyId(), secretAccessKey: generateSecretAccessKey().replace(/[+/=]/g, 'x') };
  writePrivateFile(path, `${credentials.accessKeyId}:${credentials.secretAccessKey}\n`);
  return credentials;
}

function guarded(store: RequestListener, credentials: StoreCredentials): RequestListener {
  return (req, res) => {
    try {
      checkKey(req.url ?? '/');
      authenticate(req, credentials);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('Forbidden', 'the request could not be authenticated');
      return refuse(req, res, appError);
    }
    store(req, res);
  };
}

function checkKey(url: string) {
  const path = url.split('?')[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new AppError('InvalidRequest', 'the path is not valid percent-encoding');
  }
  if (!isSafeKey(decoded.replace(/^\/+/, ''))) {
    throw new AppError('InvalidRequest', 'object keys may not contain "." or ".." segments, backslashes or control characters');
  }
}

function authenticate(req: IncomingMessage, credentials: StoreCredentials) {
  const authorization = req.headers.authorization;
  if (!isSigV4(authorization)) throw new AppError('Forbidden', 'requests to this store must be signed with AWS Signature Version 4');
  const auth = parseSigV4Authorization(authorization!);
  if (auth.accessKeyId !== credentials.accessKeyId) throw new AppError('Forbidden', 'the access key id is not known to this store');
  const payloadHash = declaredPayloadHash(req.headers);
  if (!payloadHash) throw new AppError('InvalidRequest', 'S3 requests must carry X-Amz-Content-Sha256');
  const key = sigV4SigningKey(credentials.secretAccessKey, auth.date, auth.region, auth.service);
  verifySigV4({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, auth, payloadHash, [key], {
    doubleEncodePath: false,
  });
}

const S3_CODES: Partial<Record<AppError['code'], string>> = {
  InvalidRequest: 'InvalidRequest',
  Unauthenticated: 'AccessDenied',
  Forbidden: 'SignatureDoesNotMatch',
};

/** An S3 error document; the body of the refused request is read and dropped so that the client sees it. */
function refuse(req: IncomingMessage, res: ServerResponse, error: AppError) {
  const code = error.code === 'Forbidden' && !/signature/.test(error.message) ? 'AccessDenied' : (S3_CODES[error.code] ?? 'AccessDenied');
  const status = error.code === 'InvalidRequest' ? 400 : 403;
  const escaped = error.message.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escaped}</Message></Error>`;
  req.resume();
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
