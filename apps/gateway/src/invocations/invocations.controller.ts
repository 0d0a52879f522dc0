import { Controller, Headers, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvocationsService } from './invocations.service';

/** SageMaker's runtime path, so existing SageMaker clients only change the host. */
@Controller('endpoints')
export class InvocationsController {
  constructor(private readonly invocations: InvocationsService) {}

  @Post(':name/invocations')
  async invoke(
    @Param('name') name: string,
    @Headers('content-type') contentType: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Headers('x-amzn-sagemaker-target-variant') targetVariant: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const result = await this.invocations.invoke({ endpoint: name, contentType, accept, body: req.body, requestId: req.id, targetVariant });
    void reply
      .status(200)
      .header('content-type', result.contentType)
      .header('x-amzn-invoked-production-variant', result.variant)
      .header('x-model-version', result.modelVersion)
      .send(result.body);
  }
}
