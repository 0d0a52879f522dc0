import { type Logger } from '@modelserve/common';
import { unaryHandler } from '@modelserve/service';
import type { BatchHandlers } from '@modelserve/contracts';
import type { StreamJobsService } from '../stream/stream-jobs.service';
import type { TransformJobsService } from '../transform/transform-jobs.service';

/** The Batch gRPC service: transform jobs and stream jobs. */
export function batchHandlers(transforms: TransformJobsService, streams: StreamJobsService, logger: Logger): BatchHandlers {
  return {
    CreateTransformJob: unaryHandler(logger, 'CreateTransformJob', (spec) => transforms.create(spec)),
    GetTransformJob: unaryHandler(logger, 'GetTransformJob', ({ name }) => transforms.get(name)),
    ListTransformJobs: unaryHandler(logger, 'ListTransformJobs', async () => ({ jobs: await transforms.list() })),
    StopTransformJob: unaryHandler(logger, 'StopTransformJob', ({ name }) => transforms.stop(name)),
    CreateStreamJob: unaryHandler(logger, 'CreateStreamJob', (spec) => streams.create(spec)),
    GetStreamJob: unaryHandler(logger, 'GetStreamJob', ({ name }) => streams.get(name)),
    ListStreamJobs: unaryHandler(logger, 'ListStreamJobs', async () => ({ jobs: await streams.list() })),
    PauseStreamJob: unaryHandler(logger, 'PauseStreamJob', ({ name }) => streams.pause(name)),
    ResumeStreamJob: unaryHandler(logger, 'ResumeStreamJob', ({ name }) => streams.resume(name)),
    DeleteStreamJob: unaryHandler(logger, 'DeleteStreamJob', ({ name }) => streams.delete(name)),
  };
}
