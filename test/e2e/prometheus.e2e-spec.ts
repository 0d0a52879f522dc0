import { workspaceRoot } from '@modelserve/common';
import { EXAMPLES, freePort, startDeployedPlatform, waitFor, type DeployedPlatform, type ServiceProcess } from '@modelserve/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

/**
 * The platform as Prometheus sees it: every service's /metrics passes `promtool check metrics`, and a
 * real Prometheus server (Debian's package) scrapes the four services, evaluates the shipped rules and
 * answers per-variant series for known traffic, and every query of the shipped dashboard.
 */
describe('metrics scraped by a real Prometheus server', () => {
  let deployed: DeployedPlatform;
  let prometheus: ChildProcess | undefined;
  let prometheusUrl: string;
  const root = workspaceRoot();
  const wineCsv = EXAMPLES.wine.rows[0].join(',');

  const services = (): ServiceProcess[] => [deployed.platform.registry, ...deployed.platform.workers, deployed.platform.batch];
  const metricsOf = async (service: ServiceProcess) =>
    (
      await service.fetch('/metrics', service === deployed.platform.gateway ? { headers: { authorization: `Bearer ${readerKey}` } } : {})
    ).text();
  let readerKey: string;

  /** Known traffic: answered by each variant, and refused on a as bad input. */
  const sendTraffic = async (counts: { a: number; b: number; aBad: number }) => {
    const invoke = (variant: string, body: string) =>
      deployed.api.invoke('ab', body, 'text/csv', { 'x-amzn-sagemaker-target-variant': variant });
    for (let i = 0; i < counts.a; i++) expect((await invoke('a', wineCsv)).status).toBe(200);
    for (let i = 0; i < counts.b; i++) expect((await invoke('b', wineCsv)).status).toBe(200);
    for (let i = 0; i < counts.aBad; i++) expect((await invoke('a', '1,2')).status).toBe(400);
  };

  const query = async (promql: string): Promise<Sample[]> => {
    const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await response.json()) as { status: string; error?: string; data: { result: Sample[] } };
    if (body.status !== 'success') throw new Error(`${promql}: ${body.error}`);
    return body.data.result;
  };

  beforeAll(async () => {
    deployed = await startDeployedPlatform('prometheus');
    const { api } = deployed;
    readerKey = (await api.issueKey('prometheus', ['read'])).key;
    expect(
      (
        await api.postJson('/v1/endpoint-configs', {
          name: 'ab',
          variants: [
            { name: 'a', model: 'wine', version: 1 },
            { name: 'b', model: 'wine', version: 1 },
          ],
        })
      ).status,
    ).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name: 'ab', config: 'ab' })).status).toBe(202);
    await api.waitInService('ab');
    await sendTraffic({ a: 7, b: 3, aBad: 2 });
  }, 180_000);

  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    await deployed?.stop();
  });

  it('answers figures per variant without Prometheus, from what gateways and workers report', async () => {
    type Figures = {
      variant: string;
      version: number;
      invocations: number;
      clientErrors: number;
      latencySeconds: { count: number; p50: number; p99: number };
      modelLatencySeconds: { count: number; p50: number };
      overheadLatencySeconds: { count: number; p50: number };
      batchRows: { p50: number };
      capacity: { readyInstanceCount: number };
    };
    const figures = await waitFor(
      'the reported figures',
      async () => {
        const answer = await deployed.api.get('/v1/endpoints/ab/metrics?window=15m');
        const variants = answer.json?.variants as Figures[] | undefined;
        return variants?.find((v) => v.variant === 'a')?.invocations === 9 && variants.find((v) => v.variant === 'b')?.invocations === 3
          ? variants
          : undefined;
      },
      { timeoutMs: 20_000 },
    );
    const [a, b] = figures;
    expect([a.variant, a.version, a.clientErrors, b.variant, b.clientErrors]).toEqual(['a', 1, 2, 'b', 0]);
    for (const variant of [a, b]) {
      expect(variant.capacity.readyInstanceCount).toBe(1);
      expect(variant.latencySeconds.count).toBe(variant.invocations - variant.clientErrors);
      expect(variant.latencySeconds.p50).toBeGreaterThan(0);
      expect(variant.overheadLatencySeconds.p50).toBeLessThanOrEqual(variant.latencySeconds.p99);
      // Time in the model is per model version: both variants serve wine 1, run 10 times in all.
      expect(variant.modelLatencySeconds.count).toBe(10);
      expect(variant.modelLatencySeconds.p50).toBeLessThan(variant.latencySeconds.p99);
      expect(Math.abs(variant.batchRows.p50 - 1)).toBeLessThan(0.1);
    }
    expect((await deployed.api.get('/v1/endpoints/ab/metrics?window=forever')).status).toBe(400);
    expect((await deployed.api.get('/v1/endpoints/ab/metrics?window=30d')).status).toBe(400);
    expect((await deployed.api.get('/v1/endpoints/no-such/metrics')).status).toBe(404);
  });

  it("passes promtool's checks on every service's /metrics", async () => {
    for (const service of [...services(), deployed.platform.gateway]) {
      const text = await metricsOf(service);
      expect(text).toMatch(/^# HELP /m);
      const checked = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect([service.name, checked.status, checked.stdout + checked.stderr]).toEqual([service.name, 0, '']);
    }
    // Each service has its own figures beside Node's.
    expect(await metricsOf(deployed.platform.registry)).toMatch(/^modelserve_registry_live_workers 1$/m);
    expect(await metricsOf(deployed.platform.workers[0])).toMatch(
      /^modelserve_model_runs_total\{model="wine",version="1",outcome="ok"\} \d+$/m,
    );
  });

  it('scrapes the platform, records the rules and answers per-variant series', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prometheus-e2e-'));
    copyFileSync(join(root, 'docker/prometheus/rules.yml'), join(dir, 'rules.yml'));
    writeFileSync(join(dir, 'gateway-key'), readerKey);
    const target = (service: ServiceProcess) => `127.0.0.1:${service.httpPort}`;
    const job = (name: string, targets: string[], extra = '') =>
      `  - job_name: ${name}\n${extra}    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`;
    writeFileSync(
      join(dir, 'prometheus.yml'),
      'global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - rules.yml\nscrape_configs:\n' +
        job(
          'modelserve-gateway',
          [target(deployed.platform.gateway)],
          `    authorization:\n      credentials_file: ${join(dir, 'gateway-key')}\n`,
        ) +
        job('modelserve-registry', [target(deployed.platform.registry)]) +
        job('modelserve-worker', deployed.platform.workers.map(target)) +
        job('modelserve-batch', [target(deployed.platform.batch)]),
    );
    const port = await freePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    let output = '';
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prometheus.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor('Prometheus to be ready', async () => (await fetch(`${prometheusUrl}/-/ready`).catch(() => undefined))?.ok, {
      timeoutMs: 30_000,
    }).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-2000)}`);
    });

    const up = await waitFor('every service scraped', async () => {
      const samples = await query('up');
      return samples.length === 4 && samples.every((s) => s.value[1] === '1') ? samples : undefined;
    });
    expect(up.map((s) => s.metric.job).sort()).toEqual([
      'modelserve-batch',
      'modelserve-gateway',
      'modelserve-registry',
      'modelserve-worker',
    ]);

    const counts = async () =>
      Object.fromEntries(
        (await query('sum by (variant, status) (modelserve_invocations_total{endpoint="ab"})')).map((s) => [
          `${s.metric.variant} ${s.metric.status}`,
          Number(s.value[1]),
        ]),
      );
    expect(await waitFor('the per-variant counts', async () => ((await counts())['b 200'] === 3 ? counts() : undefined))).toEqual({
      'a 200': 7,
      'a 400': 2,
      'b 200': 3,
    });
    // More traffic while Prometheus watches, so that rates over the window are not zero.
    await sendTraffic({ a: 3, b: 2, aBad: 1 });
    expect(await waitFor('the new counts', async () => ((await counts())['a 400'] === 3 ? counts() : undefined))).toEqual({
      'a 200': 10,
      'a 400': 3,
      'b 200': 5,
    });
    // The recording rules run on what was scraped: a per-variant rate and client error ratio exist for both variants.
    // Rules are evaluated on their own schedule: an evaluation before the scrape that saw the new traffic
    // finds a variant's counter unchanged, and records 0/0 (NaN) for it, until the next one.
    const ratios = await waitFor('the recorded client error ratio', async () => {
      const samples = await query('endpoint_variant:modelserve_invocation_client_errors:ratio_rate5m{endpoint="ab"}');
      return samples.length === 2 && samples.every((s) => !Number.isNaN(Number(s.value[1]))) ? samples : undefined;
    });
    const ratio = Object.fromEntries(ratios.map((s) => [s.metric.variant, Number(s.value[1])]));
    expect(ratio.b).toBe(0);
    expect(ratio.a).toBeGreaterThan(0);
    // The worker is scraped on its own schedule: its rule has a value once two of its scrapes saw the runs.
    const runP99 = await waitFor('the recorded model run p99', async () => {
      const samples = await query('model_version:modelserve_model_run_duration_seconds:p99_5m{model="wine"}');
      return samples.length > 0 ? samples : undefined;
    });
    expect(runP99).toHaveLength(1);

    // Every query of the shipped dashboard runs.
    const dashboard = JSON.parse(readFileSync(join(root, 'docker/grafana/modelserve-dashboard.json'), 'utf8')) as {
      panels: { targets: { expr: string }[] }[];
    };
    for (const { expr } of dashboard.panels.flatMap((p) => p.targets)) await query(expr.replaceAll('$endpoint', 'ab'));
    expect(await query('endpoint_variant:modelserve_invocations:rate5m{endpoint="ab"}')).toHaveLength(2);
  }, 120_000);
});
