import {
  generateAccessKeyId,
  generateApiKey,
  generateMasterKey,
  generateSecretAccessKey,
  hashApiKey,
  openSecret,
  sealSecret,
  sigV4SigningKey,
  type Scope,
} from '@modelserve/auth';
import { notFound, writePrivateFile, type Logger } from '@modelserve/common';
import type { CreateKeyRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import { KeysRepository, type ApiKeyRecord, type NewSecret } from './keys.repository';

export interface IssuedKey {
  key: ApiKeyRecord;
  /** Shown once: the bearer key, and the SigV4 pair. */
  secret: string;
  accessKeyId: string;
  secretAccessKey: string;
  previousExpiresAt?: Date;
}

export interface ResolvedKey {
  key: ApiKeyRecord;
  /** For a SigV4 credential: the signing key of its secret for the requested scope. */
  signingKeys: Buffer[];
}

export interface SigV4Scope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/**
 * API keys: issue, rotate, revoke, and resolve a presented credential to its key. At first start, with
 * no keys in the database, makes the admin key (ADMIN_API_KEY, or a new one written to DATA_DIR/admin-key).
 */
@Injectable()
export class KeysService {
  private readonly masterKey: string;

  constructor(
    private readonly keys: KeysRepository,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {
    this.masterKey = config.AUTH_MASTER_KEY ?? this.masterKeyFile();
  }

  /** The master key that seals SigV4 secrets: AUTH_MASTER_KEY, or one made at first start under DATA_DIR. */
  private masterKeyFile(): string {
    const path = join(this.config.DATA_DIR, 'auth-master-key');
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
    const key = generateMasterKey();
    writePrivateFile(path, `${key}\n`);
    this.logger.info({ path }, 'made the master key that seals SigV4 secrets; set AUTH_MASTER_KEY to share it between registries');
    return key;
  }

  get adminKeyFile() {
    return join(this.config.DATA_DIR, 'admin-key');
  }

  /** The first admin key; see the class comment. */
  async bootstrap(): Promise<void> {
    const given = this.config.ADMIN_API_KEY;
    await this.keys.exclusively(async (keys) => {
      if (given) {
        if (await keys.hasHash(hashApiKey(given))) return;
        await this.insert(keys, { name: 'admin', owner: 'ADMIN_API_KEY', scopes: ['admin'], resources: [] }, given);
        this.logger.info('admin key from ADMIN_API_KEY registered');
        return;
      }
      if ((await keys.count()) > 0) return;
      const issued = await this.insert(keys, { name: 'admin', owner: 'first start', scopes: ['admin'], resources: [] });
      writePrivateFile(this.adminKeyFile, `${issued.secret}\n`);
      this.logger.warn({ path: this.adminKeyFile }, `first start: an admin API key was written to ${this.adminKeyFile} (mode 0600)`);
    });
  }

  async create(request: CreateKeyRequest, creator: string): Promise<IssuedKey> {
    return this.insert(this.keys, {
      name: request.name,
      owner: request.owner ?? creator,
      scopes: request.scopes,
      resources: request.resources,
      expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      quota: request.quota ?? null,
    });
  }

  private async insert(
    keys: KeysRepository,
    key: Pick<ApiKeyRecord, 'name' | 'owner' | 'scopes' | 'resources'> & Partial<Pick<ApiKeyRecord, 'expiresAt' | 'quota'>>,
    token?: string,
  ): Promise<IssuedKey> {
    const id = `key-${randomBytes(6).toString('hex')}`;
    const issued = this.newSecret(token);
    await keys.create(
      {
        id,
        name: key.name,
        owner: key.owner,
        scopes: key.scopes as Scope[],
        resources: key.resources,
        quota: key.quota ?? null,
        expiresAt: key.expiresAt ?? null,
      },
      issued.stored,
    );
    this.logger.info({ key: id, name: key.name, scopes: key.scopes }, 'API key issued');
    return { key: (await keys.find(id))!, ...issued.shown };
  }

  private newSecret(token = generateApiKey()): { stored: NewSecret; shown: Omit<IssuedKey, 'key'> } {
    const accessKeyId = generateAccessKeyId();
    const secretAccessKey = generateSecretAccessKey();
    return {
      stored: { keyHash: hashApiKey(token), accessKeyId, sealedSecretAccessKey: sealSecret(this.masterKey, secretAccessKey) },
      shown: { secret: token, accessKeyId, secretAccessKey },
    };
  }

  async get(id: string): Promise<ApiKeyRecord> {
    const key = await this.keys.find(id);
    if (!key) throw notFound(`API key ${id} does not exist`);
    return key;
  }

  list() {
    return this.keys.list();
  }

  /** New secrets; the current ones keep working for `graceSeconds`. */
  async rotate(id: string, graceSeconds: number): Promise<IssuedKey> {
    await this.get(id);
    const issued = this.newSecret();
    const previousExpiresAt = new Date(Date.now() + graceSeconds * 1000);
    await this.keys.rotate(id, issued.stored, previousExpiresAt);
    this.logger.info({ key: id, previousExpiresAt }, 'API key rotated');
    return { key: await this.get(id), ...issued.shown, previousExpiresAt };
  }

  async revoke(id: string): Promise<ApiKeyRecord> {
    const key = await this.get(id);
    await this.keys.delete(id);
    this.logger.info({ key: id }, 'API key revoked');
    return key;
  }

  async resolveBearer(keyHash: string): Promise<ResolvedKey> {
    const found = await this.keys.findLive({ keyHash });
    if (!found) throw notFound('no live API key matches');
    await this.keys.touch(found.key.id, new Date());
    return { key: found.key, signingKeys: [] };
  }

  async resolveSigV4(scope: SigV4Scope): Promise<ResolvedKey> {
    const found = await this.keys.findLive({ accessKeyId: scope.accessKeyId });
    if (!found) throw notFound(`no live API key has access key id ${scope.accessKeyId}`);
    await this.keys.touch(found.key.id, new Date());
    const secret = openSecret(this.masterKey, found.sealedSecretAccessKey);
    return { key: found.key, signingKeys: [sigV4SigningKey(secret, scope.date, scope.region, scope.service)] };
  }
}
