import type { Api, Api__Output } from './generated/modelserve/functions/v1/Api';
import type { ApiRoute__Output } from './generated/modelserve/functions/v1/ApiRoute';
import type { FunctionConfig, FunctionConfig__Output } from './generated/modelserve/functions/v1/FunctionConfig';

/**
 * Functions and public APIs between their REST shape (what libs/schemas validates) and their gRPC
 * messages, both ways: the gateway sends what it validated, and the registry validates what it
 * receives with the same schemas.
 */

/** The settings of a function as REST names them. */
export interface FunctionSettingsShape {
  runtime?: string;
  handler?: string;
  timeoutSeconds?: number;
  memoryMB?: number;
  environment?: Record<string, string>;
  allowedEndpoints?: string[];
  description?: string;
  maxConcurrency?: number;
}

export const FUNCTION_SETTING_NAMES = [
  'runtime',
  'handler',
  'timeoutSeconds',
  'memoryMB',
  'environment',
  'allowedEndpoints',
  'description',
  'maxConcurrency',
] as const;

export function functionConfigOf(name: string, settings: FunctionSettingsShape): FunctionConfig {
  return {
    name,
    runtime: settings.runtime,
    handler: settings.handler,
    timeoutSeconds: settings.timeoutSeconds,
    memoryMb: settings.memoryMB,
    environment: settings.environment,
    allowedEndpoints: settings.allowedEndpoints,
    description: settings.description,
    maxConcurrency: settings.maxConcurrency,
  };
}

/** The settings a message carries; with a mask, only those it names. */
export function functionSettingsOf(config: FunctionConfig__Output | null | undefined, mask?: readonly string[]): FunctionSettingsShape {
  const all: FunctionSettingsShape = {
    runtime: config?.runtime || undefined,
    handler: config?.handler || undefined,
    timeoutSeconds: config?.timeoutSeconds || undefined,
    memoryMB: config?.memoryMb || undefined,
    environment: config?.environment ?? {},
    allowedEndpoints: config?.allowedEndpoints ?? [],
    description: config?.description ?? '',
    maxConcurrency: config?.maxConcurrency || undefined,
  };
  if (!mask) return all;
  return Object.fromEntries(Object.entries(all).filter(([name]) => mask.includes(name)));
}

/** A public API's settings as REST names them. */
export interface ApiSettingsShape {
  routes: { method: string; path: string; target: { function: string; qualifier?: string } | { endpoint: string } }[];
  cors?: {
    allowOrigins: string[];
    allowMethods: string[];
    allowHeaders: string[];
    exposeHeaders: string[];
    maxAgeSeconds: number;
    allowCredentials: boolean;
  };
  auth: string;
  stages: string[];
  maxBodyBytes: number;
}

const routeTarget = (route: ApiRoute__Output): ApiSettingsShape['routes'][number]['target'] =>
  route.target === 'function' && route.function
    ? { function: route.function.name, ...(route.function.qualifier ? { qualifier: route.function.qualifier } : {}) }
    : { endpoint: route.endpoint ?? '' };

export function apiMessageOf(name: string, settings: ApiSettingsShape): Api {
  return {
    name,
    routes: settings.routes.map((route) => ({
      method: route.method,
      path: route.path,
      ...('function' in route.target
        ? { function: { name: route.target.function, qualifier: route.target.qualifier ?? '' } }
        : { endpoint: route.target.endpoint }),
    })),
    cors: settings.cors ?? null,
    auth: settings.auth,
    stages: settings.stages,
    maxBodyBytes: settings.maxBodyBytes,
  };
}

export function apiSettingsOf(api: Api__Output): ApiSettingsShape {
  return {
    routes: api.routes.map((route) => ({ method: route.method, path: route.path, target: routeTarget(route) })),
    ...(api.cors ? { cors: api.cors } : {}),
    auth: api.auth,
    stages: api.stages,
    maxBodyBytes: api.maxBodyBytes,
  };
}
