/**
 * `npm run bench:functions`: what a function and a public API add to an on-demand prediction, in one
 * run, on the wine MLP with one row per request:
 *   1. raw onnxruntime-node in this process (the limit),
 *   2. the endpoint invoked directly (POST /endpoints/wine/invocations: the baseline of the ratios),
 *   3. a public API route to the endpoint (/apis/bench/prod/endpoint),
 *   4. a public API route to a function that invokes the endpoint (/apis/bench/prod/function), the
 *      source text's web app path: API Gateway -> Lambda -> endpoint,
 * at concurrency 1, 8 and 32 (past a function's limit: 429s, counted apart); and the cold start of a function instance (from the gateway's metrics).
 *
 * BENCH_SECONDS (default 5) sets the length of each autocannon run.
 */
import { EXAMPLES, zipOf } from '@modelserve/testing';
import autocannon from 'autocannon';
import { rmSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { benchAuth, postJson, startBenchPlatform } from './platform';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** 8 stays within a function's concurrency limit (FUNCTION_MAX_CONCURRENCY per gateway process); 32 goes past it. */
const CONCURRENCY = [1, 8, 32];
const BODY = JSON.stringify({ instances: [EXAMPLES.wine.rows[0]] });

const FUNCTION_CODE = `
exports.handler = async (event, context) => {
  const answer = await context.platform.invokeEndpoint({ EndpointName: 'wine', Body: event.body, ContentType: 'application/json' });
  return { statusCode: 200, headers: { 'content-type': answer.ContentType }, body: Buffer.from(answer.Body).toString('utf8') };
};`;

interface Row {
  target: string;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** 429 answers: invocations past a function's concurrency limit, counted apart from errors. */
  throttled: number;
}

async function measureRaw(concurrency: number): Promise<Row> {
  const session = await ort.InferenceSession.create(EXAMPLES.wine.model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const feeds = () => ({ [session.inputNames[0]]: new ort.Tensor('float32', Float32Array.from(EXAMPLES.wine.rows[0]), [1, 13]) });
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await session.run(feeds());
        latencies.push(performance.now() - started);
      }
    }),
  );
  await session.release();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return {
    target: 'raw onnxruntime-node',
    concurrency,
    rps: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    errors: 0,
    throttled: 0,
  };
}

async function measureHttp(target: string, url: string, concurrency: number, headers: Record<string, string>): Promise<Row> {
  const options = {
    url,
    method: 'POST' as const,
    body: BODY,
    headers: { 'content-type': 'application/json', ...headers },
    connections: concurrency,
  };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: SECONDS });
  const throttled = (result.statusCodeStats as Record<string, { count: number }> | undefined)?.['429']?.count ?? 0;
  return {
    target,
    concurrency,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx - throttled,
    throttled,
  };
}

async function main() {
  const platform = await startBenchPlatform();
  const { gateway } = platform;
  try {
    await postJson(gateway, '/v1/functions', {
      name: 'bench-predict',
      code: { archive: zipOf({ 'index.js': FUNCTION_CODE }).toString('base64') },
      allowedEndpoints: ['wine'],
    });
    await postJson(gateway, '/v1/apis', {
      name: 'bench',
      routes: [
        { method: 'POST', path: '/endpoint', target: { endpoint: 'wine' } },
        { method: 'POST', path: '/function', target: { function: 'bench-predict' } },
      ],
    });
    const rows: Row[] = [];
    for (const concurrency of CONCURRENCY) {
      rows.push(await measureRaw(concurrency));
      rows.push(await measureHttp('endpoint, direct', `${gateway}/endpoints/wine/invocations`, concurrency, benchAuth));
      rows.push(await measureHttp('public API -> endpoint', `${gateway}/apis/bench/prod/endpoint`, concurrency, {}));
      rows.push(await measureHttp('public API -> function -> endpoint', `${gateway}/apis/bench/prod/function`, concurrency, {}));
    }
    console.log(`\nwine MLP, one row per request, ${SECONDS} s per run; ratios against the direct endpoint at the same concurrency\n`);
    console.log('| Target | Concurrency | Requests/s | p50 ms | p99 ms | Errors | 429s | Throughput vs endpoint |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      const baseline = rows.find((r) => r.target === 'endpoint, direct' && r.concurrency === row.concurrency)!;
      console.log(
        `| ${row.target} | ${row.concurrency} | ${Math.round(row.rps)} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.errors} | ${row.throttled} | ${(row.rps / baseline.rps).toFixed(2)} |`,
      );
    }
    const metrics = await (await fetch(`${gateway}/metrics`, { headers: benchAuth })).text();
    const value = (name: string) =>
      Number(new RegExp(`^${name}\\{function="bench-predict"[^}]*\\} ([\\d.e+-]+)$`, 'm').exec(metrics)?.[1] ?? NaN);
    const starts = value('modelserve_function_cold_start_seconds_count');
    const mean = (value('modelserve_function_cold_start_seconds_sum') / starts) * 1000;
    console.log(`\nfunction cold starts: ${starts}, ${mean.toFixed(0)} ms on average (process start and handler load)`);
  } finally {
    platform.child.kill('SIGTERM');
    await new Promise((resolve) => platform.child.once('exit', resolve));
    rmSync(platform.dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
