import { AppError } from '@modelserve/common';
import { updateVersionMessage, type Model__Output, type ModelVersion__Output } from '@modelserve/contracts';
import { APPROVAL_STATUSES, resourceName, s3ObjectUri } from '@modelserve/schemas';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { RegistryConnection, type Caller } from '../connections/service-connections';
import { SageMakerError } from '../invocations/sagemaker-errors';
import {
  Arns,
  epochSeconds,
  listInput,
  orExisting,
  orMissing,
  page,
  parseInput,
  SageMakerFieldsStore,
  without,
  type Operation,
} from './sagemaker-support';

const container = z.looseObject({
  Image: z.string().optional(),
  ModelDataUrl: s3ObjectUri.optional(),
  ModelPackageName: z.string().max(2048).optional(),
});

const CreateModelInput = z.looseObject({
  ModelName: resourceName,
  PrimaryContainer: container.optional(),
  Containers: z.array(container).max(1, 'the platform serves one container per model: use PrimaryContainer').optional(),
});
const ModelNameInput = z.looseObject({ ModelName: resourceName });

const GroupInput = z.looseObject({ ModelPackageGroupName: resourceName, ModelPackageGroupDescription: z.string().max(1024).optional() });
const GroupNameInput = z.looseObject({ ModelPackageGroupName: resourceName });

const CreatePackageInput = z.looseObject({
  ModelPackageGroupName: z.string().max(2048).optional(),
  ModelPackageDescription: z.string().max(1024).optional(),
  InferenceSpecification: z
    .looseObject({ Containers: z.array(container).min(1).max(1, 'the platform serves one container per model package') })
    .optional(),
  ModelApprovalStatus: z.enum(APPROVAL_STATUSES).optional(),
});
const PackageNameInput = z.looseObject({ ModelPackageName: z.string().min(1).max(2048) });
const UpdatePackageInput = z.looseObject({
  ModelPackageArn: z.string().min(1).max(2048),
  ModelApprovalStatus: z.enum(APPROVAL_STATUSES).optional(),
  ApprovalDescription: z.string().max(256).optional(),
});
const ListPackagesInput = z.looseObject({
  ...listInput,
  ModelPackageGroupName: z.string().max(2048).optional(),
  ModelApprovalStatus: z.enum(APPROVAL_STATUSES).optional(),
});

/**
 * SageMaker's models and model registry on the platform's models. A SageMaker model is a platform
 * model whose newest version is its container's artifact; a model package group is a platform model,
 * and its versioned model packages are the model's versions, with their approval status.
 */
@Injectable()
export class SageMakerModels {
  constructor(
    private readonly registry: RegistryConnection,
    private readonly fields: SageMakerFieldsStore,
    private readonly arns: Arns,
  ) {}

  operations(): Record<string, Operation> {
    return {
      CreateModel: (input, caller) => this.createModel(input, caller),
      DescribeModel: (input, caller) => this.describeModel(input, caller),
      ListModels: (input, caller) => this.listModels(input, caller),
      DeleteModel: async (input, caller) => {
        const { ModelName } = parseInput(ModelNameInput, input);
        await this.missingModel(this.registry.call('DeleteModel', { name: ModelName }, caller), ModelName);
        return {};
      },
      CreateModelPackageGroup: (input, caller) => this.createGroup(input, caller),
      DescribeModelPackageGroup: (input, caller) => this.describeGroup(input, caller),
      DeleteModelPackageGroup: async (input, caller) => {
        const { ModelPackageGroupName } = parseInput(GroupNameInput, input);
        await this.missingGroup(this.registry.call('DeleteModel', { name: ModelPackageGroupName }, caller), ModelPackageGroupName);
        return {};
      },
      CreateModelPackage: (input, caller) => this.createPackage(input, caller),
      DescribeModelPackage: (input, caller) => this.describePackage(input, caller),
      ListModelPackages: (input, caller) => this.listPackages(input, caller),
      UpdateModelPackage: (input, caller) => this.updatePackage(input, caller),
    };
  }

  /** The version of a model a SageMaker caller means by its name: the newest. */
  async latestVersion(model: string, caller: Caller): Promise<number> {
    const found = await this.missingModel(this.registry.call('GetModel', { name: model }, caller), model);
    if (!found.latestVersion) throw new AppError('InvalidRequest', `model ${model} has no version to serve`);
    return found.latestVersion;
  }

