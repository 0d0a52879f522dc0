import { AppError, invalidRequest } from '@modelserve/common';
import { tuningJobSpec, type TuningJob, type TuningJobSpec__Output, type TuningTrainingJob } from '@modelserve/contracts';
import type { TuningJobRequest } from '@modelserve/schemas';
import { ObjectStore, parseS3Uri } from '@modelserve/storage';
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainedModelRegistrar } from '../training/model-registration';
import { removeDirectory, unpack } from '../training/training-files';
import { TrainingJobsRepository } from '../training/training-jobs.repository';
import { TrainingJobsService } from '../training/training-jobs.service';
import { bestOf, searchSpaceOf, Tuner } from './tuner';
import { isOpen, TuningJobsRepository, type ChildJob, type TuningJobRow } from './tuning-jobs.repository';

/** The tuning job API: jobs are checked and recorded here, and driven by the Tuner. */
@Injectable()
export class TuningJobsService {
  constructor(
    private readonly repository: TuningJobsRepository,
    private readonly trainingJobs: TrainingJobsService,
    private readonly trainingRows: TrainingJobsRepository,
    private readonly tuner: Tuner,
    private readonly registrar: TrainedModelRegistrar,
    private readonly store: ObjectStore,
  ) {}

  /** Checks the training job definition as a training job's, and the warm-start parents; draws a seed when none is given. */
  async create(request: TuningJobRequest): Promise<TuningJob> {
    await this.trainingJobs.check(request.trainingJobDefinition, 'trainingJobDefinition.');
    const ranges = request.parameterRanges;
    const tuned = [...ranges.integer, ...ranges.continuous, ...ranges.categorical].map((r) => r.name).sort();
    for (const parentName of request.warmStart?.parentTuningJobs ?? []) {
      const parent = await this.repository.get(parentName).catch(() => {
        throw invalidRequest(`warmStart.parentTuningJobs: tuning job ${parentName} does not exist`);
      });
      const spec = parent.spec;
      if (isOpen(parent.status)) throw invalidRequest(`warmStart.parentTuningJobs: tuning job ${parentName} has not ended yet`);
      const parentTuned = [...spec.integerRanges, ...spec.continuousRanges, ...spec.categoricalRanges].map((r) => r.name).sort();
      if (spec.objective!.metricName !== request.objective.metricName || spec.objective!.type !== request.objective.type) {
        throw invalidRequest(`warmStart.parentTuningJobs: tuning job ${parentName} has another objective`);
      }
      if (parentTuned.join('\n') !== tuned.join('\n')) {
        throw invalidRequest(
          `warmStart.parentTuningJobs: tuning job ${parentName} tunes other hyperparameters (${parentTuned.join(', ')})`,
        );
      }
    }
    const spec = tuningJobSpec(request);
    spec.randomSeed ||= randomInt(1, 2 ** 31 - 1);
    const row = await this.repository.insert(spec);
    // The first training jobs start now rather than at the next turn.
    void this.tuner.turnAll();
    return this.view(row);
  }

  async get(name: string): Promise<TuningJob> {
    return this.view(await this.repository.get(name));
  }

  async list(): Promise<TuningJob[]> {
    return Promise.all((await this.repository.list()).map((row) => this.view(row)));
  }

  async stop(name: string): Promise<TuningJob> {
    const current = await this.repository.get(name);
    if (!isOpen(current.status)) {
      throw new AppError('FailedPrecondition', `tuning job ${name} is ${current.status}; only a job in progress can be stopped`);
    }
    await this.repository.requestStop(name);
    void this.tuner.turnAll();
    return this.get(name);
  }

