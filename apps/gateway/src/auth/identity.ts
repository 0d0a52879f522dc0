import type { Scope } from '@modelserve/auth';

/** Who is calling, as a verified credential says. */
export interface Identity {
  keyId: string;
  name: string;
  owner: string;
  scopes: Scope[];
  resources: string[];
  /** Whether the key has a quota to take requests from. */
  hasQuota: boolean;
  /** How changes by this caller are attributed in histories and the audit trail. */
  actor: string;
}

/** The caller when AUTH=disabled: anyone, with every scope. */
export const ANONYMOUS: Identity = {
  keyId: 'anonymous',
  name: 'anonymous',
  owner: 'anonymous',
  scopes: ['admin'],
  resources: [],
  hasQuota: false,
  actor: 'anonymous',
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by access control before any handler runs. */
    identity?: Identity;
    /** The body's bytes, kept for SigV4 signatures over JSON bodies. */
    rawBody?: Buffer;
  }
}
