import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from './modelserve/v1/BatchingSettings';
import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from './modelserve/v1/ModelVersionRef';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from './modelserve/v1/RuntimeOptions';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from './modelserve/v1/TensorSpec';
import type { ListLoadedModelsRequest as _modelserve_worker_v1_ListLoadedModelsRequest, ListLoadedModelsRequest__Output as _modelserve_worker_v1_ListLoadedModelsRequest__Output } from './modelserve/worker/v1/ListLoadedModelsRequest';
import type { ListLoadedModelsResponse as _modelserve_worker_v1_ListLoadedModelsResponse, ListLoadedModelsResponse__Output as _modelserve_worker_v1_ListLoadedModelsResponse__Output } from './modelserve/worker/v1/ListLoadedModelsResponse';
import type { LoadModelRequest as _modelserve_worker_v1_LoadModelRequest, LoadModelRequest__Output as _modelserve_worker_v1_LoadModelRequest__Output } from './modelserve/worker/v1/LoadModelRequest';
import type { LoadModelResponse as _modelserve_worker_v1_LoadModelResponse, LoadModelResponse__Output as _modelserve_worker_v1_LoadModelResponse__Output } from './modelserve/worker/v1/LoadModelResponse';
import type { UnloadModelRequest as _modelserve_worker_v1_UnloadModelRequest, UnloadModelRequest__Output as _modelserve_worker_v1_UnloadModelRequest__Output } from './modelserve/worker/v1/UnloadModelRequest';
import type { UnloadModelResponse as _modelserve_worker_v1_UnloadModelResponse, UnloadModelResponse__Output as _modelserve_worker_v1_UnloadModelResponse__Output } from './modelserve/worker/v1/UnloadModelResponse';
import type { WorkerControlClient as _modelserve_worker_v1_WorkerControlClient, WorkerControlDefinition as _modelserve_worker_v1_WorkerControlDefinition } from './modelserve/worker/v1/WorkerControl';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    v1: {
      BatchingSettings: MessageTypeDefinition<_modelserve_v1_BatchingSettings, _modelserve_v1_BatchingSettings__Output>
      ModelVersionRef: MessageTypeDefinition<_modelserve_v1_ModelVersionRef, _modelserve_v1_ModelVersionRef__Output>
      RuntimeOptions: MessageTypeDefinition<_modelserve_v1_RuntimeOptions, _modelserve_v1_RuntimeOptions__Output>
      TensorSpec: MessageTypeDefinition<_modelserve_v1_TensorSpec, _modelserve_v1_TensorSpec__Output>
    }
    worker: {
      v1: {
        ListLoadedModelsRequest: MessageTypeDefinition<_modelserve_worker_v1_ListLoadedModelsRequest, _modelserve_worker_v1_ListLoadedModelsRequest__Output>
        ListLoadedModelsResponse: MessageTypeDefinition<_modelserve_worker_v1_ListLoadedModelsResponse, _modelserve_worker_v1_ListLoadedModelsResponse__Output>
        LoadModelRequest: MessageTypeDefinition<_modelserve_worker_v1_LoadModelRequest, _modelserve_worker_v1_LoadModelRequest__Output>
        LoadModelResponse: MessageTypeDefinition<_modelserve_worker_v1_LoadModelResponse, _modelserve_worker_v1_LoadModelResponse__Output>
        UnloadModelRequest: MessageTypeDefinition<_modelserve_worker_v1_UnloadModelRequest, _modelserve_worker_v1_UnloadModelRequest__Output>
        UnloadModelResponse: MessageTypeDefinition<_modelserve_worker_v1_UnloadModelResponse, _modelserve_worker_v1_UnloadModelResponse__Output>
        WorkerControl: SubtypeConstructor<typeof grpc.Client, _modelserve_worker_v1_WorkerControlClient> & { service: _modelserve_worker_v1_WorkerControlDefinition }
      }
    }
  }
}

