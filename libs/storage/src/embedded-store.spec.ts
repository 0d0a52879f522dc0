import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { embeddedStoreCredentials, ObjectStore, startEmbeddedStore, StorageAllowList, type EmbeddedStore } from './index';

/** A raw HTTP request, so that paths reach the server exactly as written (no client normalizes them). */
function raw(port: number, method: string, path: string, body = '', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the embedded object store', () => {
  const root = mkdtempSync(join(tmpdir(), 'modelserve-store-'));
  const directory = join(root, 'data', 'objects');
  const credentials = embeddedStoreCredentials(join(root, 'data', 's3-credentials'));
  let store: EmbeddedStore;
  let client: ObjectStore;

  beforeAll(async () => {
    store = await startEmbeddedStore({ directory, credentials });
    client = new ObjectStore({
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY: credentials.accessKeyId,
      S3_SECRET_KEY: credentials.secretAccessKey,
      S3_BUCKET: 'platform',
      S3_REGION: 'us-east-1',
    });
    await client.ensureBucket();
  });

  afterAll(async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('makes random credentials once, kept with mode 0600', () => {
    expect(credentials.accessKeyId).toMatch(/^MSAK[A-Z2-7]{16}$/);
    expect(credentials.secretAccessKey).not.toBe('S3RVER');
    expect(statSync(join(root, 'data', 's3-credentials')).mode & 0o777).toBe(0o600);
    expect(embeddedStoreCredentials(join(root, 'data', 's3-credentials'))).toEqual(credentials);
  });

  it('serves requests signed with its credentials', async () => {
    await client.uploadStream(client.location('a/b.txt'), Buffer.from('hello'));
    expect(await client.sizeOf(client.location('a/b.txt'))).toBe(5);
  });

  it('refuses unsigned requests and requests signed with other credentials', async () => {
    const unsigned = await raw(store.port, 'PUT', '/platform/unsigned.txt', 'x');
    expect(unsigned.status).toBe(403);
    expect(unsigned.text).toMatch(/must be signed/);
    const other = new ObjectStore({
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY: 'S3RVER',
      S3_SECRET_KEY: 'S3RVER',
      S3_BUCKET: 'platform',
      S3_REGION: 'us-east-1',
    });
    await expect(other.uploadStream(other.location('forged.txt'), Buffer.from('x'))).rejects.toThrow(/not known/);
    const wrongSecret = new ObjectStore({
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY: credentials.accessKeyId,
      S3_SECRET_KEY: 'wrong',
      S3_BUCKET: 'platform',
      S3_REGION: 'us-east-1',
    });
    await expect(wrongSecret.uploadStream(wrongSecret.location('forged.txt'), Buffer.from('x'))).rejects.toThrow(/signature/i);
    expect(await client.sizeOf(client.location('forged.txt'))).toBeUndefined();
    expect(await client.sizeOf(client.location('unsigned.txt'))).toBeUndefined();
  });

  it('refuses keys that would leave its directory, and writes nothing outside it', async () => {
    for (const path of [
      '/platform/../../escaped',
      '/platform/%2e%2e/%2e%2e/escaped',
      '/platform/a/..%2f..%2f..%2fescaped',
      '/platform/a%5c..%5cescaped',
    ]) {
      const result = await raw(store.port, 'PUT', path, 'attacker bytes');
      expect(result.status).toBe(400);
    }
    // Signed, through the client: refused all the same.
    await expect(client.uploadStream({ bucket: 'platform', key: '../../escaped' }, Buffer.from('x'))).rejects.toThrow();
    expect(readdirSync(join(root, 'data'))).toEqual(['objects', 's3-credentials']);
    expect(existsSync(join(root, 'escaped'))).toBe(false);
  });
});

describe('StorageAllowList', () => {
  const list = StorageAllowList.fromConfig({ STORAGE_ALLOWED_URIS: 's3://data/shared, s3://models', S3_BUCKET: 'platform' });

  it('allows the buckets and prefixes listed, and nothing else', () => {
    expect(list.allows('models', 'any/key')).toBe(true);
    expect(list.allows('data', 'shared/x.csv')).toBe(true);
    expect(list.allows('data', 'shared')).toBe(true);
    expect(list.allows('data', 'sharedother/x.csv')).toBe(false);
    expect(list.allows('data', 'private/x.csv')).toBe(false);
    expect(list.allows('platform', 'x')).toBe(true);
    expect(list.allows('elsewhere', 'x')).toBe(false);
    expect(() => list.check('artifactUri', 's3://other/model.onnx')).toThrow(/outside the storage/);
  });

  it("allows the platform's own bucket alone by default", () => {
    const own = StorageAllowList.fromConfig({ STORAGE_ALLOWED_URIS: '', S3_BUCKET: 'platform' });
    expect(own.allows('platform', 'capture/x')).toBe(true);
    expect(own.allows('platformx', 'capture/x')).toBe(false);
  });
});
