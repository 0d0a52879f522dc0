import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// This module also runs in jest's global set-up, outside the path aliases: it imports no library, and
// finds the repository (package.json beside tools/) from wherever it runs, its source or dist/.
let root = __dirname;
while (!(existsSync(join(root, 'package.json')) && existsSync(join(root, 'tools'))) && root !== dirname(root)) root = dirname(root);
const REPO_ROOT = root;
const BINARY = join(REPO_ROOT, '.cache/kafka-mock/mock-broker');

export interface RunningKafka {
  /** host:port to give kafkajs as its broker list. */
  bootstrap: string;
  stop(): Promise<void>;
}

/**
 * Builds the mock broker if needed (about 40 s the first time; tools/kafka-mock/build.sh). The test
 * run's global set-up calls it once, before any suite's time limit runs.
 */
export function buildKafkaBroker(): string {
  execFileSync('bash', [join(REPO_ROOT, 'tools/kafka-mock/build.sh')], { stdio: 'inherit' });
  if (!existsSync(BINARY)) throw new Error(`${BINARY} was not built`);
  return BINARY;
}

/**
 * A real Kafka-protocol broker on loopback (librdkafka's mock cluster), with the given topics created
 * (`name:partitions`). All data is in memory; it stops with stop() or when this process exits.
 */
export function startKafkaBroker(topics: string[] = []): Promise<RunningKafka> {
  const child = spawn(existsSync(BINARY) ? BINARY : buildKafkaBroker(), topics, { stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /bootstrap=(\S+)/.exec(output);
      if (match) {
        resolve({
          bootstrap: match[1],
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.stdin.end();
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`mock broker exited with ${code}: ${output}`)));
  });
}
