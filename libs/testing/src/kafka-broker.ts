import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './processes';

export interface RunningKafka {
  /** host:port to give kafkajs as its broker list. */
  bootstrap: string;
  stop(): Promise<void>;
}

/** Builds the mock broker if needed (about 40 s the first time; tools/kafka-mock/build.sh). */
export function buildKafkaBroker(): string {
  execFileSync('bash', [join(REPO_ROOT, 'tools/kafka-mock/build.sh')], { stdio: 'inherit' });
  const binary = join(REPO_ROOT, '.cache/kafka-mock/mock-broker');
  if (!existsSync(binary)) throw new Error(`${binary} was not built`);
  return binary;
}

/**
 * A real Kafka-protocol broker on loopback (librdkafka's mock cluster), with the given topics created
 * (`name:partitions`). All data is in memory; it stops with stop() or when this process exits.
 */
export function startKafkaBroker(topics: string[] = []): Promise<RunningKafka> {
  const child = spawn(buildKafkaBroker(), topics, { stdio: ['pipe', 'pipe', 'pipe'] });
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
