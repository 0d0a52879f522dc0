import { listKeys, ObjectStore } from '@modelserve/storage';
import { EXAMPLES, seededRandom, startTestPlatform, testStorageConfig, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

/** What the test itself computes from the answers it got and the labels it sent, to hold the platform's figures to. */
function independentFigures(rows: { label: number; predicted: number; score: number }[]) {
  const classes = [0, 1];
  const count = (actual: number, predicted: number) => rows.filter((r) => r.label === actual && r.predicted === predicted).length;
  const perClass = classes.map((c) => {
    const truePositive = count(c, c);
    const predicted = rows.filter((r) => r.predicted === c).length;
    const actual = rows.filter((r) => r.label === c).length;
    const precision = predicted ? truePositive / predicted : 0;
    const recall = actual ? truePositive / actual : 0;
    return {
      label: String(c),
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support: actual,
    };
  });
  // AUC by comparing every positive with every negative: a different algorithm from the platform's ranks.
  const positives = rows.filter((r) => r.label === 1);
  const negatives = rows.filter((r) => r.label === 0);
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return {
    accuracy: rows.filter((r) => r.label === r.predicted).length / rows.length,
    precision: (perClass[0].precision + perClass[1].precision) / 2,
    recall: (perClass[0].recall + perClass[1].recall) / 2,
    f1: (perClass[0].f1 + perClass[1].f1) / 2,
    auc: wins / (positives.length * negatives.length),
    perClass,
    confusionMatrix: { labels: ['0', '1'], counts: classes.map((a) => classes.map((p) => count(a, p))) },
  };
}

/** A webhook receiver on loopback: answers 503 to its first request (to see retries), then 204. */
async function startReceiver() {
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let requests = 0;
  const server: Server = createServer((req, res) => {
    void text(req).then((body) => {
      requests++;
      if (requests === 1) {
        res.writeHead(503).end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/alerts`, received, close: () => server.close() };
}

const FEATURES = 30;

/** Rows shaped like the cancer data set (its features' means and spreads), drawn afresh; `shift` moves chosen features by that many spreads. */
function syntheticRows(seed: number, count: number, shift: Record<number, number> = {}): number[][] {
  const columns = Array.from({ length: FEATURES }, (_, i) => EXAMPLES.cancer.rows.map((row) => row[i]));
  const mean = columns.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
  const spread = columns.map((c, i) => Math.sqrt(c.reduce((a, b) => a + (b - mean[i]) ** 2, 0) / c.length));
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    mean.map((m, i) => Number((m + spread[i] * (random.normal() * 0.5 + (shift[i] ?? 0))).toFixed(5))),
  );
}

describe('model monitoring: quality from ground truth, drift against a baseline, alerts', () => {
  let started: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let store: ObjectStore;
  let bucket: string;

  const endpointWithCapture = async (name: string, variants: { name: string; version: number }[]) => {
    const config = await api.postJson('/v1/endpoint-configs', {
      name: `${name}-config`,
      variants: variants.map((v) => ({ name: v.name, model: 'cancer', version: v.version })),
      dataCapture: { samplingPercent: 100 },
    });
    expect(config.status).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name, config: `${name}-config` })).status).toBe(202);
  };

  beforeAll(async () => {
    started = await startTestPlatform('monitoring', {
      extraEnv: {
        // Long enough that labels sent right after the invocations arrive before their capture file.
        CAPTURE_FLUSH_MS: '4000',
        MONITORING_POLL_MS: '300',
        MONITORING_GRACE_MS: '1000',
        ALERT_EVALUATION_MS: '500',
        ALERT_WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
    api = started.api;
    bucket = started.platform.registry.env.S3_BUCKET;
    store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: bucket });
    await store.ensureBucket(bucket);
    await api.postJson('/v1/models', { name: 'cancer' });
    for (const file of [EXAMPLES.cancer.model, EXAMPLES.cancer.modelV2]) {
      const upload = await api.send('POST', '/v1/models/cancer/versions', readFileSync(file), {
        'content-type': 'application/octet-stream',
      });
      expect(upload.status).toBe(201);
    }
    await endpointWithCapture('cancer-ab', [
      { name: 'current', version: 1 },
      { name: 'challenger', version: 2 },
    ]);
    await endpointWithCapture('drift-same', [{ name: 'primary', version: 1 }]);
    await endpointWithCapture('drift-shifted', [{ name: 'primary', version: 1 }]);
    await endpointWithCapture('idle', [{ name: 'primary', version: 1 }]);
    for (const name of ['cancer-ab', 'drift-same', 'drift-shifted', 'idle']) await api.waitInService(name);
  });

  afterAll(() => started?.stop());

  /** Invocations of the endpoint written to capture files so far. */
  const capturedRecords = async (endpoint: string) => {
    let records = 0;
    for (const key of await listKeys(store, bucket, `capture/${endpoint}/`)) {
      records += (await text(await store.read({ bucket, key }))).trim().split('\n').length;
    }
    return records;
  };

  it('reports quality per variant from labels sent before and after capture, equal to figures computed from the answers', async () => {
    const { rows, labels } = EXAMPLES.cancer;
    const served: { inferenceId: string; variant: string; predicted: number; score: number; label: number }[] = [];
    for (let i = 0; i < rows.length; i++) {
      // Half the callers name their inference ids; the others use the one the platform returns.
      const headers: Record<string, string> = i % 2 ? { 'x-amzn-sagemaker-inference-id': `case-${i}` } : {};
      const result = await api.invoke('cancer-ab', JSON.stringify({ instances: [rows[i]] }), 'application/json', headers);
      expect(result.status).toBe(200);
      const [prediction] = result.json.predictions as { output_label: number; output_probability: Record<string, number> }[];
      served.push({
        inferenceId: result.headers.get('x-amzn-sagemaker-inference-id')!,
        variant: result.headers.get('x-amzn-invoked-production-variant')!,
        predicted: prediction.output_label,
        score: prediction.output_probability['1'],
        label: labels[i],
      });
    }
    expect(served.filter((s, i) => i % 2 === 1).every((s, k) => s.inferenceId === `case-${2 * k + 1}`)).toBe(true);
    expect(new Set(served.map((s) => s.variant))).toEqual(new Set(['current', 'challenger']));

    // Labels in three forms: a JSON array, SageMaker ground-truth records as JSON Lines, and an object in storage.
    const first = served.slice(0, 60).map((s) => ({ inferenceId: s.inferenceId, label: s.label }));
    const array = await api.postJson('/v1/endpoints/cancer-ab/ground-truth', first);
    expect(array.status).toBe(200);
    expect(array.json).toMatchObject({ accepted: 60, rejected: 0 });
    // They arrived before the predictions they label were written to storage.
    expect(await listKeys(store, bucket, 'capture/cancer-ab/')).toEqual([]);

    const record = (s: (typeof served)[number]) =>
      JSON.stringify({
        groundTruthData: { data: String(s.label), encoding: 'CSV' },
        eventMetadata: { eventId: s.inferenceId },
        eventVersion: '0',
      });
    const lines = await api.send('POST', '/v1/endpoints/cancer-ab/ground-truth', served.slice(60, 90).map(record).join('\n'), {
      'content-type': 'application/jsonlines',
    });
    expect(lines.json).toMatchObject({ accepted: 30, rejected: 0 });
    const object = [...served.slice(90).map(record), '{"not": "a label"}'].join('\n');
    await store.uploadStream({ bucket, key: 'ground-truth/cancer-ab/2026/12/04/10/labels.jsonl' }, Buffer.from(object));
    const loaded = await api.postJson('/v1/endpoints/cancer-ab/ground-truth', { s3Uri: `s3://${bucket}/ground-truth/cancer-ab/` });
    expect(loaded.status).toBe(200);
    expect(loaded.json).toMatchObject({ accepted: served.length - 90, rejected: 1 });
    expect(loaded.json.errors[0]).toMatch(/labels\.jsonl line \d+/);

    const report = await waitFor(
      'every labelled prediction in the quality report',
      async () => {
        const quality = await api.get('/v1/endpoints/cancer-ab/quality?window=1h');
        const labelled = (quality.json?.variants ?? []).reduce((sum: number, v: { labelled: number }) => sum + v.labelled, 0);
        return labelled === served.length ? quality.json : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(report).toMatchObject({ endpoint: 'cancer-ab', window: '1h' });
    for (const [variant, version] of [
      ['challenger', 2],
      ['current', 1],
    ] as const) {
      const figures = report.variants.find((v: { variant: string }) => v.variant === variant);
      const mine = served.filter((s) => s.variant === variant);
      const expected = independentFigures(mine);
      expect(figures).toMatchObject({
        model: 'cancer',
        version,
        problemType: 'BinaryClassification',
        predictions: mine.length,
        labelled: mine.length,
        coverage: 1,
      });
      const c = figures.classification;
      for (const key of ['accuracy', 'precision', 'recall', 'f1', 'auc'] as const) expect(c[key]).toBeCloseTo(expected[key], 6);
      expect(c.confusionMatrix).toEqual(expected.confusionMatrix);
      c.perClass.forEach((perClass: { label: string; precision: number; recall: number; f1: number; support: number }, i: number) => {
        expect(perClass.label).toBe(expected.perClass[i].label);
        expect(perClass.support).toBe(expected.perClass[i].support);
        for (const key of ['precision', 'recall', 'f1'] as const) expect(perClass[key]).toBeCloseTo(expected.perClass[i][key], 6);
      });
    }
    // A version declares what it predicts; outputs it does not have are refused.
    const declared = await api.send(
      'PATCH',
      '/v1/models/cancer/versions/1',
      JSON.stringify({ quality: { problemType: 'BinaryClassification', positiveLabel: '1' } }),
      {
        'content-type': 'application/json',
      },
    );
    expect(declared.json.quality).toEqual({ problemType: 'BinaryClassification', positiveLabel: '1' });
    const wrong = await api.send('PATCH', '/v1/models/cancer/versions/1', JSON.stringify({ quality: { scoreOutput: 'scores' } }), {
      'content-type': 'application/json',
    });
    expect([wrong.status, wrong.json.error.message]).toEqual([400, expect.stringMatching(/no output "scores"/)]);

    // Version 1 is the better model on these labels, as scikit-learn scores them.
    const accuracy = (variant: string) => report.variants.find((v: { variant: string }) => v.variant === variant).classification.accuracy;
    expect(accuracy('current')).toBeGreaterThan(accuracy('challenger'));

    // A label for a prediction not captured (yet) waits; bad labels are refused with the reason.
    expect((await api.postJson('/v1/endpoints/cancer-ab/ground-truth', [{ inferenceId: 'not-yet', label: 1 }])).status).toBe(200);
    const refused = await api.postJson('/v1/endpoints/cancer-ab/ground-truth', [{ label: 1 }]);
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/inferenceId|eventMetadata/);
    const notJson = await api.postJson('/v1/endpoints/cancer-ab/ground-truth', [
      { groundTruthData: { data: '{oops', encoding: 'JSON' }, eventMetadata: { eventId: 'case-1' } },
    ]);
    expect([notJson.status, notJson.json.error.message]).toEqual([400, '0.groundTruthData.data: data is not JSON, as encoding says']);
    expect((await api.get('/v1/endpoints/cancer-ab/quality?window=forever')).status).toBe(400);
  });

  it('profiles a baseline, then reports drift on exactly the shifted features and none on unshifted inputs', async () => {
    const names = Array.from({ length: FEATURES }, (_, i) => `f${i}`);
    const baselineCsv = [names.join(','), ...syntheticRows(1, 3000).map((row) => row.join(','))].join('\n');
    await store.uploadStream({ bucket, key: 'datasets/cancer-train/train.csv' }, Buffer.from(baselineCsv));
    const created = await api.postJson('/v1/baseline-jobs', {
      name: 'cancer-baseline',
      dataset: `s3://${bucket}/datasets/cancer-train/`,
      contentType: 'text/csv',
      header: true,
      model: { name: 'cancer', version: 1 },
    });
    expect(created.status).toBe(202);
    const baseline = await waitFor('the baseline job', async () => {
      const job = (await api.get('/v1/baseline-jobs/cancer-baseline')).json;
      return job?.status !== 'InProgress' ? job : undefined;
    });
    expect(baseline).toMatchObject({ status: 'Completed', records: 3000, model: { name: 'cancer', version: 1 } });
    const statistics = JSON.parse(await text(await store.read({ bucket, key: baseline.statistics.replace(`s3://${bucket}/`, '') })));
    expect(statistics.dataset.item_count).toBe(3000);
    expect(statistics.features[3]).toMatchObject({
      name: 'f3',
      inferred_type: 'Fractional',
      numerical_statistics: { common: { num_present: 3000 } },
    });
    const constraints = JSON.parse(await text(await store.read({ bucket, key: baseline.constraints.replace(`s3://${bucket}/`, '') })));
    expect(constraints.features).toHaveLength(FEATURES);
    expect(constraints.monitoring_config.distribution_constraints).toMatchObject({
      comparison_threshold: 0.1,
      comparison_method: 'KolmogorovSmirnov',
    });

    // Unshifted inputs on one endpoint; two features moved by three spreads on the other.
    const send = async (endpoint: string, data: number[][]) => {
      for (let i = 0; i < data.length; i += 100) {
        const csv = data
          .slice(i, i + 100)
          .map((row) => row.join(','))
          .join('\n');
        expect((await api.invoke(endpoint, csv, 'text/csv')).status).toBe(200);
      }
    };
    await send('drift-same', syntheticRows(2, 600));
    await send('drift-shifted', syntheticRows(3, 600, { 3: 3, 7: 3 }));
    for (const endpoint of ['drift-same', 'drift-shifted']) {
      await waitFor(`${endpoint}'s six invocations in capture files`, async () => (await capturedRecords(endpoint)) === 6 || undefined, {
        timeoutMs: 15_000,
      });
      const schedule = await api.postJson('/v1/monitoring-schedules', {
        name: `${endpoint}-hourly`,
        endpoint,
        baseline: 'cancer-baseline',
        schedule: 'every 1h',
      });
      expect(schedule.status).toBe(201);
      expect(schedule.json).toMatchObject({ thresholds: { method: 'KolmogorovSmirnov', drift: 0.1 } });
      expect((await api.send('POST', `/v1/monitoring-schedules/${endpoint}-hourly/run`)).status).toBe(202);
    }
    const finished = (name: string) =>
      waitFor(`an execution of ${name}`, async () => {
        const [latest] = (await api.get(`/v1/monitoring-schedules/${name}/executions`)).json?.executions ?? [];
        return latest && latest.status !== 'InProgress' ? latest : undefined;
      });

    const same = await finished('drift-same-hourly');
    expect(same).toMatchObject({ status: 'Completed', records: 600, manual: true, violations: [] });

    const shifted = await finished('drift-shifted-hourly');
    expect(shifted).toMatchObject({ status: 'CompletedWithViolations', records: 600 });
    expect(shifted.violations.map((v: { featureName: string; checkType: string }) => [v.featureName, v.checkType])).toEqual([
      ['f3', 'baseline_drift_check'],
      ['f7', 'baseline_drift_check'],
    ]);
    expect(shifted.violations[0].description).toMatch(/KolmogorovSmirnov distance 0\.\d+ from the baseline exceeds the threshold of 0\.1/);
    // The report in storage, in Model Monitor's shape.
    const report = JSON.parse(await text(await store.read({ bucket, key: shifted.constraintViolations.replace(`s3://${bucket}/`, '') })));
    expect(
      report.violations.map((v: { feature_name: string; constraint_check_type: string }) => [v.feature_name, v.constraint_check_type]),
    ).toEqual([
      ['f3', 'baseline_drift_check'],
      ['f7', 'baseline_drift_check'],
    ]);
    // The endpoint shows its latest report.
    expect((await api.get('/v1/endpoints/drift-shifted')).json.monitoring.latestReport).toMatchObject({
      schedule: 'drift-shifted-hourly',
      status: 'CompletedWithViolations',
    });
  });

  it('runs each window of a schedule once across two batch instances and a restart', async () => {
    const schedule = await api.postJson('/v1/monitoring-schedules', {
      name: 'drift-same-10s',
      endpoint: 'drift-same',
      baseline: 'cancer-baseline',
      schedule: 'every 10s',
    });
    expect(schedule.status).toBe(201);
    const second = await started.platform.addBatch();
    const windows = async () =>
      ((await api.get('/v1/monitoring-schedules/drift-same-10s/executions')).json?.executions ?? []) as {
        windowStart: string;
        windowEnd: string;
        status: string;
      }[];
    await waitFor('two scheduled windows', async () => (await windows()).filter((w) => w.status !== 'InProgress').length >= 2, {
      timeoutMs: 40_000,
      intervalMs: 500,
    });
    await started.platform.batch.stop('SIGKILL');
    await second.stop('SIGKILL');
    const before = (await windows()).length;
    await started.platform.batch.start();
    const after = await waitFor(
      'two more windows after the restart',
      async () => {
        const list = await windows();
        return list.filter((w) => w.status !== 'InProgress').length >= before + 2 ? list : undefined;
      },
      { timeoutMs: 40_000, intervalMs: 500 },
    );
    // Contiguous 10-second windows, each once: no gap across the restart, no window run twice.
    const ordered = [...after].reverse();
    expect(new Set(ordered.map((w) => w.windowEnd)).size).toBe(ordered.length);
    for (let i = 0; i < ordered.length; i++) {
      expect(Date.parse(ordered[i].windowEnd) - Date.parse(ordered[i].windowStart)).toBe(10_000);
      if (i > 0) expect(ordered[i].windowStart).toBe(ordered[i - 1].windowEnd);
    }
    expect((await api.get('/v1/monitoring-schedules/drift-same-10s')).json).toMatchObject({
      name: 'drift-same-10s',
      schedule: 'every 10s',
    });
    expect((await api.delete('/v1/monitoring-schedules/drift-same-10s')).status).toBe(200);
  });

  it('fires a signed webhook, rolls back an update that names the rule, then resolves', async () => {
    const receiver = await startReceiver();
    try {
      // "No traffic in the last minute" on an endpoint nobody calls yet: it fires at once.
      const created = await api.postJson('/v1/alert-rules', {
        name: 'idle-endpoint',
        endpoint: 'idle',
        metric: 'invocations',
        comparison: '<',
        threshold: 1,
        window: '1m',
        webhook: { url: receiver.url },
      });
      expect(created.status).toBe(201);
      const secret: string = created.json.webhook.secret;
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect((await api.get('/v1/alert-rules/idle-endpoint')).json.webhook).toEqual({ url: receiver.url });

      const verified = (index: number) => {
        const { headers, body } = receiver.received[index];
        const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-modelserve-signature']))!;
        expect(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')).toBe(signature);
        expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60);
        return JSON.parse(body);
      };
      await waitFor('the firing webhook', () => receiver.received.length >= 1 || undefined, { timeoutMs: 15_000 });
      expect(verified(0)).toMatchObject({
        rule: 'idle-endpoint',
        state: 'firing',
        endpoint: 'idle',
        metric: 'invocations',
        value: 0,
        threshold: 1,
      });

      // An update whose guardrails name the firing rule rolls back, saying why.
      await api.postJson('/v1/endpoint-configs', { name: 'idle-next', variants: [{ name: 'primary', model: 'cancer', version: 2 }] });
      const update = await api.send(
        'PUT',
        '/v1/endpoints/idle',
        JSON.stringify({
          config: 'idle-next',
          deployment: { strategy: 'Canary', canary: { percent: 10, waitSeconds: 30 }, rollback: { alarms: ['idle-endpoint'] } },
        }),
        { 'content-type': 'application/json' },
      );
      expect(update.status).toBe(202);
      const rolledBack = await waitFor(
        'the rollback',
        async () => {
          const { events } = (await api.get('/v1/endpoints/idle/history')).json;
          return events.find((e: { action: string }) => e.action === 'RolledBack');
        },
        { timeoutMs: 30_000, intervalMs: 300 },
      );
      expect(JSON.stringify(rolledBack)).toMatch(/alert rule idle-endpoint is firing/);

      // Traffic resolves it.
      const row = EXAMPLES.cancer.rows[0].join(',');
      await waitFor('the endpoint back InService', async () => (await api.get('/v1/endpoints/idle')).json.status === 'InService', {
        timeoutMs: 20_000,
      });
      for (let i = 0; i < 3; i++) expect((await api.invoke('idle', row, 'text/csv')).status).toBe(200);
      await waitFor('the resolved webhook', () => receiver.received.length >= 2 || undefined, { timeoutMs: 20_000 });
      const resolved = verified(1);
      expect(resolved).toMatchObject({ rule: 'idle-endpoint', state: 'resolved' });
      expect(resolved.value).toBeGreaterThanOrEqual(1);

      const { events } = (await api.get('/v1/alert-rules/idle-endpoint/events')).json;
      expect(events.map((e: { state: string }) => e.state)).toEqual(['resolved', 'firing']);
      // The receiver refused the first delivery: it was retried.
      expect(events[1].delivery).toMatchObject({ delivered: true, attempts: 2 });
      expect((await api.get('/v1/alert-rules/idle-endpoint')).json).toMatchObject({ state: 'OK' });
    } finally {
      receiver.close();
    }
  });
});
