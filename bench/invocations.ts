/**
 * `npm run bench`: on-demand predictions, in one run, on the same models and rows:
 *   1. raw onnxruntime-node in this process (the limit),
 *   2. a naive single-process Fastify + onnxruntime-node server (what a user would write instead),
 *   3. invocations through the platform's gateway (gateway processes -> inference worker),
 * for the wine MLP (1 row per request) and the digits CNN (1 image per request, about a millisecond of
 * compute), at concurrency 1, 32, 64 and 256. autocannon drives the HTTP targets and gives requests/s
 * and p50/p99 (whole milliseconds); at concurrency 1 a closed loop timed with hrtime also gives
 * sub-millisecond p50/p99, from which the added latency is computed. From the gateway's /metrics it
 * reports the batches actually formed, the time requests waited in the queue and the 429s; and the
 * resident memory of every service, idle and under load.
 *
 * BENCH_SECONDS (default 5) sets the length of each autocannon run.
 */
import { digitsImage, EXAMPLES, freePort, type Example } from '@modelserve/testing';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { Agent, request } from 'undici';
import { measureKeyChecks, reportKeyChecks } from './access';
import { benchAuth, deploy, startBenchPlatform } from './platform';
import { availableMiB, memoryByService, pssMiB } from './processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = [1, 32, 64, 256];
const PRECISE_REQUESTS = 2000;

interface BenchModel {
  endpoint: string;
  label: string;
  example: Example;
  /** Shape of one row as the model takes it. */
  rowShape: number[];
  /** One request: one row, as a client sends it. */
  body: string;
}

const MODELS: BenchModel[] = [
  {
    endpoint: 'wine',
    label: 'wine MLP',
    example: EXAMPLES.wine,
    rowShape: [13],
    body: JSON.stringify({ instances: [EXAMPLES.wine.rows[0]] }),
  },
  {
    endpoint: 'digits',
    label: 'digits CNN',
    example: EXAMPLES.digits,
    rowShape: [1, 32, 32],
    body: JSON.stringify({ instances: [digitsImage(EXAMPLES.digits.rows[0])] }),
  },
];

interface Measurement {
  target: string;
  concurrency: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** 429 answers (load shed), counted apart from errors. */
  shed: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Raw onnxruntime-node: `concurrency` async loops calling session.run for SECONDS. */
async function measureRaw(model: BenchModel, concurrency: number): Promise<Measurement> {
  const session = await ort.InferenceSession.create(model.example.model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const row = model.example.rows[0];
  const feeds = () => ({ [session.inputNames[0]]: new ort.Tensor('float32', Float32Array.from(row), [1, ...model.rowShape]) });
  for (let i = 0; i < 50; i++) await session.run(feeds());
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
    shed: 0,
  };
}

/** A closed loop of single requests over one keep-alive connection, timed with hrtime. */
async function preciseSequential(url: string, body: string): Promise<{ p50: number; p99: number }> {
  const dispatcher = new Agent({ connections: 1 });
  const latencies: number[] = [];
  for (let i = 0; i < PRECISE_REQUESTS + 200; i++) {
    const start = performance.now();
    const response = await request(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...benchAuth },
      dispatcher,
    });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    if (i >= 200) latencies.push(performance.now() - start);
  }
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** A short run first, so that both servers are measured warm (JIT-compiled, connections open). */
const WARM_UP_SECONDS = 5;

async function measureHttp(target: string, url: string, body: string, concurrency: number): Promise<Measurement> {
  await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...benchAuth },
    connections: concurrency,
    duration: WARM_UP_SECONDS,
  });
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...benchAuth },
    connections: concurrency,
    duration: SECONDS,
  });
  const shed = (result.statusCodeStats as Record<string, { count: number }> | undefined)?.['429']?.count ?? 0;
  const measurement: Measurement = {
    target,
    concurrency,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx - shed,
    shed,
  };
  if (concurrency === 1) Object.assign(measurement, await preciseSequential(url, body));
  return measurement;
}

async function startNaiveServer(model: BenchModel): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = fork(join(__dirname, 'naive-server.js'), [model.example.model, String(port), model.rowShape.join(',')], {
    stdio: 'ignore',
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`naive server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/invocations`, child };
}