  /**
   * Registers the best training job's ONNX model (from its model.tar.gz) as a version of `model`, with
   * that job's lineage. Idempotent: asked again for the same model, it answers the same version.
   */
  async registerBest(name: string, model: string): Promise<{ model: string; version: number; trainingJob: string }> {
    const row = await this.repository.get(name);
    const spec = row.spec;
    const children = await this.repository.children([name], spec.objective!.metricName);
    const best = bestOf(spec, children);
    if (!best) throw new AppError('FailedPrecondition', `tuning job ${name} has no completed training job with an objective value yet`);
    const target = model || spec.trainingJobDefinition!.modelRegistration?.model || name;
    if (row.registered_from === best.name && row.registered_model === target) {
      return { model: target, version: row.registered_version, trainingJob: best.name };
    }
    const job = await this.trainingRows.get(best.name);
    const directory = await mkdtemp(join(tmpdir(), 'modelserve-best-'));
    try {
      const archive = join(directory, 'model.tar.gz');
      const artifacts = parseS3Uri(job.model_artifacts);
      if (!artifacts) throw new AppError('FailedPrecondition', `training job ${best.name} has no model artifacts`);
      await this.store.downloadToFile(artifacts, archive);
      const modelDirectory = join(directory, 'model');
      await unpack(archive, modelDirectory);
      const registration = spec.trainingJobDefinition!.modelRegistration;
      const outcome = await this.registrar.register({
        spec: job.spec,
        model: target,
        description: registration?.description || `the best training job of tuning job ${name}`,
        tags: { ...registration?.tags, 'modelserve:tuning-job': name },
        modelDirectory,
        modelArtifacts: job.model_artifacts,
        finalMetrics: Object.fromEntries(Object.entries(job.final_metrics).map(([metric, m]) => [metric, m.value])),
      });
      if ('failureReason' in outcome) throw new AppError('FailedPrecondition', outcome.failureReason);
      await this.repository.setRegistered(name, target, outcome.registeredVersion, best.name);
      return { model: target, version: outcome.registeredVersion, trainingJob: best.name };
    } finally {
      await removeDirectory(directory);
    }
  }

  private async view(row: TuningJobRow): Promise<TuningJob> {
    const spec = row.spec;
    const metric = spec.objective!.metricName;
    const children = await this.repository.children([spec.name], metric);
    const statusCounters: Record<string, number> = { Completed: 0, InProgress: 0, Failed: 0, Stopped: 0 };
    const objectiveCounters: Record<string, number> = { Succeeded: 0, Pending: 0, Failed: 0 };
    for (const child of children) {
      statusCounters[child.status === 'Stopping' ? 'InProgress' : child.status]++;
      objectiveCounters[objectiveStatus(child)]++;
    }
    const best = bestOf(spec, children);
    const parents = spec.warmStartParents.length ? await this.repository.children(spec.warmStartParents, metric) : [];
    const overall = parents.length ? bestOf(spec, [...children, ...parents]) : undefined;
    return {
      spec,
      status: row.status,
      failureReason: row.failure_reason,
      createdAt: row.created_at.toISOString(),
      endedAt: row.ended_at?.toISOString() ?? '',
      trainingJobs: children.map((c) => childView(spec, c)),
      bestTrainingJob: best ? childView(spec, best) : null,
      overallBestTrainingJob: overall ? childView(spec, overall) : null,
      trainingJobStatusCounters: statusCounters,
      objectiveStatusCounters: objectiveCounters,
      registeredModel: row.registered_model,
      registeredVersion: row.registered_version,
    };
  }
}

function objectiveStatus(child: ChildJob): 'Succeeded' | 'Pending' | 'Failed' {
  if (isOpen(child.status)) return 'Pending';
  return child.objective === undefined ? 'Failed' : 'Succeeded';
}

function childView(spec: TuningJobSpec__Output, child: ChildJob): TuningTrainingJob {
  const names = searchSpaceOf(spec).names;
  return {
    name: child.name,
    status: child.status,
    tunedHyperParameters: Object.fromEntries(names.map((n) => [n, child.hyperParameters[n] ?? ''])),
    hasObjective: child.objective !== undefined,
    objectiveValue: child.objective ?? 0,
    objectiveStatus: objectiveStatus(child),
    earlyStopped: child.earlyStopped,
    failureReason: child.failureReason,
    createdAt: child.createdAt.toISOString(),
    endedAt: child.endedAt?.toISOString() ?? '',
    tuningJob: child.tuningJob,
  };
}
