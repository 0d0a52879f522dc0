import type { Logger } from '@modelserve/common';
import type { TrainingJobSpec__Output, TuningJobSpec__Output } from '@modelserve/contracts';
import type { TuningStrategy } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import type { Db } from '../database/schema';
import { TrainingJobsRepository } from '../training/training-jobs.repository';
import { SearchSpace } from './search-space';
import { hyperbandStops, medianRuleStops, propose, type Trial } from './strategies';
import { isOpen, TuningJobsRepository, type ChildJob, type TuningJobRow } from './tuning-jobs.repository';

/** The search space of a stored tuning job. */
export const searchSpaceOf = (spec: TuningJobSpec__Output) =>
  new SearchSpace({ integer: spec.integerRanges, continuous: spec.continuousRanges, categorical: spec.categoricalRanges });

/** +1 when the objective is maximised, -1 when minimised: scores are oriented so that larger is better. */
export const orientation = (spec: TuningJobSpec__Output) => (spec.objective!.type === 'Maximize' ? 1 : -1);

/** How many training jobs the tuning job starts in all: its limit, or the whole grid for Grid search. */
export function trainingJobBudget(spec: TuningJobSpec__Output): number {
  if (spec.strategy !== 'Grid') return spec.maxTrainingJobs;
  const grid = searchSpaceOf(spec).gridSize();
  return Math.min(grid, spec.maxTrainingJobs || grid);
}

/** The completed training job with the best objective value, if any. */
export function bestOf(spec: TuningJobSpec__Output, children: readonly ChildJob[]): ChildJob | undefined {
  const sign = orientation(spec);
  let best: ChildJob | undefined;
  for (const child of children) {
    if (child.status !== 'Completed' || child.objective === undefined) continue;
    if (!best || sign * child.objective > sign * best.objective!) best = child;
  }
  return best;
}

/**
 * Drives tuning jobs. Each turn, in one transaction holding the tuning job's row, it reads its
 * training jobs, stops those that early stopping or Hyperband gives up on, starts new ones with
 * hyperparameters from the strategy while fewer than maxParallelTrainingJobs run and the budget
 * allows, and ends the tuning job when the last has finished. Everything it decides is in the
 * database, so any batch instance can take the next turn, and a crash loses nothing.
 */