/** A histogram or counter family from Prometheus text, summed over the label sets that match `labels`. */
function series(text: string, name: string, labels: string): Map<string, number> {
  const values = new Map<string, number>();
  const pattern = new RegExp(`^${name}\\{([^}]*)\\} (\\S+)$`, 'gm');
  for (const [, set, value] of text.matchAll(pattern)) {
    if (!set.includes(labels)) continue;
    const le = /le="([^"]+)"/.exec(set)?.[1] ?? '';
    values.set(le, (values.get(le) ?? 0) + Number(value));
  }
  return values;
}

/** The upper bound of the bucket holding quantile q of the observations between two scrapes. */
function quantile(before: string, after: string, name: string, labels: string, q: number): number | undefined {
  const start = series(before, `${name}_bucket`, labels);
  const end = series(after, `${name}_bucket`, labels);
  const buckets = [...end.entries()].map(([le, count]) => [Number(le === '+Inf' ? Infinity : le), count - (start.get(le) ?? 0)] as const);
  buckets.sort((a, b) => a[0] - b[0]);
  const total = buckets.at(-1)?.[1] ?? 0;
  if (total === 0) return undefined;
  return buckets.find(([, count]) => count >= q * total)?.[0];
}

const delta = (before: string, after: string, name: string, labels: string) =>
  [...series(after, name, labels).values()].reduce((a, b) => a + b, 0) -
  [...series(before, name, labels).values()].reduce((a, b) => a + b, 0);

interface BatchingFigures {
  model: string;
  concurrency: number;
  runs: number;
  meanRows: number;
  rowsP50?: number;
  rowsP99?: number;
  waitP50?: number;
  waitP99?: number;
  shed: number;
}

function batching(model: BenchModel, concurrency: number, before: string, after: string): BatchingFigures {
  const labels = `endpoint="${model.endpoint}"`;
  const runs = delta(before, after, 'modelserve_batch_rows_count', labels);
  return {
    model: model.label,
    concurrency,
    runs,
    meanRows: runs ? delta(before, after, 'modelserve_batch_rows_sum', labels) / runs : 0,
    rowsP50: quantile(before, after, 'modelserve_batch_rows', labels, 0.5),
    rowsP99: quantile(before, after, 'modelserve_batch_rows', labels, 0.99),
    waitP50: quantile(before, after, 'modelserve_queue_wait_seconds', labels, 0.5),
    waitP99: quantile(before, after, 'modelserve_queue_wait_seconds', labels, 0.99),
    shed: delta(before, after, 'modelserve_shed_requests_total', labels),
  };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);
const ms = (seconds: number | undefined) => (seconds === undefined ? '-' : seconds === Infinity ? '>60000' : `≤${fmt(seconds * 1000, 2)}`);

