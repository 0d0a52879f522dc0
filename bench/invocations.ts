/**
 * `npm run bench`: on-demand prediction latency and throughput, in one run, on the same model and rows:
 *   1. raw onnxruntime-node in this process (the limit),
 *   2. a naive single-process Fastify + onnxruntime-node server (what a user would write instead),
 *   3. invocations through the platform's gateway (gateway -> gRPC -> inference worker),
 * at concurrency 1, 32 and 64. autocannon drives the HTTP targets and gives requests/s and p50/p99
 * (it records whole milliseconds); at concurrency 1 a closed loop timed with hrtime also gives
 * sub-millisecond p50/p99, from which the added latency is computed.
 *
 * BENCH_SECONDS (default 5) sets the length of each autocannon run.
 */
import { EXAMPLES, freePort } from '@modelserve/testing';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { Agent, request } from 'undici';
import { startBenchPlatform } from './platform';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = [1, 32, 64];
const PRECISE_REQUESTS = 2000;
const row = EXAMPLES.wine.rows[0];
const body = JSON.stringify({ instances: [row] });

interface Measurement {
  target: string;
  concurrency: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Raw onnxruntime-node: `concurrency` async loops calling session.run for SECONDS. */
async function measureRaw(concurrency: number): Promise<Measurement> {
  const session = await ort.InferenceSession.create(EXAMPLES.wine.model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const feeds = () => ({ features: new ort.Tensor('float32', Float32Array.from(row), [1, row.length]) });
  for (let i = 0; i < 200; i++) await session.run(feeds());
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await session.run(feeds());
        latencies.push(performance.now() - start);
      }
    }),
  );
  await session.release();
  latencies.sort((a, b) => a - b);
  return {
    target: 'onnxruntime in process',
    concurrency,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / SECONDS,
    errors: 0,
  };
}

/** A closed loop of single requests over one keep-alive connection, timed with hrtime. */
async function preciseSequential(url: string): Promise<{ p50: number; p99: number }> {
  const dispatcher = new Agent({ connections: 1 });
  const latencies: number[] = [];
  for (let i = 0; i < PRECISE_REQUESTS + 200; i++) {
    const start = performance.now();
    const response = await request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    if (i >= 200) latencies.push(performance.now() - start);
  }
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function measureHttp(target: string, url: string, concurrency: number): Promise<Measurement> {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    connections: concurrency,
    duration: SECONDS,
  });
  const measurement: Measurement = {
    target,
    concurrency,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  if (concurrency === 1) Object.assign(measurement, await preciseSequential(url));
  return measurement;
}

async function startNaiveServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = fork(join(__dirname, 'naive-server.js'), [EXAMPLES.wine.model, String(port)], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`naive server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/invocations`, child };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

function report(results: Measurement[]) {
  const lines = [
    `| target | concurrency | p50 ms | p99 ms | requests/s | errors | p50 vs raw | p50 vs naive | req/s vs raw | req/s vs naive |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const m of results) {
    const raw = results.find((r) => r.target === 'onnxruntime in process' && r.concurrency === m.concurrency)!;
    const naive = results.find((r) => r.target === 'naive Fastify server' && r.concurrency === m.concurrency)!;
    lines.push(
      `| ${m.target} | ${m.concurrency} | ${fmt(m.p50)} | ${fmt(m.p99)} | ${fmt(m.rps, 0)} | ${m.errors} | ${fmt(m.p50 / raw.p50)}x | ${fmt(m.p50 / naive.p50)}x | ${fmt(m.rps / raw.rps)} | ${fmt(m.rps / naive.rps)} |`,
    );
  }
  const at1 = (target: string) => results.find((r) => r.target === target && r.concurrency === 1)!;
  const gateway = at1('gateway (platform)');
  lines.push(
    '',
    `Added p50 latency at concurrency 1: ${fmt((gateway.p50 - at1('onnxruntime in process').p50) * 1000, 0)} µs over raw onnxruntime, ` +
      `${fmt((gateway.p50 - at1('naive Fastify server').p50) * 1000, 0)} µs over the naive server.`,
    `Errors through the gateway at concurrency 64: ${results.find((r) => r.target === 'gateway (platform)' && r.concurrency === 64)!.errors}.`,
    `p50/p99 at concurrency 1 are from ${PRECISE_REQUESTS} sequential requests timed with hrtime; at 32 and 64 from autocannon (whole ms). ` +
      `Each autocannon run lasts ${SECONDS} s; the load generator shares the machine's ${cpus().length} cores with the servers.`,
  );
  console.log(lines.join('\n'));
}

async function main() {
  const results: Measurement[] = [];
  const naive = await startNaiveServer();
  const platform = await startBenchPlatform();
  try {
    for (const concurrency of CONCURRENCY) {
      results.push(await measureRaw(concurrency));
      results.push(await measureHttp('naive Fastify server', naive.url, concurrency));
      results.push(await measureHttp('gateway (platform)', `${platform.gateway}/endpoints/wine/invocations`, concurrency));
      console.error(`measured concurrency ${concurrency}`);
    }
  } finally {
    naive.child.kill();
    platform.child.kill('SIGTERM');
    await new Promise((resolve) => platform.child.once('exit', resolve));
    rmSync(platform.dataDir, { recursive: true, force: true });
  }
  report(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
