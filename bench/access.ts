import { Sha256 } from '@aws-crypto/sha256-js';
import { generateApiKey, generateSecretAccessKey, parseSigV4Authorization, sigV4SigningKey } from '@modelserve/auth';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { Authenticator } from '../apps/gateway/src/auth/authenticator';
import type { GatewayConfig } from '../apps/gateway/src/config';
import type { AccessConnection } from '../apps/gateway/src/connections/service-connections';

const CHECKS = 200_000;

export interface KeyCheckFigures {
  bearerMicros: number;
  sigV4Micros: number;
}

/**
 * What access control costs a request once a key is known (the gateway's steady state): the gateway's
 * own Authenticator, with the registry's answer already cached, timed over many checks of a bearer key
 * and of a SigV4-signed invocation (signed once by the AWS SDK's signer, verified each time, as each
 * signed request must be).
 */
export async function measureKeyChecks(): Promise<KeyCheckFigures> {
  const token = generateApiKey();
  const secret = generateSecretAccessKey();
  const key = { id: 'key-bench', name: 'bench', owner: 'bench', scopes: ['invoke'], resources: [], expiresAt: '', quota: null };
  const registry = {
    call: async (_method: string, request: { sigv4?: { date: string; region: string; service: string } }) => ({
      key,
      signingKeys: request.sigv4 ? [sigV4SigningKey(secret, request.sigv4.date, request.sigv4.region, request.sigv4.service)] : [],
    }),
  } as unknown as AccessConnection;
  const authenticator = new Authenticator(registry, { AUTH_CACHE_MS: 3_600_000 } as GatewayConfig);

  const body = Buffer.from(JSON.stringify({ instances: [[13.2, 1.78, 2.14, 11.2, 100, 2.65, 2.76, 0.26, 1.28, 4.38, 1.05, 3.4, 1050]] }));
  const bearer = { method: 'POST', url: '/endpoints/wine/invocations', headers: { authorization: `Bearer ${token}` } };
  const signer = new SignatureV4({
    service: 'sagemaker',
    region: 'us-east-1',
    credentials: { accessKeyId: 'MSAKBENCHBENCHBENCH2', secretAccessKey: secret },
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      hostname: '127.0.0.1',
      port: 8080,
      path: '/endpoints/wine/invocations',
      headers: { host: '127.0.0.1:8080', 'content-type': 'application/json' },
      body,
    }),
  );
  const sigV4 = { method: 'POST', url: '/endpoints/wine/invocations', headers: signed.headers as Record<string, string>, body };
  parseSigV4Authorization(sigV4.headers.authorization);

  const time = async (check: () => Promise<unknown>) => {
    for (let i = 0; i < 10_000; i++) await check();
    const start = process.hrtime.bigint();
    for (let i = 0; i < CHECKS; i++) await check();
    return Number(process.hrtime.bigint() - start) / 1000 / CHECKS;
  };
  return {
    bearerMicros: await time(() => authenticator.authenticate(bearer, 'bench')),
    sigV4Micros: await time(() => authenticator.authenticate(sigV4, 'bench')),
  };
}

export function reportKeyChecks(figures: KeyCheckFigures, rawMlpP50Ms: number) {
  const share = (micros: number) => `${((micros / (rawMlpP50Ms * 1000)) * 100).toFixed(1)}%`;
  console.log(
    [
      '### Access control on the request path',
      '',
      '| check, key known | µs per request | vs one raw onnxruntime run of the wine MLP |',
      '| --- | ---: | ---: |',
      `| bearer key (hash and look-up) | ${figures.bearerMicros.toFixed(2)} | ${share(figures.bearerMicros)} |`,
      `| AWS SigV4 (canonical request, HMAC, body hash) | ${figures.sigV4Micros.toFixed(2)} | ${share(figures.sigV4Micros)} |`,
      '',
      `Timed in process over ${CHECKS} checks each with the gateway's Authenticator, the registry's answer cached; every figure in ` +
        'the tables above was measured with a bearer key on every request.',
      '',
    ].join('\n'),
  );
}
