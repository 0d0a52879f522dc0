// Original file: proto/modelserve/worker_control.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListLoadedModelsRequest as _modelserve_worker_v1_ListLoadedModelsRequest, ListLoadedModelsRequest__Output as _modelserve_worker_v1_ListLoadedModelsRequest__Output } from '../../../modelserve/worker/v1/ListLoadedModelsRequest';
import type { ListLoadedModelsResponse as _modelserve_worker_v1_ListLoadedModelsResponse, ListLoadedModelsResponse__Output as _modelserve_worker_v1_ListLoadedModelsResponse__Output } from '../../../modelserve/worker/v1/ListLoadedModelsResponse';
import type { LoadModelRequest as _modelserve_worker_v1_LoadModelRequest, LoadModelRequest__Output as _modelserve_worker_v1_LoadModelRequest__Output } from '../../../modelserve/worker/v1/LoadModelRequest';
import type { LoadModelResponse as _modelserve_worker_v1_LoadModelResponse, LoadModelResponse__Output as _modelserve_worker_v1_LoadModelResponse__Output } from '../../../modelserve/worker/v1/LoadModelResponse';
import type { UnloadModelRequest as _modelserve_worker_v1_UnloadModelRequest, UnloadModelRequest__Output as _modelserve_worker_v1_UnloadModelRequest__Output } from '../../../modelserve/worker/v1/UnloadModelRequest';
import type { UnloadModelResponse as _modelserve_worker_v1_UnloadModelResponse, UnloadModelResponse__Output as _modelserve_worker_v1_UnloadModelResponse__Output } from '../../../modelserve/worker/v1/UnloadModelResponse';

export interface WorkerControlClient extends grpc.Client {
  ListLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  ListLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  ListLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  ListLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  listLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  listLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  listLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  listLoadedModels(argument: _modelserve_worker_v1_ListLoadedModelsRequest, callback: grpc.requestCallback<_modelserve_worker_v1_ListLoadedModelsResponse__Output>): grpc.ClientUnaryCall;
  
  LoadModel(argument: _modelserve_worker_v1_LoadModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  LoadModel(argument: _modelserve_worker_v1_LoadModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  LoadModel(argument: _modelserve_worker_v1_LoadModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  LoadModel(argument: _modelserve_worker_v1_LoadModelRequest, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  loadModel(argument: _modelserve_worker_v1_LoadModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  loadModel(argument: _modelserve_worker_v1_LoadModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  loadModel(argument: _modelserve_worker_v1_LoadModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  loadModel(argument: _modelserve_worker_v1_LoadModelRequest, callback: grpc.requestCallback<_modelserve_worker_v1_LoadModelResponse__Output>): grpc.ClientUnaryCall;
  
  UnloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  UnloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  UnloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  UnloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  unloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  unloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  unloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  unloadModel(argument: _modelserve_worker_v1_UnloadModelRequest, callback: grpc.requestCallback<_modelserve_worker_v1_UnloadModelResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface WorkerControlHandlers extends grpc.UntypedServiceImplementation {
  ListLoadedModels: grpc.handleUnaryCall<_modelserve_worker_v1_ListLoadedModelsRequest__Output, _modelserve_worker_v1_ListLoadedModelsResponse>;
  
  LoadModel: grpc.handleUnaryCall<_modelserve_worker_v1_LoadModelRequest__Output, _modelserve_worker_v1_LoadModelResponse>;
  
  UnloadModel: grpc.handleUnaryCall<_modelserve_worker_v1_UnloadModelRequest__Output, _modelserve_worker_v1_UnloadModelResponse>;
  
}

export interface WorkerControlDefinition extends grpc.ServiceDefinition {
  ListLoadedModels: MethodDefinition<_modelserve_worker_v1_ListLoadedModelsRequest, _modelserve_worker_v1_ListLoadedModelsResponse, _modelserve_worker_v1_ListLoadedModelsRequest__Output, _modelserve_worker_v1_ListLoadedModelsResponse__Output>
  LoadModel: MethodDefinition<_modelserve_worker_v1_LoadModelRequest, _modelserve_worker_v1_LoadModelResponse, _modelserve_worker_v1_LoadModelRequest__Output, _modelserve_worker_v1_LoadModelResponse__Output>
  UnloadModel: MethodDefinition<_modelserve_worker_v1_UnloadModelRequest, _modelserve_worker_v1_UnloadModelResponse, _modelserve_worker_v1_UnloadModelRequest__Output, _modelserve_worker_v1_UnloadModelResponse__Output>
}
