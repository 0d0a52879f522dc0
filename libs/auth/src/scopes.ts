/**
 * What a key may do. `admin` covers everything (keys and the audit trail included); `deploy` covers
 * models, versions, configs, endpoints and jobs, and reading them; `invoke` covers invocations; `read`
 * covers reading. A key may also be limited to named resources (`endpoint:fraud-*`, `model:wine`).
 */
export const SCOPES = ['admin', 'deploy', 'invoke', 'read'] as const;
export type Scope = (typeof SCOPES)[number];

/** The scope an action needs; a policy names one per route. */
export type Action = Scope;

const COVERS: Record<Scope, readonly Action[]> = {
  admin: ['admin', 'deploy', 'invoke', 'read'],
  deploy: ['deploy', 'read'],
  invoke: ['invoke'],
  read: ['read'],
};

export const scopesCover = (scopes: readonly Scope[], action: Action) => scopes.some((scope) => COVERS[scope].includes(action));

export const RESOURCE_KINDS = ['endpoint', 'model'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  kind: ResourceKind;
  name: string;
}

/** `kind:pattern`, where the pattern is a resource name with `*` standing for any characters. */
export const RESOURCE_PATTERN = /^(endpoint|model):[a-zA-Z0-9*-]{1,63}$/;

export const formatResource = ({ kind, name }: Resource) => `${kind}:${name}`;

/**
 * Whether a key limited to `patterns` may act on `resource`. An unlimited key (no patterns) may act on
 * anything; a limited one only on resources its patterns name, and never on a request that names no
 * single resource (a list, or a creation whose name is in the body).
 */
export function resourceAllowed(patterns: readonly string[], resource: Resource | undefined): boolean {
  if (patterns.length === 0) return true;
  if (!resource) return false;
  return patterns.some((pattern) => {
    const separator = pattern.indexOf(':');
    return pattern.slice(0, separator) === resource.kind && globMatch(pattern.slice(separator + 1), resource.name);
  });
}

function globMatch(pattern: string, name: string): boolean {
  const regex = new RegExp('^' + pattern.split('*').map(escapeRegex).join('.*') + '$');
  return regex.test(name);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
