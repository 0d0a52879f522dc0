import {
  apiSettingsOf,
  type Api__Output,
  type FunctionAlias__Output,
  type FunctionConfig__Output,
  type FunctionLogEntry__Output,
  type PublicKey__Output,
  type Site__Output,
  type UsagePlan__Output,
} from '@modelserve/contracts';

/** REST shapes of functions and public APIs. */
export const functionView = (f: FunctionConfig__Output) => ({
  name: f.name,
  version: f.version,
  runtime: f.runtime,
  handler: f.handler,
  timeoutSeconds: f.timeoutSeconds,
  memoryMB: f.memoryMb,
  environment: f.environment,
  allowedEndpoints: f.allowedEndpoints,
  description: f.description,
  ...(f.maxConcurrency ? { maxConcurrency: f.maxConcurrency } : {}),
  codeSha256: f.codeSha256,
  codeSize: f.codeSize,
  lastModified: f.lastModified,
});

export const aliasView = (a: FunctionAlias__Output) => ({ name: a.name, version: a.version, description: a.description });

export const logEntryView = (e: FunctionLogEntry__Output) => ({
  id: e.id,
  at: e.at,
  version: e.version,
  requestId: e.requestId,
  stream: e.stream,
  message: e.message,
});

export const usagePlanView = (p: UsagePlan__Output) => ({
  name: p.name,
  rateLimit: p.rateLimit,
  burst: p.burst,
  quotaPerDay: p.quotaPerDay,
});

export const siteView = (s: Site__Output) => ({ sha256: s.sha256, size: s.size, files: s.files, updatedAt: s.updatedAt });

export const apiView = (api: Api__Output) => ({
  name: api.name,
  ...apiSettingsOf(api),
  usagePlans: api.usagePlans.map(usagePlanView),
  ...(api.site ? { site: siteView(api.site) } : {}),
  invokePaths: api.stages.map((stage) => `/apis/${api.name}/${stage}/`),
  createdAt: api.createdAt,
  updatedAt: api.updatedAt,
});

export const publicKeyView = (k: PublicKey__Output) => ({
  id: k.id,
  name: k.name,
  usagePlan: k.usagePlan,
  createdAt: k.createdAt,
});