  private async createModel(input: unknown, caller: Caller) {
    const request = parseInput(CreateModelInput, input);
    const primary = request.PrimaryContainer ?? request.Containers?.[0];
    const artifactUri = primary?.ModelPackageName
      ? (await this.packageVersion(primary.ModelPackageName, caller)).artifactUri
      : primary?.ModelDataUrl;
    if (!artifactUri) {
      throw new AppError('InvalidRequest', 'PrimaryContainer needs ModelDataUrl (an s3:// ONNX object) or ModelPackageName');
    }
    const name = request.ModelName;
    const model = await orExisting(
      this.registry.call('CreateModel', { name, description: '' }, caller),
      `Cannot create already existing model "${this.arns.of('model', name)}".`,
    );
    try {
      await this.registry.call('RegisterModelVersion', { model: name, artifactUri }, caller);
    } catch (error) {
      // The model is made only with its artifact: a file that is not a valid ONNX model leaves nothing behind.
      await this.registry.call('DeleteModel', { name }, caller).catch(() => undefined);
      throw error;
    }
    await this.fields.save('model', name, model.createdAt, without(input, 'ModelName'), caller);
    return { ModelArn: this.arns.of('model', name) };
  }

  private async describeModel(input: unknown, caller: Caller) {
    const { ModelName } = parseInput(ModelNameInput, input);
    const model = await this.missingModel(this.registry.call('GetModel', { name: ModelName }, caller), ModelName);
    const kept = await this.fields.loadOne('model', model.name, model.createdAt, caller);
    const version = model.latestVersion
      ? await this.registry.call('GetModelVersion', { model: model.name, version: model.latestVersion }, caller)
      : undefined;
    const keptContainer = (kept.PrimaryContainer ?? (kept.Containers as unknown[] | undefined)?.[0] ?? {}) as Record<string, unknown>;
    return {
      ...without(kept, 'Containers'),
      ModelName: model.name,
      ModelArn: this.arns.of('model', model.name),
      CreationTime: epochSeconds(model.createdAt),
      PrimaryContainer: { ModelDataUrl: version?.artifactUri, ...keptContainer },
    };
  }

  private async listModels(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { models } = await this.registry.call('ListModels', {}, caller);
    const { items, NextToken } = page(models.map(listedModel), request);
    return {
      Models: items.map((m) => ({ ModelName: m.name, ModelArn: this.arns.of('model', m.name), CreationTime: m.createdAt })),
      ...(NextToken ? { NextToken } : {}),
    };
  }

  private async createGroup(input: unknown, caller: Caller) {
    const { ModelPackageGroupName: name, ModelPackageGroupDescription } = parseInput(GroupInput, input);
    const group = await orExisting(
      this.registry.call('CreateModel', { name, description: ModelPackageGroupDescription ?? '' }, caller),
      `Model Package Group already exists: ${this.arns.of('model-package-group', name)}`,
    );
    await this.fields.save('model', name, group.createdAt, without(input, 'ModelPackageGroupName', 'ModelPackageGroupDescription'), caller);
    return { ModelPackageGroupArn: this.arns.of('model-package-group', name) };
  }

  private async describeGroup(input: unknown, caller: Caller) {
    const { ModelPackageGroupName: name } = parseInput(GroupNameInput, input);
    const group = await this.missingGroup(this.registry.call('GetModel', { name }, caller), name);
    const kept = await this.fields.loadOne('model', group.name, group.createdAt, caller);
    return {
      ...kept,
      ModelPackageGroupName: group.name,
      ModelPackageGroupArn: this.arns.of('model-package-group', group.name),
      ModelPackageGroupDescription: group.description,
      CreationTime: epochSeconds(group.createdAt),
      ModelPackageGroupStatus: 'Completed',
    };
  }

  private async createPackage(input: unknown, caller: Caller) {
    const request = parseInput(CreatePackageInput, input);
    if (!request.ModelPackageGroupName) {
      throw new AppError('InvalidRequest', 'only versioned model packages are supported: name their ModelPackageGroupName');
    }
    const group = this.arns.nameIn('model-package-group', request.ModelPackageGroupName);
    const artifactUri = request.InferenceSpecification?.Containers[0].ModelDataUrl;
    if (!artifactUri)
      throw new AppError('InvalidRequest', 'InferenceSpecification.Containers[0].ModelDataUrl must name an s3:// ONNX object');
    const version = await this.missingGroup(this.registry.call('RegisterModelVersion', { model: group, artifactUri }, caller), group);
    await this.registry.call(
      'UpdateModelVersion',
      updateVersionMessage(group, version.version, {
        description: request.ModelPackageDescription,
        approvalStatus: request.ModelApprovalStatus ?? 'PendingManualApproval',
      }),
      caller,
    );
    const name = `${group}/${version.version}`;
    await this.fields.save(
      'model-package',
      name,
      version.createdAt,
      without(input, 'ModelPackageGroupName', 'ModelPackageDescription', 'ModelApprovalStatus'),
      caller,
    );
    return { ModelPackageArn: this.arns.of('model-package', name) };
  }

