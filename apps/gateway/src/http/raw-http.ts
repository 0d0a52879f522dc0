import { AppError, REQUEST_ID_HEADER } from '@modelserve/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { drainBody, errorHeaders } from './error.filter';

/** Requests served from Node's HTTP layer, outside Fastify: the invocation paths and public APIs. */

/** The whole body, refused with 413 as soon as it is known to be larger than `limit`. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

const tooLarge = (limit: number) => new AppError('PayloadTooLarge', `the body is larger than the limit of ${limit} bytes`);

/** An error answer with `payload` as its JSON body; a 413 reads the rest of the body first, so the client sees it. */
export async function sendRawError(
  req: IncomingMessage,
  res: ServerResponse,
  error: AppError,
  requestId: string,
  payload: object,
  extraHeaders: Record<string, string> = {},
) {
  const headers: Record<string, string | number> = { 'content-type': 'application/json', [REQUEST_ID_HEADER]: requestId, ...extraHeaders };
  if (error.code === 'PayloadTooLarge') {
    if (!(await drainBody(req))) return;
    headers.connection = 'close';
  }
  Object.assign(headers, errorHeaders(error));
  const body = JSON.stringify(payload);
  headers['content-length'] = Buffer.byteLength(body);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(error.httpStatus, headers);
  res.end(body);
}
