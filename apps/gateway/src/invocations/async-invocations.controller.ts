import { AppError } from '@modelserve/common';
import { Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BatchConnection } from '../connections/service-connections';

const header = (req: FastifyRequest, name: string): string => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : '';
};

/** A whole number of seconds from a header, 0 when absent; SageMaker's own bounds are checked by the batch service. */
function seconds(req: FastifyRequest, name: string): number {
  const text = header(req, name.toLowerCase());
  if (text === '') return 0;
  const value = Number(text);
  if (!/^\d{1,9}$/.test(text) || value === 0) throw new AppError('InvalidRequest', `${name} must be a positive whole number of seconds`);
  return value;
}

/**
 * SageMaker's InvokeEndpointAsync: the request names its input object, is queued by the batch service
 * and answered into storage. 202 once the request is stored; where its answer or failure will be
 * written comes back in headers (as SageMaker sends them) and in the body.
 */
@Controller('endpoints')
export class AsyncInvocationsController {
  constructor(private readonly batch: BatchConnection) {}

  @Post(':name/async-invocations')
  @HttpCode(202)
  async invoke(@Param('name') endpoint: string, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const inputLocation = header(req, 'x-amzn-sagemaker-inputlocation');
    if (!inputLocation) throw new AppError('InvalidRequest', 'X-Amzn-SageMaker-InputLocation must name the input object (s3://bucket/key)');
    const queued = await this.batch.call(
      'InvokeEndpointAsync',
      {
        endpoint,
        inputLocation,
        contentType: header(req, 'x-amzn-sagemaker-content-type'),
        accept: header(req, 'x-amzn-sagemaker-accept'),
        customAttributes: header(req, 'x-amzn-sagemaker-custom-attributes'),
        inferenceId: header(req, 'x-amzn-sagemaker-inference-id'),
        requestTtlSeconds: seconds(req, 'X-Amzn-SageMaker-RequestTTLSeconds'),
        invocationTimeoutSeconds: seconds(req, 'X-Amzn-SageMaker-InvocationTimeoutSeconds'),
        outputPathExtension: header(req, 'x-amzn-sagemaker-s3outputpathextension'),
        filename: header(req, 'x-amzn-sagemaker-filename'),
      },
      req,
    );
    void reply.header('x-amzn-sagemaker-outputlocation', queued.outputLocation);
    void reply.header('x-amzn-sagemaker-failurelocation', queued.failureLocation);
    return { InferenceId: queued.inferenceId, OutputLocation: queued.outputLocation, FailureLocation: queued.failureLocation };
  }
}
