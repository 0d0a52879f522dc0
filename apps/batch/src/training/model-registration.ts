import { AppError } from '@modelserve/common';
import { trainingLineageMessage, type RegistryClient, type TrainingJobSpec__Output } from '@modelserve/contracts';
import { ObjectStore, formatS3Uri } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { REGISTRY_CLIENT } from '../config';
import { callRegistry } from '../inference/registry-call';
import { filesBelow, prefixLocation } from './training-files';

/** Longest failure reason kept, as SageMaker's FailureReason. */
export const MAX_REASON_CHARS = 1024;

export interface Registration {
  /** The job whose model this is: its spec gives the lineage and where the file is kept. */
  spec: TrainingJobSpec__Output;
  model: string;
  description: string;
  tags: Record<string, string>;
  /** The unpacked model directory. */
  modelDirectory: string;
  modelArtifacts: string;
  finalMetrics: Record<string, number>;
}

export type RegistrationOutcome = { registeredModel: string; registeredVersion: number; file: string } | { failureReason: string };

/**
 * Turns the ONNX file of a trained model directory into the next version of a model (created if
 * missing), checked by the registry like an upload, with the training job's lineage. Used when a
 * training job with modelRegistration completes, and when a tuning job's best model is deployed.
 */
@Injectable()
export class TrainedModelRegistrar {
  constructor(
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
    private readonly store: ObjectStore,
  ) {}

  async register(registration: Registration): Promise<RegistrationOutcome> {
    const { spec, modelDirectory } = registration;
    const onnx = (await filesBelow(modelDirectory))
      .filter((f) => f.endsWith('.onnx'))
      .sort((a, b) => score(a) - score(b) || a.localeCompare(b));
    if (onnx.length === 0) return { failureReason: 'ClientError: the model directory holds no .onnx file to register' };
    const base = prefixLocation(spec.s3OutputPath);
    const location = {
      bucket: base.bucket,
      key: [base.key, spec.name, 'output', 'model', onnx[0].split('\\').join('/')].filter(Boolean).join('/'),
    };
    await this.store.uploadFile(location, join(modelDirectory, onnx[0]));
    const lineage = trainingLineageMessage({
      trainingJob: spec.name,
      hyperParameters: spec.hyperParameters,
      finalMetrics: registration.finalMetrics,
      inputDataUris: spec.inputDataConfig.map((c) => c.s3Uri),
      image: spec.algorithm?.image || undefined,
      command: spec.algorithm?.command,
      sourceUri: spec.algorithm?.sourceUri || undefined,
      modelArtifacts: registration.modelArtifacts,
    });
    try {
      await callRegistry(this.registry, 'CreateModel', { name: registration.model, description: '' }).catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'Conflict')) throw error;
      });
      const version = (await callRegistry(this.registry, 'RegisterModelVersion', {
        model: registration.model,
        artifactUri: formatS3Uri(location),
        description: registration.description,
        tags: registration.tags,
        lineage,
      })) as { version: number };
      return { registeredModel: registration.model, registeredVersion: version.version, file: onnx[0] };
    } catch (error) {
      if (error instanceof AppError && error.code !== 'Internal' && error.code !== 'Unavailable') {
        return {
          failureReason: `ClientError: the trained model ${onnx[0]} could not be registered: ${error.message}`.slice(0, MAX_REASON_CHARS),
        };
      }
      throw error;
    }
  }
}

/** model.onnx first, then files at the top of the model directory, then the rest. */
const score = (file: string) => (file === 'model.onnx' ? 0 : file.includes('/') ? 2 : 1);
