// @peculiar/x509 resolves its parts through tsyringe, which needs the metadata polyfill loaded first.
import 'reflect-metadata';
import { writePrivateFile, type Logger } from '@modelserve/common';
import { useGrpcTls } from '@modelserve/contracts';
import * as x509 from '@peculiar/x509';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';

/**
 * The name every service's certificate carries and every client expects, whatever address it dials: a
 * worker advertised as 10.0.0.7:50061 is still `modelserve.internal` to its callers. Trust comes from the
 * platform's CA, not from addresses.
 */
export const INTERNAL_SERVER_NAME = 'modelserve.internal';

export interface InternalTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

const VALIDITY_DAYS = 3650;
const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n?$/, '\n')}-----END ${label}-----\n`;

/**
 * A small private CA and one certificate it signed for the platform's services, made under `directory`
 * on first use and reused after (embedded mode: `npm start` and the tests). In production the three
 * files are given by GRPC_TLS_CA, GRPC_TLS_CERT and GRPC_TLS_KEY instead.
 */
export async function ensureInternalCertificates(directory: string): Promise<InternalTlsFiles> {
  const files = { ca: join(directory, 'ca.pem'), cert: join(directory, 'service.pem'), key: join(directory, 'service-key.pem') };
  if (existsSync(files.ca) && existsSync(files.cert) && existsSync(files.key)) return files;
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  x509.cryptoProvider.set(webcrypto as never);
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(Date.now() + VALIDITY_DAYS * 86_400_000);
  const caKeys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: 'CN=modelserve internal CA',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: EC,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serviceKeys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const service = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${INTERNAL_SERVER_NAME}`,
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: serviceKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: EC,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
      // Every service is both a server and a client of the others.
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: INTERNAL_SERVER_NAME },
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  writePrivateFile(join(directory, 'ca-key.pem'), pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', caKeys.privateKey)));
  writePrivateFile(files.key, pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', serviceKeys.privateKey)));
  writeFileSync(files.cert, service.toString('pem') + '\n');
  writeFileSync(files.ca, ca.toString('pem') + '\n');
  return files;
}

const randomSerial = () =>
  Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)))
    .toString('hex')
    .replace(/^[89a-f]/, '1');

/** The three files' contents, for gRPC's credentials. */
export function readInternalTls(files: InternalTlsFiles) {
  return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
}

export interface GrpcTlsConfig {
  GRPC_TLS_CA?: string;
  GRPC_TLS_CERT?: string;
  GRPC_TLS_KEY?: string;
  GRPC_TLS_SERVER_NAME: string;
}

/** Sets this process's gRPC transport from its configuration, and says which it is. */
export function configureGrpcTls(config: GrpcTlsConfig, logger: Logger): void {
  if (!config.GRPC_TLS_CA || !config.GRPC_TLS_CERT || !config.GRPC_TLS_KEY) {
    useGrpcTls(undefined);
    logger.warn(
      'gRPC between services is PLAIN TEXT (GRPC_TLS_CA, GRPC_TLS_CERT and GRPC_TLS_KEY are unset): any process that reaches a service port can call it; for local development only',
    );
    return;
  }
  useGrpcTls({
    ...readInternalTls({ ca: config.GRPC_TLS_CA, cert: config.GRPC_TLS_CERT, key: config.GRPC_TLS_KEY }),
    serverName: config.GRPC_TLS_SERVER_NAME,
  });
  logger.info({ ca: config.GRPC_TLS_CA }, 'gRPC between services uses mutual TLS');
}