@Injectable()
export class Tuner {
  private timer?: NodeJS.Timeout;
  private turning?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: TuningJobsRepository,
    private readonly trainingJobs: TrainingJobsRepository,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  start() {
    this.timer = setInterval(() => void this.turnAll(), this.config.BATCH_POLL_MS);
  }

  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.turning;
  }

  /** One turn of every unfinished tuning job; a turn still going makes this a no-op. */
  turnAll(): Promise<void> {
    if (this.turning || this.stopped) return this.turning ?? Promise.resolve();
    this.turning = (async () => {
      try {
        for (const name of await this.repository.openNames()) {
          if (this.stopped) return;
          await this.repository
            .withTurn(name, (db, row) => this.turn(db, row))
            .catch((error: unknown) => this.logger.error({ err: error, tuningJob: name }, 'tuning job turn failed'));
        }
      } catch (error) {
        this.logger.error({ err: error }, 'could not look for tuning jobs');
      } finally {
        this.turning = undefined;
      }
    })();
    return this.turning;
  }

  private async turn(db: Db, row: TuningJobRow) {
    const spec = row.spec;
    const metric = spec.objective!.metricName;
    const children = await this.repository.children([spec.name], metric, db);
    const running = children.filter((c) => c.status === 'InProgress').map((c) => c.name);
    const open = children.filter((c) => isOpen(c.status));

    if (row.status === 'Stopping') {
      await this.trainingJobs.requestStops(running, { db });
      if (open.length === 0) await this.repository.finish(db, spec.name, 'Stopped');
      return;
    }

    // Only running jobs can be stopped: with none, the metric series are not read at all.
    if (running.length > 0 && (spec.strategy === 'Hyperband' || spec.earlyStopping === 'Auto')) {
      const sign = orientation(spec);
      const series = await this.repository.objectiveSeries(
        children.map((c) => c.name),
        metric,
        db,
      );
      const progress = children.map((c) => ({
        job: c.name,
        open: c.status === 'InProgress',
        scores: series.get(c.name)!.map((v) => sign * v),
      }));
      const stops =
        spec.strategy === 'Hyperband'
          ? hyperbandStops(progress, spec.hyperbandMinResource || 1, spec.hyperbandMaxResource || Infinity)
          : medianRuleStops(progress);
      if (stops.length > 0) {
        await this.trainingJobs.requestStops(stops, { earlyStopped: true, db });
        this.logger.info({ tuningJob: spec.name, stopped: stops }, 'early stopping');
      }
    }

    const budget = trainingJobBudget(spec);
    const wanted = Math.min(spec.maxParallelTrainingJobs - open.length, budget - children.length);
    if (wanted > 0) {
      const space = searchSpaceOf(spec);
      const trials = children.map((c) => trialOf(spec, space, c));
      const prior = spec.warmStartParents.length
        ? (await this.repository.children(spec.warmStartParents, metric, db))
            .filter((c) => !isOpen(c.status))
            .map((c) => trialOf(spec, space, c))
        : [];
      const proposals = propose({ space, strategy: spec.strategy as TuningStrategy, seed: spec.randomSeed, trials, prior }, wanted);
      for (const [i, tuned] of proposals.entries()) {
        const child = childSpec(spec, children.length + i, tuned);
        await this.trainingJobs.insert(child, { tuningJob: spec.name, db });
      }
      if (proposals.length > 0) {
        this.logger.info(
          { tuningJob: spec.name, started: proposals.length, total: children.length + proposals.length },
          'training jobs started',
        );
        return;
      }
    }

    if (open.length > 0 || children.length < budget) return;
    const best = bestOf(spec, children);
    if (best) {
      await this.repository.finish(db, spec.name, 'Completed');
      this.logger.info({ tuningJob: spec.name, best: best.name, objective: best.objective }, 'tuning job completed');
      return;
    }
    const failure = children.find((c) => c.failureReason)?.failureReason;
    await this.repository.finish(
      db,
      spec.name,
      'Failed',
      `No training job completed with a value of the objective metric ${metric}` + (failure ? `; the first failure: ${failure}` : ''),
    );
  }
}

/** A training job as the search sees it: its tuned hyperparameters and its oriented score. */
function trialOf(spec: TuningJobSpec__Output, space: SearchSpace, child: ChildJob): Trial {
  const tuned = Object.fromEntries(space.names.map((name) => [name, child.hyperParameters[name]]));
  return {
    hyperParameters: tuned,
    score: child.objective === undefined ? undefined : orientation(spec) * child.objective,
    open: isOpen(child.status),
  };
}

/**
 * The index-th training job: the definition with the tuned hyperparameters, named as SageMaker names
 * them (`<tuning job>-<index>-<8 hex digits>`), with a checkpoint prefix of its own. Models are not
 * registered per job; a deploy registers the best one.
 */
function childSpec(spec: TuningJobSpec__Output, index: number, tuned: Record<string, string>): TrainingJobSpec__Output {
  const definition = spec.trainingJobDefinition!;
  const suffix = createHash('sha256').update(`${spec.name}/${index}/${spec.randomSeed}`).digest('hex').slice(0, 8);
  const name = `${spec.name}-${String(index + 1).padStart(3, '0')}-${suffix}`;
  return {
    ...definition,
    name,
    hyperParameters: { ...definition.hyperParameters, ...tuned },
    checkpointS3Uri: definition.checkpointS3Uri ? `${definition.checkpointS3Uri.replace(/\/+$/, '')}/${name}` : '',
    modelRegistration: null,
  };
}