function reportModel(model: BenchModel, results: Measurement[]) {
  const lines = [
    `### ${model.label}, 1 ${model.endpoint === 'digits' ? 'image' : 'row'} per request`,
    '',
    `| target | concurrency | p50 ms | p99 ms | requests/s | errors | 429 | req/s vs naive | p50 vs naive | p99 vs naive | req/s vs raw |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const m of results) {
    const raw = results.find((r) => r.target === 'onnxruntime in process' && r.concurrency === m.concurrency)!;
    const naive = results.find((r) => r.target === 'naive Fastify server' && r.concurrency === m.concurrency)!;
    lines.push(
      `| ${m.target} | ${m.concurrency} | ${fmt(m.p50)} | ${fmt(m.p99)} | ${fmt(m.rps, 0)} | ${m.errors} | ${m.shed} | ` +
        `${fmt(m.rps / naive.rps)}x | ${fmt(m.p50 / naive.p50)}x | ${fmt(m.p99 / naive.p99)}x | ${fmt(m.rps / raw.rps)} |`,
    );
  }
  const at1 = (target: string) => results.find((r) => r.target === target && r.concurrency === 1)!;
  lines.push(
    '',
    `Added p50 at concurrency 1: ${fmt((at1('gateway (platform)').p50 - at1('naive Fastify server').p50) * 1000, 0)} µs over the naive server, ` +
      `${fmt((at1('gateway (platform)').p50 - at1('onnxruntime in process').p50) * 1000, 0)} µs over raw onnxruntime.`,
    '',
  );
  console.log(lines.join('\n'));
}

function reportBatching(figures: BatchingFigures[]) {
  console.log(
    [
      '### Batches formed by the gateway',
      '',
      '| model | concurrency | runs | mean rows per run | rows p50 | rows p99 | queue wait p50 ms | queue wait p99 ms | 429 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...figures.map(
        (f) =>
          `| ${f.model} | ${f.concurrency} | ${f.runs} | ${fmt(f.meanRows)} | ≤${f.rowsP50 ?? '-'} | ≤${f.rowsP99 ?? '-'} | ${ms(f.waitP50)} | ${ms(f.waitP99)} | ${f.shed} |`,
      ),
      '',
      'Rows and waits are read from the gateway histograms, so they are bucket upper bounds.',
      '',
    ].join('\n'),
  );
}

interface MemoryFigures {
  idleRss: Map<string, number>;
  idlePss: Map<string, number>;
  peakRss: Map<string, number>;
  /** How much the machine's available memory fell from before the platform started to idle. */
  machineMiB: number;
}

function reportMemory({ idleRss, idlePss, peakRss, machineMiB }: MemoryFigures) {
  const services = [...new Set([...idleRss.keys(), ...peakRss.keys()])];
  const total = (memory: Map<string, number>) => [...memory.values()].reduce((a, b) => a + b, 0);
  const cell = (memory: Map<string, number>, service: string) => fmt(memory.get(service) ?? 0, 0);
  console.log(
    [
      '### Memory (MiB)',
      '',
      '| service | RSS idle, both models deployed | PSS idle | RSS peak under load |',
      '| --- | ---: | ---: | ---: |',
      ...services.map((s) => `| ${s} | ${cell(idleRss, s)} | ${cell(idlePss, s)} | ${cell(peakRss, s)} |`),
      `| all | ${fmt(total(idleRss), 0)} | ${fmt(total(idlePss), 0)} | ${fmt(total(peakRss), 0)} |`,
      '',
      `The machine's available memory fell by ${fmt(machineMiB, 0)} MiB from before the platform started to idle. A sum of ` +
        `RSS counts the code the processes share (Node's, onnxruntime's) once per process; PSS splits shared pages between them.`,
      '',
    ].join('\n'),
  );
}

async function main() {
  const availableBefore = availableMiB();
  const platform = await startBenchPlatform();
  const root = platform.child.pid!;
  const peak = new Map<string, number>();
  const sampleMemory = () => {
    for (const [service, mib] of memoryByService(root)) peak.set(service, Math.max(peak.get(service) ?? 0, mib));
  };
  const metrics = async () => (await fetch(`${platform.gateway}/metrics`, { headers: benchAuth })).text();
  const figures: BatchingFigures[] = [];
  let naive: { url: string; child: ChildProcess } | undefined;
  try {
    await deploy(platform.gateway, 'digits', EXAMPLES.digits.model);
    // Idle: deployed, and some seconds for start-up work (loads, the first reconcile passes) to settle.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const idle = { idleRss: memoryByService(root), idlePss: memoryByService(root, pssMiB), machineMiB: availableBefore - availableMiB() };
    for (const model of MODELS) {
      const results: Measurement[] = [];
      naive = await startNaiveServer(model);
      for (const concurrency of CONCURRENCY) {
        results.push(await measureRaw(model, concurrency));
        results.push(await measureHttp('naive Fastify server', naive.url, model.body, concurrency));
        const before = await metrics();
        const sampler = setInterval(sampleMemory, 500);
        results.push(
          await measureHttp('gateway (platform)', `${platform.gateway}/endpoints/${model.endpoint}/invocations`, model.body, concurrency),
        );
        clearInterval(sampler);
        figures.push(batching(model, concurrency, before, await metrics()));
        console.error(`measured ${model.label} at concurrency ${concurrency}`);
      }
      naive.child.kill();
      naive = undefined;
      reportModel(model, results);
      if (model.endpoint === 'wine') {
        reportKeyChecks(await measureKeyChecks(), results.find((r) => r.target === 'onnxruntime in process' && r.concurrency === 1)!.p50);
      }
    }
    reportBatching(figures);
    reportMemory({ ...idle, peakRss: peak });
    console.log(
      `Each autocannon run lasts ${SECONDS} s; the load generator shares the machine's ${cpus().length} cores with the servers. ` +
        `p50/p99 at concurrency 1 are from ${PRECISE_REQUESTS} sequential requests timed with hrtime; above it, from autocannon (whole ms).`,
    );
  } finally {
    naive?.child.kill();
    platform.child.kill('SIGTERM');
    await new Promise((resolve) => platform.child.once('exit', resolve));
    rmSync(platform.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
