import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { AppError } from '@modelserve/common';
import { declaredPayloadHash, parseSigV4Authorization, payloadHashOfBody, sigV4SigningKey, verifySigV4, type SignedRequest } from './sigv4';

const credentials = { accessKeyId: 'MSAKTESTTESTTESTTEST', secretAccessKey: 'the-secret/with+chars' };
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);

/** Signs a request with the AWS SDK's own signer and returns it as an HTTP server would receive it. */
async function signed(options: {
  service?: string;
  path?: string;
  query?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  unsignedPayload?: boolean;
  secret?: string;
  at?: number;
}): Promise<{ request: SignedRequest; body: string }> {
  const service = options.service ?? 'sagemaker';
  const signer = new SignatureV4({
    service,
    region: 'us-east-1',
    credentials: { ...credentials, secretAccessKey: options.secret ?? credentials.secretAccessKey },
    sha256: Sha256,
    uriEscapePath: service !== 's3',
  });
  const body = options.body ?? '';
  const request = new HttpRequest({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 8080,
    path: options.path ?? '/endpoints/wine/invocations',
    query: options.query,
    headers: { host: '127.0.0.1:8080', 'content-type': 'application/json', ...options.headers },
    body,
  });
  const signedRequest = await signer.sign(request, {
    signingDate: new Date(options.at ?? NOW),
    ...(options.unsignedPayload ? { unsignableHeaders: new Set() } : {}),
  });
  const query = new URLSearchParams(signedRequest.query as Record<string, string>).toString();
  const headers = Object.fromEntries(Object.entries(signedRequest.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { request: { method: signedRequest.method, url: signedRequest.path + (query ? `?${query}` : ''), headers }, body };
}

function verify(request: SignedRequest, body: string, secret = credentials.secretAccessKey, now = NOW, doubleEncodePath = true) {
  const auth = parseSigV4Authorization(String(request.headers.authorization));
  const key = sigV4SigningKey(secret, auth.date, auth.region, auth.service);
  verifySigV4(request, auth, payloadHashOfBody(request.headers, body), [key], { doubleEncodePath }, now);
}

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the request was accepted');
};

describe('SigV4 verification against the AWS SDK signer', () => {
  it('accepts a request signed by @smithy/signature-v4', async () => {
    const { request, body } = await signed({ body: '{"instances":[[1,2]]}' });
    expect(() => verify(request, body)).not.toThrow();
  });

  it('accepts paths and queries that need encoding, signed with the double-encoded path', async () => {
    const { request, body } = await signed({ path: '/endpoints/a%20b/invocations', query: { 'b key': 'x/y', a: '1 2' } });
    expect(() => verify(request, body)).not.toThrow();
  });

  it('accepts S3-style signing with the path as sent and UNSIGNED-PAYLOAD', async () => {
    const { request, body } = await signed({
      service: 's3',
      path: '/bucket/some%20key.csv',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      body: 'anything',
    });
    expect(declaredPayloadHash(request.headers)).toBe('UNSIGNED-PAYLOAD');
    expect(() => verify(request, body, undefined, NOW, false)).not.toThrow();
  });

  it('refuses a tampered body', async () => {
    const { request } = await signed({ body: '{"instances":[[1,2]]}' });
    const error = refusal(() => verify(request, '{"instances":[[1,3]]}'));
    expect(error.code).toBe('Forbidden');
    expect(error.message).toMatch(/does not match the body/);
    // Without the hash header the body's own hash is signed: the signed header is then missing, and a
    // changed body would break the signature anyway.
    delete request.headers['x-amz-content-sha256'];
    expect(refusal(() => verify(request, '{"instances":[[1,3]]}')).code).toBe('Forbidden');
  });

  it('refuses a tampered signed header', async () => {
    const { request, body } = await signed({ headers: { 'x-amzn-sagemaker-target-variant': 'a' } });
    request.headers['x-amzn-sagemaker-target-variant'] = 'b';
    expect(refusal(() => verify(request, body)).code).toBe('Forbidden');
  });

  it('refuses a tampered path', async () => {
    const { request, body } = await signed({});
    request.url = '/endpoints/other/invocations';
    expect(refusal(() => verify(request, body)).code).toBe('Forbidden');
  });

  it('refuses a signature made with another secret', async () => {
    const { request, body } = await signed({ secret: 'not-the-secret' });
    expect(refusal(() => verify(request, body)).message).toMatch(/does not match/);
  });

  it('refuses a request outside the 15-minute window, late or early', async () => {
    const { request, body } = await signed({ at: NOW - 16 * 60_000 });
    expect(refusal(() => verify(request, body)).message).toMatch(/15 minutes/);
    const early = await signed({ at: NOW + 16 * 60_000 });
    expect(refusal(() => verify(early.request, early.body)).message).toMatch(/15 minutes/);
    const recent = await signed({ at: NOW - 14 * 60_000 });
    expect(() => verify(recent.request, recent.body)).not.toThrow();
  });

  it('refuses a replay once its window has passed', async () => {
    const { request, body } = await signed({});
    expect(() => verify(request, body, undefined, NOW + 60_000)).not.toThrow();
    expect(refusal(() => verify(request, body, undefined, NOW + 16 * 60_000)).code).toBe('Forbidden');
  });

  it('refuses a malformed Authorization header with a reason', () => {
    expect(() => parseSigV4Authorization('AWS4-HMAC-SHA256 Credential=x')).toThrow(/Credential/);
    expect(() =>
      parseSigV4Authorization('AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/s/aws4_request, SignedHeaders=host, Signature=zz'),
    ).toThrow(/Signature/);
  });
});
