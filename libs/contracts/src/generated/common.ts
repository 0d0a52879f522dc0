import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from './modelserve/v1/BatchingSettings';
import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from './modelserve/v1/ModelVersionRef';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from './modelserve/v1/RuntimeOptions';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from './modelserve/v1/TensorSpec';

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
  }
}

