import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SageMakerError } from '../invocations/sagemaker-errors';
import { SageMakerEndpoints } from './sagemaker-endpoints';
import { SageMakerModels } from './sagemaker-models';
import { SageMakerTrainingJobs } from './sagemaker-training-jobs';
import { SageMakerTransformJobs } from './sagemaker-transform-jobs';
import type { Operation } from './sagemaker-support';
import { SageMakerTags } from './sagemaker-tags';

/** The content type of the AWS JSON 1.1 protocol, which the SageMaker API speaks. */
export const AWS_JSON_TYPE = 'application/x-amz-json-1.1';
const TARGET_PREFIX = 'SageMaker.';

/**
 * The SageMaker API (AWS JSON 1.1): `POST /` with the operation in `X-Amz-Target: SageMaker.<Operation>`,
 * as @aws-sdk/client-sagemaker and boto3 send it. A second door to the platform's models, endpoint
 * configs, endpoints, transform jobs, training jobs and tuning jobs: what one door makes, the other sees.
 */
@Controller()
export class SageMakerApiController {
  private readonly operations: Record<string, Operation>;

  constructor(
    models: SageMakerModels,
    endpoints: SageMakerEndpoints,
    transformJobs: SageMakerTransformJobs,
    trainingJobs: SageMakerTrainingJobs,
    tags: SageMakerTags,
  ) {
    this.operations = {
      ...models.operations(),
      ...endpoints.operations(),
      ...transformJobs.operations(),
      ...trainingJobs.operations(),
      ...tags.operations(),
    };
  }

  @Post()
  @HttpCode(200)
  async call(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const target = req.headers['x-amz-target'];
    const name = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    if (!Object.hasOwn(this.operations, name)) {
      throw new SageMakerError(
        'InvalidRequest',
        'UnknownOperationException',
        typeof target === 'string'
          ? `${target} is not an operation this API serves`
          : 'X-Amz-Target must name the operation (SageMaker.<Operation>)',
      );
    }
    const output = await this.operations[name](req.body, req);
    void reply.header('content-type', AWS_JSON_TYPE);
    return output;
  }
}
