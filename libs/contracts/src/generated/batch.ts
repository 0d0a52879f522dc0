import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AsyncInvocation as _modelserve_batch_v1_AsyncInvocation, AsyncInvocation__Output as _modelserve_batch_v1_AsyncInvocation__Output } from './modelserve/batch/v1/AsyncInvocation';
import type { AsyncInvocationRequest as _modelserve_batch_v1_AsyncInvocationRequest, AsyncInvocationRequest__Output as _modelserve_batch_v1_AsyncInvocationRequest__Output } from './modelserve/batch/v1/AsyncInvocationRequest';
import type { BatchClient as _modelserve_batch_v1_BatchClient, BatchDefinition as _modelserve_batch_v1_BatchDefinition } from './modelserve/batch/v1/Batch';
import type { DataProcessing as _modelserve_batch_v1_DataProcessing, DataProcessing__Output as _modelserve_batch_v1_DataProcessing__Output } from './modelserve/batch/v1/DataProcessing';
import type { JobName as _modelserve_batch_v1_JobName, JobName__Output as _modelserve_batch_v1_JobName__Output } from './modelserve/batch/v1/JobName';
import type { ListJobsRequest as _modelserve_batch_v1_ListJobsRequest, ListJobsRequest__Output as _modelserve_batch_v1_ListJobsRequest__Output } from './modelserve/batch/v1/ListJobsRequest';
import type { ListStreamJobsResponse as _modelserve_batch_v1_ListStreamJobsResponse, ListStreamJobsResponse__Output as _modelserve_batch_v1_ListStreamJobsResponse__Output } from './modelserve/batch/v1/ListStreamJobsResponse';
import type { ListTransformJobsResponse as _modelserve_batch_v1_ListTransformJobsResponse, ListTransformJobsResponse__Output as _modelserve_batch_v1_ListTransformJobsResponse__Output } from './modelserve/batch/v1/ListTransformJobsResponse';
import type { PartitionLag as _modelserve_batch_v1_PartitionLag, PartitionLag__Output as _modelserve_batch_v1_PartitionLag__Output } from './modelserve/batch/v1/PartitionLag';
import type { PredictionTarget as _modelserve_batch_v1_PredictionTarget, PredictionTarget__Output as _modelserve_batch_v1_PredictionTarget__Output } from './modelserve/batch/v1/PredictionTarget';
import type { StreamJob as _modelserve_batch_v1_StreamJob, StreamJob__Output as _modelserve_batch_v1_StreamJob__Output } from './modelserve/batch/v1/StreamJob';
import type { StreamJobSpec as _modelserve_batch_v1_StreamJobSpec, StreamJobSpec__Output as _modelserve_batch_v1_StreamJobSpec__Output } from './modelserve/batch/v1/StreamJobSpec';
import type { TransformInput as _modelserve_batch_v1_TransformInput, TransformInput__Output as _modelserve_batch_v1_TransformInput__Output } from './modelserve/batch/v1/TransformInput';
import type { TransformJob as _modelserve_batch_v1_TransformJob, TransformJob__Output as _modelserve_batch_v1_TransformJob__Output } from './modelserve/batch/v1/TransformJob';
import type { TransformJobSpec as _modelserve_batch_v1_TransformJobSpec, TransformJobSpec__Output as _modelserve_batch_v1_TransformJobSpec__Output } from './modelserve/batch/v1/TransformJobSpec';
import type { TransformOutput as _modelserve_batch_v1_TransformOutput, TransformOutput__Output as _modelserve_batch_v1_TransformOutput__Output } from './modelserve/batch/v1/TransformOutput';
import type { TransformProgress as _modelserve_batch_v1_TransformProgress, TransformProgress__Output as _modelserve_batch_v1_TransformProgress__Output } from './modelserve/batch/v1/TransformProgress';
import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from './modelserve/v1/BatchingSettings';
import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from './modelserve/v1/ModelVersionRef';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from './modelserve/v1/RuntimeOptions';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from './modelserve/v1/TensorSpec';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    batch: {
      v1: {
        AsyncInvocation: MessageTypeDefinition<_modelserve_batch_v1_AsyncInvocation, _modelserve_batch_v1_AsyncInvocation__Output>
        AsyncInvocationRequest: MessageTypeDefinition<_modelserve_batch_v1_AsyncInvocationRequest, _modelserve_batch_v1_AsyncInvocationRequest__Output>
        Batch: SubtypeConstructor<typeof grpc.Client, _modelserve_batch_v1_BatchClient> & { service: _modelserve_batch_v1_BatchDefinition }
        DataProcessing: MessageTypeDefinition<_modelserve_batch_v1_DataProcessing, _modelserve_batch_v1_DataProcessing__Output>
        JobName: MessageTypeDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_JobName__Output>
        ListJobsRequest: MessageTypeDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListJobsRequest__Output>
        ListStreamJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListStreamJobsResponse, _modelserve_batch_v1_ListStreamJobsResponse__Output>
        ListTransformJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListTransformJobsResponse, _modelserve_batch_v1_ListTransformJobsResponse__Output>
        PartitionLag: MessageTypeDefinition<_modelserve_batch_v1_PartitionLag, _modelserve_batch_v1_PartitionLag__Output>
        PredictionTarget: MessageTypeDefinition<_modelserve_batch_v1_PredictionTarget, _modelserve_batch_v1_PredictionTarget__Output>
        StreamJob: MessageTypeDefinition<_modelserve_batch_v1_StreamJob, _modelserve_batch_v1_StreamJob__Output>
        StreamJobSpec: MessageTypeDefinition<_modelserve_batch_v1_StreamJobSpec, _modelserve_batch_v1_StreamJobSpec__Output>
        TransformInput: MessageTypeDefinition<_modelserve_batch_v1_TransformInput, _modelserve_batch_v1_TransformInput__Output>
        TransformJob: MessageTypeDefinition<_modelserve_batch_v1_TransformJob, _modelserve_batch_v1_TransformJob__Output>
        TransformJobSpec: MessageTypeDefinition<_modelserve_batch_v1_TransformJobSpec, _modelserve_batch_v1_TransformJobSpec__Output>
        TransformOutput: MessageTypeDefinition<_modelserve_batch_v1_TransformOutput, _modelserve_batch_v1_TransformOutput__Output>
        TransformProgress: MessageTypeDefinition<_modelserve_batch_v1_TransformProgress, _modelserve_batch_v1_TransformProgress__Output>
      }
    }
    v1: {
      BatchingSettings: MessageTypeDefinition<_modelserve_v1_BatchingSettings, _modelserve_v1_BatchingSettings__Output>
      ModelVersionRef: MessageTypeDefinition<_modelserve_v1_ModelVersionRef, _modelserve_v1_ModelVersionRef__Output>
      RuntimeOptions: MessageTypeDefinition<_modelserve_v1_RuntimeOptions, _modelserve_v1_RuntimeOptions__Output>
      TensorSpec: MessageTypeDefinition<_modelserve_v1_TensorSpec, _modelserve_v1_TensorSpec__Output>
    }
  }
}

