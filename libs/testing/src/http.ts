import { readFileSync } from 'node:fs';
import { waitFor } from './wait';

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
}

/** The admin key every test platform registers (ADMIN_API_KEY), and that test clients send unless told otherwise. */
export const TEST_ADMIN_KEY = 'msk_test-admin-key-of-the-test-platforms';

/** Authorization headers for a bearer key. */
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/**
 * A small REST client for tests: every call resolves with status, headers and body, whatever the status.
 * It sends `key` as a bearer key (the test admin key by default; null for none).
 */
export function restClient(baseUrl: string, key: string | null = TEST_ADMIN_KEY) {
  const credentials: Record<string, string> = key ? bearer(key) : {};
  const send = async (method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const response = await fetch(baseUrl + path, { method, body, headers: { ...credentials, ...headers } });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  const api = {
    send,
    get: (path: string) => send('GET', path),
    delete: (path: string) => send('DELETE', path),
    postJson: (path: string, body: unknown) => send('POST', path, JSON.stringify(body), { 'content-type': 'application/json' }),
    invoke: (endpoint: string, body: string | Buffer, contentType: string, headers: Record<string, string> = {}) =>
      send('POST', `/endpoints/${endpoint}/invocations`, body, { 'content-type': contentType, ...headers }),

    /** Creates a model, uploads its ONNX file, and deploys it behind an endpoint of the same name. */
    async deploy(name: string, modelFile: string, instanceCount = 1): Promise<void> {
      const steps: [string, HttpResult][] = [];
      steps.push(['create model', await api.postJson('/v1/models', { name })]);
      steps.push([
        'upload',
        await send('POST', `/v1/models/${name}/versions`, readFileSync(modelFile), { 'content-type': 'application/octet-stream' }),
      ]);
      steps.push([
        'config',
        await api.postJson('/v1/endpoint-configs', {
          name: `${name}-config`,
          variants: [{ name: 'primary', model: name, version: 1, instanceCount }],
        }),
      ]);
      steps.push(['endpoint', await api.postJson('/v1/endpoints', { name, config: `${name}-config` })]);
      for (const [step, result] of steps) {
        if (result.status >= 300) throw new Error(`${step} failed: ${result.status} ${result.text}`);
      }
      await api.waitInService(name);
    },

    /** Issues an API key through the API (the client's key must be an admin's); answers the creation's body. */
    async issueKey(name: string, scopes: string[], extra: Record<string, unknown> = {}): Promise<IssuedKey> {
      const result = await api.postJson('/v1/keys', { name, scopes, ...extra });
      if (result.status !== 201) throw new Error(`key ${name} was not issued: ${result.status} ${result.text}`);
      return result.json as IssuedKey;
    },

    waitInService: (name: string, timeoutMs = 30_000) =>
      waitFor(`endpoint ${name} to be InService`, async () => (await api.get(`/v1/endpoints/${name}`)).json?.status === 'InService', {
        timeoutMs,
      }),
  };
  return api;
}

/** A key as POST /v1/keys answers it, secrets included. */
export interface IssuedKey {
  id: string;
  name: string;
  key: string;
  accessKeyId: string;
  secretAccessKey: string;
  scopes: string[];
  resources: string[];
  expiresAt: string | null;
}

export interface Answer {
  /** When the answer arrived (ms since the epoch). */
  at: number;
  status: number;
  variant: string | null;
  version: string | null;
}

/**
 * Invokes an endpoint with `concurrency` callers until `count` requests were sent or `until()` holds,
 * and records every answer: status, serving variant and model version, and when it arrived. Answers
 * go into `answers` as they come, so that a test can wait on the load's progress.
 */
export async function driveLoad(
  api: ReturnType<typeof restClient>,
  endpoint: string,
  body: string,
  {
    concurrency = 4,
    count = Infinity,
    until = () => false,
    headers = {},
    answers = [],
  }: { concurrency?: number; count?: number; until?: () => boolean; headers?: Record<string, string>; answers?: Answer[] },
): Promise<Answer[]> {
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < count && !until()) {
        sent++;
        const result = await api.invoke(endpoint, body, 'text/csv', headers);
        answers.push({
          at: Date.now(),
          status: result.status,
          variant: result.headers.get('x-amzn-invoked-production-variant'),
          version: result.headers.get('x-model-version'),
        });
      }
    }),
  );
  return answers;
}

/** The answers that were not 200. */
export const failedAnswers = (answers: Answer[]) => answers.filter((a) => a.status !== 200);

/**
 * The request that reaches a route of the policy table: `METHOD path`, or for the SageMaker API's
 * operations (`POST /#SageMaker.<Operation>`) a POST to / naming the operation in X-Amz-Target.
 */
export function routeRequest(route: string): { method: string; routePath: string; headers: Record<string, string> } {
  const [method, path] = route.split(' ');
  const [routePath, target] = path.split('#');
  return { method, routePath, headers: target ? { 'x-amz-target': target } : {} };
}

/** The content type of the SageMaker API's requests (AWS JSON 1.1). */
export const AWS_JSON = 'application/x-amz-json-1.1';
