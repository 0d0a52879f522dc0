import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from './modelserve/v1/ModelVersionRef';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from './modelserve/v1/TensorSpec';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    v1: {
      ModelVersionRef: MessageTypeDefinition<_modelserve_v1_ModelVersionRef, _modelserve_v1_ModelVersionRef__Output>
      TensorSpec: MessageTypeDefinition<_modelserve_v1_TensorSpec, _modelserve_v1_TensorSpec__Output>
    }
  }
}

