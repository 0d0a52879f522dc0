import type * as grpc from '@grpc/grpc-js';
import { AppError, invalidRequest, type Logger } from '@modelserve/common';
import {
  trainingLineageOf,
  updateVersionRequestOf,
  type RegistryHandlers,
  type UploadModelVersionRequest__Output,
} from '@modelserve/contracts';
import {
  aliasName,
  CreateModelRequest,
  parseRequest,
  RegisterVersionRequest,
  TrainingLineage,
  UpdateVersionRequest,
} from '@modelserve/schemas';
import { logGrpcFailure, refuseNulCharacters, toGrpcError, unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import type { VersionRecord } from '../models/models.repository';
import { ModelsService } from '../models/models.service';
import { modelMessage, versionMessage } from './messages';

type ModelHandlers = Pick<
  RegistryHandlers,
  | 'CreateModel'
  | 'GetModel'
  | 'ListModels'
  | 'DeleteModel'
  | 'UploadModelVersion'
  | 'RegisterModelVersion'
  | 'GetModelVersion'
  | 'ListModelVersions'
  | 'UpdateModelVersion'
  | 'DeleteModelVersion'
  | 'SetModelAlias'
  | 'DeleteModelAlias'
>;

/** Models, versions and aliases over gRPC: requests are checked against their schemas, then handed to ModelsService. */
@Injectable()
export class ModelsGrpc {
  constructor(
    private readonly models: ModelsService,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): ModelHandlers {
    const { models, logger } = this;
    return {
      CreateModel: unaryHandler(logger, 'CreateModel', async (r) =>
        modelMessage(await models.create(parseRequest(CreateModelRequest, { name: r.name, description: r.description }))),
      ),
      GetModel: unaryHandler(logger, 'GetModel', async (r) => modelMessage(await models.get(r.name))),
      ListModels: unaryHandler(logger, 'ListModels', async () => ({ models: (await models.list()).map(modelMessage) })),
      DeleteModel: unaryHandler(logger, 'DeleteModel', async (r) => modelMessage(await models.delete(r.name))),

      UploadModelVersion: (call, callback) => {
        uploadFromStream(models, call).then(
          (version) => callback(null, versionMessage(version)),
          (error: unknown) => {
            logGrpcFailure(logger, 'UploadModelVersion', call.metadata, error);
            callback(toGrpcError(error) as grpc.ServiceError);
          },
        );
      },
      RegisterModelVersion: unaryHandler(logger, 'RegisterModelVersion', async (r) => {
        const request = parseRequest(RegisterVersionRequest, {
          artifactUri: r.artifactUri,
          description: r.description || undefined,
          tags: Object.keys(r.tags).length ? r.tags : undefined,
        });
        const lineage = r.lineage ? parseRequest(TrainingLineage, trainingLineageOf(r.lineage), 'lineage') : undefined;
        return versionMessage(await models.registerVersion(r.model, request, lineage));
      }),
      GetModelVersion: unaryHandler(logger, 'GetModelVersion', async (r) => versionMessage(await models.getVersion(r.model, r.version))),
      ListModelVersions: unaryHandler(logger, 'ListModelVersions', async (r) => ({
        versions: (await models.listVersions(r.model)).map(versionMessage),
      })),
      UpdateModelVersion: unaryHandler(logger, 'UpdateModelVersion', async (r) => {
        const changes = parseRequest(UpdateVersionRequest, updateVersionRequestOf(r));
        return versionMessage(await models.updateVersion(r.model, r.version, changes));
      }),
      DeleteModelVersion: unaryHandler(logger, 'DeleteModelVersion', async (r) =>
        versionMessage(await models.deleteVersion(r.model, r.version)),
      ),
      SetModelAlias: unaryHandler(logger, 'SetModelAlias', async (r) =>
        versionMessage(await models.setAlias(r.model, parseRequest(aliasName, r.alias, 'alias'), r.version)),
      ),
      DeleteModelAlias: unaryHandler(logger, 'DeleteModelAlias', async (r) => {
        await models.deleteAlias(r.model, r.alias);
        return {};
      }),
    };
  }
}

/** The first message names the model; every later one is a chunk of the file. */
async function uploadFromStream(
  models: ModelsService,
  call: grpc.ServerReadableStream<UploadModelVersionRequest__Output, unknown>,
): Promise<VersionRecord> {
  const iterator = call[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? undefined : (first.value as UploadModelVersionRequest__Output).header;
  if (!header) throw invalidRequest('an upload starts with a header naming the model');
  refuseNulCharacters(header);
  async function* chunks(): AsyncIterable<Buffer> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = (next.value as UploadModelVersionRequest__Output).chunk;
      if (!chunk) throw new AppError('InvalidRequest', 'only the first message of an upload may be a header');
      yield chunk;
    }
  }
  return models.uploadVersion(header.model, chunks(), header.maxBytes);
}
