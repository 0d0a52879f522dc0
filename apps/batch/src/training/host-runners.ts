import { invalidRequest } from '@modelserve/common';
import type { TrainingJobSpec__Output } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, type BatchConfig } from '../config';
import { ContainerRunner } from './container-runner';
import { LocalProcessRunner, markedProcesses, type TrainingHostRunner } from './process-runner';

/** The runners of this instance: local processes always, containers where a Docker engine is configured. */
@Injectable()
export class HostRunners {
  readonly processes = new LocalProcessRunner();
  readonly containers?: ContainerRunner;

  constructor(@Inject(BATCH_CONFIG) config: BatchConfig) {
    if (config.TRAINING_DOCKER_HOST) {
      this.containers = new ContainerRunner({
        dockerHost: config.TRAINING_DOCKER_HOST,
        cli: config.TRAINING_DOCKER_CLI,
        cpus: config.TRAINING_CONTAINER_CPUS,
        memoryMb: config.TRAINING_CONTAINER_MEMORY_MB,
      });
    }
  }

  /** The runner of a job: a container for one with an image, a process otherwise. */
  for(spec: Pick<TrainingJobSpec__Output, 'algorithm'>): TrainingHostRunner {
    if (!spec.algorithm?.image) return this.processes;
    return this.containerRunner('algorithm.image');
  }

  /** Runs that have processes on this machine or containers on the engine. */
  async runsPresent(): Promise<string[]> {
    const processes = [...(await markedProcesses()).keys()];
    const containers = this.containers ? await this.containers.runsWithContainers() : [];
    return [...new Set([...processes, ...containers])];
  }

  /** Ends a run's processes and containers, whichever it has (the container runner ends both). */
  cleanUp(runId: string): Promise<number> {
    return (this.containers ?? this.processes).cleanUp(runId);
  }

  containerRunner(field: string): ContainerRunner {
    if (!this.containers) {
      throw invalidRequest(
        `${field} needs a Docker engine, and this batch service has none (set TRAINING_DOCKER_HOST); or run the code with algorithm.command alone`,
      );
    }
    return this.containers;
  }
}
