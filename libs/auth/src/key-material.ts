import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The secrets of API keys. A bearer key is shown once and kept only as its SHA-256 (it is 256 random
 * bits, so a fast hash is as strong as a slow one). A SigV4 secret access key cannot be kept as a hash:
 * verifying a signature needs the secret itself, as it does at AWS. It is kept sealed with the platform's
 * master key (AES-256-GCM), and only signing keys derived from it leave the service that holds it.
 */
export const API_KEY_PREFIX = 'msk_';

export const generateApiKey = () => API_KEY_PREFIX + randomBytes(32).toString('base64url');

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

const ACCESS_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An access key id shaped like AWS's: 20 upper-case characters. */
export function generateAccessKeyId(): string {
  return 'MSAK' + [...randomBytes(16)].map((b) => ACCESS_KEY_ALPHABET[b & 31]).join('');
}

export const generateSecretAccessKey = () => randomBytes(30).toString('base64');

/** A new master key for sealing secrets: 32 random bytes, base64. */
export const generateMasterKey = () => randomBytes(32).toString('base64');

function masterKeyBytes(masterKey: string): Buffer {
  const bytes = Buffer.from(masterKey, 'base64');
  if (bytes.length !== 32) throw new Error('the master key must be 32 bytes, base64-encoded');
  return bytes;
}

/** Seals a secret: base64 of iv (12 bytes), tag (16 bytes) and ciphertext. */
export function sealSecret(masterKey: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKeyBytes(masterKey), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

export function openSecret(masterKey: string, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', masterKeyBytes(masterKey), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
