import { workspaceRoot } from '@modelserve/common';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

// Prometheus' own tool (Debian's prometheus package, installed by .ci/run) checks the shipped rules,
// their unit tests, the scrape configuration and the dashboard's queries.
const root = workspaceRoot();
const prometheusDir = join(root, 'docker/prometheus');
const promtool = (...args: string[]) => execFileSync('promtool', args, { cwd: prometheusDir, encoding: 'utf8', stdio: 'pipe' });

interface Dashboard {
  panels: { title: string; targets: { expr: string }[] }[];
}
const dashboard = JSON.parse(readFileSync(join(root, 'docker/grafana/modelserve-dashboard.json'), 'utf8')) as Dashboard;
const rules = parse(readFileSync(join(prometheusDir, 'rules.yml'), 'utf8')) as {
  groups: { rules: { record?: string; alert?: string; expr: string }[] }[];
};

/** Metric names the services declare (`name: 'modelserve_...'` in their metrics files). */
function declaredMetrics(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        for (const [, name] of readFileSync(path, 'utf8').matchAll(/name: '(modelserve_\w+)'/g)) names.add(name);
      }
    }
  };
  walk(join(root, 'apps'));
  return names;
}

/** The modelserve_ series an expression reads, histogram suffixes taken off. */
const RECORDED = /\b[a-z_]+:modelserve_\w+:\w+/g;
const seriesIn = (expr: string) =>
  [...expr.replace(RECORDED, '').matchAll(/\b(modelserve_\w+?)(?:_bucket|_sum|_count)?\b/g)].map((m) => m[1]);

describe('monitoring files', () => {
  it('has rules that promtool accepts, and whose unit tests pass', () => {
    expect(promtool('check', 'rules', 'rules.yml')).toMatch(/SUCCESS: \d+ rules found/);
    expect(promtool('test', 'rules', 'rules.test.yml')).toMatch(/SUCCESS/);
  });

  it('has a scrape configuration that promtool accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prometheus-config-'));
    copyFileSync(join(prometheusDir, 'rules.yml'), join(dir, 'rules.yml'));
    writeFileSync(join(dir, 'gateway-key'), 'msk_example');
    const config = readFileSync(join(prometheusDir, 'prometheus.yml'), 'utf8').replace(
      '/etc/prometheus/gateway-key',
      join(dir, 'gateway-key'),
    );
    writeFileSync(join(dir, 'prometheus.yml'), config);
    expect(execFileSync('promtool', ['check', 'config', join(dir, 'prometheus.yml')], { encoding: 'utf8' })).toMatch(/SUCCESS/);
  });

  it('has a dashboard whose every query is valid PromQL', () => {
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr.replaceAll('$endpoint', '.*')));
    expect(exprs.length).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-queries-'));
    const file = join(dir, 'queries.yml');
    writeFileSync(
      file,
      JSON.stringify({ groups: [{ name: 'dashboard', rules: exprs.map((expr, i) => ({ record: `dashboard:query_${i}`, expr })) }] }),
    );
    expect(execFileSync('promtool', ['check', 'rules', file], { encoding: 'utf8' })).toMatch(`SUCCESS: ${exprs.length} rules found`);
  });

  it('reads only metrics the services export, or that the rules record', () => {
    const declared = declaredMetrics();
    const recorded = new Set(rules.groups.flatMap((g) => g.rules.map((r) => r.record).filter(Boolean)));
    const read = [
      ...rules.groups.flatMap((g) => g.rules.map((r) => r.expr)),
      ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)),
    ];
    const unknown = read.flatMap(seriesIn).filter((name) => !declared.has(name));
    expect([...new Set(unknown)]).toEqual([]);
    for (const expr of read) {
      for (const [name] of expr.matchAll(RECORDED)) expect(recorded).toContain(name);
    }
  });
});
