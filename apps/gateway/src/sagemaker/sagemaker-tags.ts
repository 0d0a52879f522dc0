import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { BatchConnection, RegistryConnection, type Caller } from '../connections/service-connections';
import { SageMakerError } from '../invocations/sagemaker-errors';
import { parseInput, SageMakerFieldsStore, type FieldsKind, type Operation } from './sagemaker-support';

type Tag = { Key: string; Value?: string };
const tag = z.looseObject({ Key: z.string().min(1).max(128), Value: z.string().max(256).optional() });
const ListInput = z.looseObject({ ResourceArn: z.string().max(256) });
const AddInput = z.looseObject({ ResourceArn: z.string().max(256), Tags: z.array(tag).max(50) });
const DeleteInput = z.looseObject({ ResourceArn: z.string().max(256), TagKeys: z.array(z.string().max(128)).max(50) });

const ARN = /^arn:aws:sagemaker:[^:]*:[^:]*:(model|model-package-group|model-package|endpoint-config|endpoint|transform-job)\/(.+)$/;

/** Tags of resources made through either door, kept with the SageMaker fields of the resource the ARN names. */
@Injectable()
export class SageMakerTags {
  constructor(
    private readonly registry: RegistryConnection,
    private readonly batch: BatchConnection,
    private readonly fields: SageMakerFieldsStore,
  ) {}

  operations(): Record<string, Operation> {
    return {
      ListTags: async (input, caller) => {
        const { ResourceArn } = parseInput(ListInput, input);
        const { kept } = await this.resource(ResourceArn, caller);
        return { Tags: (kept.Tags as Tag[] | undefined) ?? [] };
      },
      AddTags: async (input, caller) => {
        const { ResourceArn, Tags } = parseInput(AddInput, input);
        const resource = await this.resource(ResourceArn, caller);
        const added = new Map(Tags.map((t) => [t.Key, t]));
        const tags = [...((resource.kept.Tags as Tag[] | undefined) ?? []).filter((t) => !added.has(t.Key)), ...added.values()];
        await this.fields.save(resource.kind, resource.name, resource.createdAt, { ...resource.kept, Tags: tags }, caller);
        return { Tags: tags };
      },
      DeleteTags: async (input, caller) => {
        const { ResourceArn, TagKeys } = parseInput(DeleteInput, input);
        const resource = await this.resource(ResourceArn, caller);
        const tags = ((resource.kept.Tags as Tag[] | undefined) ?? []).filter((t) => !TagKeys.includes(t.Key));
        await this.fields.save(resource.kind, resource.name, resource.createdAt, { ...resource.kept, Tags: tags }, caller);
        return {};
      },
    };
  }

  /** The resource an ARN names, with its creation time and kept fields. */
  private async resource(arn: string, caller: Caller) {
    const match = ARN.exec(arn);
    if (!match) throw new SageMakerError('InvalidRequest', 'ValidationException', `${arn} is not the ARN of a resource this API serves`);
    const [, type, name] = match;
    const kind: FieldsKind = type === 'model-package-group' ? 'model' : (type as FieldsKind);
    const createdAt = await this.createdAt(type, name, caller).catch(() => {
      throw new SageMakerError('NotFound', 'ValidationException', `${arn} does not exist`);
    });
    return { kind, name, createdAt, kept: await this.fields.loadOne(kind, name, createdAt, caller) };
  }

  private async createdAt(type: string, name: string, caller: Caller): Promise<string> {
    switch (type) {
      case 'endpoint-config':
        return (await this.registry.call('GetEndpointConfig', { name }, caller)).createdAt;
      case 'endpoint':
        return (await this.registry.call('GetEndpoint', { name }, caller)).createdAt;
      case 'transform-job':
        return (await this.batch.call('GetTransformJob', { name }, caller)).createdAt;
      case 'model-package': {
        const [model, version] = name.split('/');
        return (await this.registry.call('GetModelVersion', { model, version: Number(version) }, caller)).createdAt;
      }
      default:
        return (await this.registry.call('GetModel', { name }, caller)).createdAt;
    }
  }
}