  private async describePackage(input: unknown, caller: Caller) {
    const { ModelPackageName } = parseInput(PackageNameInput, input);
    const version = await this.packageVersion(ModelPackageName, caller);
    const name = `${version.model}/${version.version}`;
    const kept = await this.fields.loadOne('model-package', name, version.createdAt, caller);
    return {
      ...kept,
      ...this.packageSummary(version),
      InferenceSpecification: (kept.InferenceSpecification as object | undefined) ?? {
        Containers: [{ ModelDataUrl: version.artifactUri }],
        SupportedContentTypes: ['application/json', 'text/csv', 'application/jsonlines'],
        SupportedResponseMIMETypes: ['application/json', 'text/csv', 'application/jsonlines'],
      },
      ...(version.tags.approvalDescription ? { ApprovalDescription: version.tags.approvalDescription } : {}),
    };
  }

  private async listPackages(input: unknown, caller: Caller) {
    const request = parseInput(ListPackagesInput, input);
    const groups = request.ModelPackageGroupName
      ? [this.arns.nameIn('model-package-group', request.ModelPackageGroupName)]
      : (await this.registry.call('ListModels', {}, caller)).models.map((m) => m.name);
    const versions: ModelVersion__Output[] = [];
    for (const group of groups) {
      const listed = await this.missingGroup(this.registry.call('ListModelVersions', { model: group }, caller), group);
      versions.push(...listed.versions.filter((v) => !request.ModelApprovalStatus || v.approvalStatus === request.ModelApprovalStatus));
    }
    const listed = versions.map((v) => ({ name: `${v.model}/${v.version}`, createdAt: epochSeconds(v.createdAt)!, version: v }));
    const { items, NextToken } = page(listed, request);
    return { ModelPackageSummaryList: items.map((item) => this.packageSummary(item.version)), ...(NextToken ? { NextToken } : {}) };
  }

  private async updatePackage(input: unknown, caller: Caller) {
    const request = parseInput(UpdatePackageInput, input);
    const version = await this.packageVersion(request.ModelPackageArn, caller);
    await this.registry.call(
      'UpdateModelVersion',
      updateVersionMessage(version.model, version.version, {
        approvalStatus: request.ModelApprovalStatus,
        // Kept as a tag, so that the REST API shows it too.
        tags: request.ApprovalDescription !== undefined ? { ...version.tags, approvalDescription: request.ApprovalDescription } : undefined,
      }),
      caller,
    );
    return { ModelPackageArn: this.arns.of('model-package', `${version.model}/${version.version}`) };
  }

  private packageSummary(version: ModelVersion__Output) {
    return {
      ModelPackageName: version.model,
      ModelPackageGroupName: version.model,
      ModelPackageVersion: version.version,
      ModelPackageArn: this.arns.of('model-package', `${version.model}/${version.version}`),
      ModelPackageDescription: version.description,
      CreationTime: epochSeconds(version.createdAt),
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: version.approvalStatus,
    };
  }

  /** The version a model package name or ARN (`<group>/<version>`) stands for. */
  private async packageVersion(nameOrArn: string, caller: Caller): Promise<ModelVersion__Output> {
    const name = this.arns.nameIn('model-package', nameOrArn);
    const match = /^([^/]+)\/(\d{1,10})$/.exec(name);
    if (!match) {
      throw new SageMakerError(
        'NotFound',
        'ResourceNotFound',
        `model package ${nameOrArn} does not exist: name it as <group>/<version> or by its ARN`,
      );
    }
    return orMissing(
      this.registry.call('GetModelVersion', { model: match[1], version: Number(match[2]) }, caller),
      'ResourceNotFound',
      `Model package ${this.arns.of('model-package', name)} does not exist.`,
    );
  }

  private missingModel<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ValidationException', `Could not find model "${this.arns.of('model', name)}".`);
  }

  private missingGroup<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ResourceNotFound', `Model Package Group ${this.arns.of('model-package-group', name)} does not exist.`);
  }
}

const listedModel = (m: Model__Output) => ({ name: m.name, createdAt: epochSeconds(m.createdAt)! });
