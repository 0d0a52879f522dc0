import { invalidRequest, type Logger } from '@modelserve/common';
import type { RegistryHandlers } from '@modelserve/contracts';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import { SageMakerFieldsRepository } from '../sagemaker/sagemaker-fields.repository';

const KINDS = new Set([
  'model',
  'model-package',
  'endpoint-config',
  'endpoint',
  'transform-job',
  'training-job',
  'hyper-parameter-tuning-job',
]);
/** Generous for ARNs, tags and environment maps, and still a bound. */
const MAX_FIELDS_BYTES = 64 * 1024;

/** The SageMaker API's kept fields over gRPC. */
@Injectable()
export class SageMakerFieldsGrpc {
  constructor(
    private readonly fields: SageMakerFieldsRepository,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): Pick<RegistryHandlers, 'SetSageMakerFields' | 'GetSageMakerFields'> {
    const { fields, logger } = this;
    return {
      SetSageMakerFields: unaryHandler(logger, 'SetSageMakerFields', async (r) => {
        if (!KINDS.has(r.kind)) throw invalidRequest(`kind must be one of ${[...KINDS].join(', ')}`);
        if (Buffer.byteLength(r.fieldsJson) > MAX_FIELDS_BYTES) throw invalidRequest(`the fields take more than ${MAX_FIELDS_BYTES} bytes`);
        let parsed: unknown;
        try {
          parsed = JSON.parse(r.fieldsJson);
        } catch {
          throw invalidRequest('fieldsJson is not JSON');
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidRequest('fieldsJson must be a JSON object');
        await fields.set({ kind: r.kind, name: r.name, resourceCreatedAt: r.resourceCreatedAt, fields: parsed as Record<string, unknown> });
        return r;
      }),
      GetSageMakerFields: unaryHandler(logger, 'GetSageMakerFields', async (r) => ({
        fields: (await fields.get(r.kind, r.names)).map((row) => ({
          kind: row.kind,
          name: row.name,
          resourceCreatedAt: row.resourceCreatedAt,
          fieldsJson: JSON.stringify(row.fields),
        })),
      })),
    };
  }
}
