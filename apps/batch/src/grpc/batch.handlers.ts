import type { Logger } from '@modelserve/common';
import { asyncInvocationRequestOf, streamJobRequestOf, transformJobRequestOf, type BatchHandlers } from '@modelserve/contracts';
import { AsyncInvocationRequest, parseRequest, StreamJobRequest, TransformJobRequest } from '@modelserve/schemas';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { AsyncInvocationsService } from '../async/async-invocations.service';
import { BATCH_LOGGER } from '../config';
import { StreamJobsService } from '../stream/stream-jobs.service';
import { TransformJobsService } from '../transform/transform-jobs.service';

/** The Batch gRPC service: transform jobs, stream jobs and asynchronous invocations. New jobs are checked against their schemas first. */
@Injectable()
export class BatchGrpc {
  constructor(
    private readonly transforms: TransformJobsService,
    private readonly streams: StreamJobsService,
    private readonly asyncInvocations: AsyncInvocationsService,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): BatchHandlers {
    const { transforms, streams, asyncInvocations, logger } = this;
    return {
      CreateTransformJob: unaryHandler(logger, 'CreateTransformJob', (spec) =>
        transforms.create(parseRequest(TransformJobRequest, transformJobRequestOf(spec))),
      ),
      GetTransformJob: unaryHandler(logger, 'GetTransformJob', ({ name }) => transforms.get(name)),
      ListTransformJobs: unaryHandler(logger, 'ListTransformJobs', async () => ({ jobs: await transforms.list() })),
      StopTransformJob: unaryHandler(logger, 'StopTransformJob', ({ name }) => transforms.stop(name)),
      CreateStreamJob: unaryHandler(logger, 'CreateStreamJob', (spec) =>
        streams.create(parseRequest(StreamJobRequest, streamJobRequestOf(spec))),
      ),
      GetStreamJob: unaryHandler(logger, 'GetStreamJob', ({ name }) => streams.get(name)),
      ListStreamJobs: unaryHandler(logger, 'ListStreamJobs', async () => ({ jobs: await streams.list() })),
      PauseStreamJob: unaryHandler(logger, 'PauseStreamJob', ({ name }) => streams.pause(name)),
      ResumeStreamJob: unaryHandler(logger, 'ResumeStreamJob', ({ name }) => streams.resume(name)),
      DeleteStreamJob: unaryHandler(logger, 'DeleteStreamJob', ({ name }) => streams.delete(name)),
      InvokeEndpointAsync: unaryHandler(logger, 'InvokeEndpointAsync', (request) =>
        asyncInvocations.enqueue(parseRequest(AsyncInvocationRequest, asyncInvocationRequestOf(request))),
      ),
    };
  }
}
