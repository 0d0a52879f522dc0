// Original file: proto/modelserve/registry.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AlarmState as _modelserve_registry_v1_AlarmState, AlarmState__Output as _modelserve_registry_v1_AlarmState__Output } from '../../../modelserve/registry/v1/AlarmState';
import type { CreateEndpointConfigRequest as _modelserve_registry_v1_CreateEndpointConfigRequest, CreateEndpointConfigRequest__Output as _modelserve_registry_v1_CreateEndpointConfigRequest__Output } from '../../../modelserve/registry/v1/CreateEndpointConfigRequest';
import type { CreateEndpointRequest as _modelserve_registry_v1_CreateEndpointRequest, CreateEndpointRequest__Output as _modelserve_registry_v1_CreateEndpointRequest__Output } from '../../../modelserve/registry/v1/CreateEndpointRequest';
import type { CreateModelRequest as _modelserve_registry_v1_CreateModelRequest, CreateModelRequest__Output as _modelserve_registry_v1_CreateModelRequest__Output } from '../../../modelserve/registry/v1/CreateModelRequest';
import type { DeleteEndpointConfigRequest as _modelserve_registry_v1_DeleteEndpointConfigRequest, DeleteEndpointConfigRequest__Output as _modelserve_registry_v1_DeleteEndpointConfigRequest__Output } from '../../../modelserve/registry/v1/DeleteEndpointConfigRequest';
import type { DeleteEndpointRequest as _modelserve_registry_v1_DeleteEndpointRequest, DeleteEndpointRequest__Output as _modelserve_registry_v1_DeleteEndpointRequest__Output } from '../../../modelserve/registry/v1/DeleteEndpointRequest';
import type { DeleteModelAliasRequest as _modelserve_registry_v1_DeleteModelAliasRequest, DeleteModelAliasRequest__Output as _modelserve_registry_v1_DeleteModelAliasRequest__Output } from '../../../modelserve/registry/v1/DeleteModelAliasRequest';
import type { DeleteModelAliasResponse as _modelserve_registry_v1_DeleteModelAliasResponse, DeleteModelAliasResponse__Output as _modelserve_registry_v1_DeleteModelAliasResponse__Output } from '../../../modelserve/registry/v1/DeleteModelAliasResponse';
import type { DeleteModelRequest as _modelserve_registry_v1_DeleteModelRequest, DeleteModelRequest__Output as _modelserve_registry_v1_DeleteModelRequest__Output } from '../../../modelserve/registry/v1/DeleteModelRequest';
import type { DeleteModelVersionRequest as _modelserve_registry_v1_DeleteModelVersionRequest, DeleteModelVersionRequest__Output as _modelserve_registry_v1_DeleteModelVersionRequest__Output } from '../../../modelserve/registry/v1/DeleteModelVersionRequest';
import type { Endpoint as _modelserve_registry_v1_Endpoint, Endpoint__Output as _modelserve_registry_v1_Endpoint__Output } from '../../../modelserve/registry/v1/Endpoint';
import type { EndpointConfig as _modelserve_registry_v1_EndpointConfig, EndpointConfig__Output as _modelserve_registry_v1_EndpointConfig__Output } from '../../../modelserve/registry/v1/EndpointConfig';
import type { EndpointFigures as _modelserve_registry_v1_EndpointFigures, EndpointFigures__Output as _modelserve_registry_v1_EndpointFigures__Output } from '../../../modelserve/registry/v1/EndpointFigures';
import type { GetEndpointConfigRequest as _modelserve_registry_v1_GetEndpointConfigRequest, GetEndpointConfigRequest__Output as _modelserve_registry_v1_GetEndpointConfigRequest__Output } from '../../../modelserve/registry/v1/GetEndpointConfigRequest';
import type { GetEndpointFiguresRequest as _modelserve_registry_v1_GetEndpointFiguresRequest, GetEndpointFiguresRequest__Output as _modelserve_registry_v1_GetEndpointFiguresRequest__Output } from '../../../modelserve/registry/v1/GetEndpointFiguresRequest';
import type { GetEndpointRequest as _modelserve_registry_v1_GetEndpointRequest, GetEndpointRequest__Output as _modelserve_registry_v1_GetEndpointRequest__Output } from '../../../modelserve/registry/v1/GetEndpointRequest';
import type { GetModelRequest as _modelserve_registry_v1_GetModelRequest, GetModelRequest__Output as _modelserve_registry_v1_GetModelRequest__Output } from '../../../modelserve/registry/v1/GetModelRequest';
import type { GetModelVersionRequest as _modelserve_registry_v1_GetModelVersionRequest, GetModelVersionRequest__Output as _modelserve_registry_v1_GetModelVersionRequest__Output } from '../../../modelserve/registry/v1/GetModelVersionRequest';
import type { GetSageMakerFieldsRequest as _modelserve_registry_v1_GetSageMakerFieldsRequest, GetSageMakerFieldsRequest__Output as _modelserve_registry_v1_GetSageMakerFieldsRequest__Output } from '../../../modelserve/registry/v1/GetSageMakerFieldsRequest';
import type { GetSageMakerFieldsResponse as _modelserve_registry_v1_GetSageMakerFieldsResponse, GetSageMakerFieldsResponse__Output as _modelserve_registry_v1_GetSageMakerFieldsResponse__Output } from '../../../modelserve/registry/v1/GetSageMakerFieldsResponse';
import type { HeartbeatRequest as _modelserve_registry_v1_HeartbeatRequest, HeartbeatRequest__Output as _modelserve_registry_v1_HeartbeatRequest__Output } from '../../../modelserve/registry/v1/HeartbeatRequest';
import type { HeartbeatResponse as _modelserve_registry_v1_HeartbeatResponse, HeartbeatResponse__Output as _modelserve_registry_v1_HeartbeatResponse__Output } from '../../../modelserve/registry/v1/HeartbeatResponse';
import type { ListEndpointConfigsRequest as _modelserve_registry_v1_ListEndpointConfigsRequest, ListEndpointConfigsRequest__Output as _modelserve_registry_v1_ListEndpointConfigsRequest__Output } from '../../../modelserve/registry/v1/ListEndpointConfigsRequest';
import type { ListEndpointConfigsResponse as _modelserve_registry_v1_ListEndpointConfigsResponse, ListEndpointConfigsResponse__Output as _modelserve_registry_v1_ListEndpointConfigsResponse__Output } from '../../../modelserve/registry/v1/ListEndpointConfigsResponse';
import type { ListEndpointEventsRequest as _modelserve_registry_v1_ListEndpointEventsRequest, ListEndpointEventsRequest__Output as _modelserve_registry_v1_ListEndpointEventsRequest__Output } from '../../../modelserve/registry/v1/ListEndpointEventsRequest';
import type { ListEndpointEventsResponse as _modelserve_registry_v1_ListEndpointEventsResponse, ListEndpointEventsResponse__Output as _modelserve_registry_v1_ListEndpointEventsResponse__Output } from '../../../modelserve/registry/v1/ListEndpointEventsResponse';
import type { ListEndpointsRequest as _modelserve_registry_v1_ListEndpointsRequest, ListEndpointsRequest__Output as _modelserve_registry_v1_ListEndpointsRequest__Output } from '../../../modelserve/registry/v1/ListEndpointsRequest';
import type { ListEndpointsResponse as _modelserve_registry_v1_ListEndpointsResponse, ListEndpointsResponse__Output as _modelserve_registry_v1_ListEndpointsResponse__Output } from '../../../modelserve/registry/v1/ListEndpointsResponse';
import type { ListModelVersionsRequest as _modelserve_registry_v1_ListModelVersionsRequest, ListModelVersionsRequest__Output as _modelserve_registry_v1_ListModelVersionsRequest__Output } from '../../../modelserve/registry/v1/ListModelVersionsRequest';
import type { ListModelVersionsResponse as _modelserve_registry_v1_ListModelVersionsResponse, ListModelVersionsResponse__Output as _modelserve_registry_v1_ListModelVersionsResponse__Output } from '../../../modelserve/registry/v1/ListModelVersionsResponse';
import type { ListModelsRequest as _modelserve_registry_v1_ListModelsRequest, ListModelsRequest__Output as _modelserve_registry_v1_ListModelsRequest__Output } from '../../../modelserve/registry/v1/ListModelsRequest';
import type { ListModelsResponse as _modelserve_registry_v1_ListModelsResponse, ListModelsResponse__Output as _modelserve_registry_v1_ListModelsResponse__Output } from '../../../modelserve/registry/v1/ListModelsResponse';
import type { Model as _modelserve_registry_v1_Model, Model__Output as _modelserve_registry_v1_Model__Output } from '../../../modelserve/registry/v1/Model';
import type { ModelVersion as _modelserve_registry_v1_ModelVersion, ModelVersion__Output as _modelserve_registry_v1_ModelVersion__Output } from '../../../modelserve/registry/v1/ModelVersion';
import type { RegisterModelVersionRequest as _modelserve_registry_v1_RegisterModelVersionRequest, RegisterModelVersionRequest__Output as _modelserve_registry_v1_RegisterModelVersionRequest__Output } from '../../../modelserve/registry/v1/RegisterModelVersionRequest';
import type { RollbackEndpointRequest as _modelserve_registry_v1_RollbackEndpointRequest, RollbackEndpointRequest__Output as _modelserve_registry_v1_RollbackEndpointRequest__Output } from '../../../modelserve/registry/v1/RollbackEndpointRequest';
import type { RoutingTable as _modelserve_registry_v1_RoutingTable, RoutingTable__Output as _modelserve_registry_v1_RoutingTable__Output } from '../../../modelserve/registry/v1/RoutingTable';
import type { SageMakerFields as _modelserve_registry_v1_SageMakerFields, SageMakerFields__Output as _modelserve_registry_v1_SageMakerFields__Output } from '../../../modelserve/registry/v1/SageMakerFields';
import type { SetModelAliasRequest as _modelserve_registry_v1_SetModelAliasRequest, SetModelAliasRequest__Output as _modelserve_registry_v1_SetModelAliasRequest__Output } from '../../../modelserve/registry/v1/SetModelAliasRequest';
import type { TrafficReport as _modelserve_registry_v1_TrafficReport, TrafficReport__Output as _modelserve_registry_v1_TrafficReport__Output } from '../../../modelserve/registry/v1/TrafficReport';
import type { TrafficReportResponse as _modelserve_registry_v1_TrafficReportResponse, TrafficReportResponse__Output as _modelserve_registry_v1_TrafficReportResponse__Output } from '../../../modelserve/registry/v1/TrafficReportResponse';
import type { UpdateEndpointRequest as _modelserve_registry_v1_UpdateEndpointRequest, UpdateEndpointRequest__Output as _modelserve_registry_v1_UpdateEndpointRequest__Output } from '../../../modelserve/registry/v1/UpdateEndpointRequest';
import type { UpdateEndpointVariantsRequest as _modelserve_registry_v1_UpdateEndpointVariantsRequest, UpdateEndpointVariantsRequest__Output as _modelserve_registry_v1_UpdateEndpointVariantsRequest__Output } from '../../../modelserve/registry/v1/UpdateEndpointVariantsRequest';
import type { UpdateModelVersionRequest as _modelserve_registry_v1_UpdateModelVersionRequest, UpdateModelVersionRequest__Output as _modelserve_registry_v1_UpdateModelVersionRequest__Output } from '../../../modelserve/registry/v1/UpdateModelVersionRequest';
import type { UploadModelVersionRequest as _modelserve_registry_v1_UploadModelVersionRequest, UploadModelVersionRequest__Output as _modelserve_registry_v1_UploadModelVersionRequest__Output } from '../../../modelserve/registry/v1/UploadModelVersionRequest';
import type { WatchRoutesRequest as _modelserve_registry_v1_WatchRoutesRequest, WatchRoutesRequest__Output as _modelserve_registry_v1_WatchRoutesRequest__Output } from '../../../modelserve/registry/v1/WatchRoutesRequest';

export interface RegistryClient extends grpc.Client {
  CreateEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _modelserve_registry_v1_CreateEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  CreateEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  CreateEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  CreateEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  CreateEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  createEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  createEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  createEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  createEndpointConfig(argument: _modelserve_registry_v1_CreateEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  
  CreateModel(argument: _modelserve_registry_v1_CreateModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  CreateModel(argument: _modelserve_registry_v1_CreateModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  CreateModel(argument: _modelserve_registry_v1_CreateModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  CreateModel(argument: _modelserve_registry_v1_CreateModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  createModel(argument: _modelserve_registry_v1_CreateModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  createModel(argument: _modelserve_registry_v1_CreateModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  createModel(argument: _modelserve_registry_v1_CreateModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  createModel(argument: _modelserve_registry_v1_CreateModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  
  DeleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _modelserve_registry_v1_DeleteEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  DeleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  DeleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  DeleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  DeleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  deleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  deleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  deleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  deleteEndpointConfig(argument: _modelserve_registry_v1_DeleteEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  
  DeleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  DeleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  DeleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  DeleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  deleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  deleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  deleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  deleteModel(argument: _modelserve_registry_v1_DeleteModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  
  DeleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteModelAlias(argument: _modelserve_registry_v1_DeleteModelAliasRequest, callback: grpc.requestCallback<_modelserve_registry_v1_DeleteModelAliasResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _modelserve_registry_v1_DeleteModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  GetEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  GetEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  GetEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  GetEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  getEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  getEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  getEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  getEndpoint(argument: _modelserve_registry_v1_GetEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  GetEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  GetEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  GetEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  GetEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  getEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  getEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  getEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  getEndpointConfig(argument: _modelserve_registry_v1_GetEndpointConfigRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointConfig__Output>): grpc.ClientUnaryCall;
  
  GetEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  GetEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  GetEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  GetEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  getEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  getEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  getEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  getEndpointFigures(argument: _modelserve_registry_v1_GetEndpointFiguresRequest, callback: grpc.requestCallback<_modelserve_registry_v1_EndpointFigures__Output>): grpc.ClientUnaryCall;
  
  GetModel(argument: _modelserve_registry_v1_GetModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _modelserve_registry_v1_GetModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _modelserve_registry_v1_GetModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _modelserve_registry_v1_GetModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  getModel(argument: _modelserve_registry_v1_GetModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  getModel(argument: _modelserve_registry_v1_GetModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  getModel(argument: _modelserve_registry_v1_GetModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  getModel(argument: _modelserve_registry_v1_GetModelRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Model__Output>): grpc.ClientUnaryCall;
  
  GetModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _modelserve_registry_v1_GetModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  GetSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  GetSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  GetSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  GetSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  getSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  getSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  getSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  getSageMakerFields(argument: _modelserve_registry_v1_GetSageMakerFieldsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_GetSageMakerFieldsResponse__Output>): grpc.ClientUnaryCall;
  
  Heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _modelserve_registry_v1_HeartbeatRequest, callback: grpc.requestCallback<_modelserve_registry_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  
  ListEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointConfigs(argument: _modelserve_registry_v1_ListEndpointConfigsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointConfigsResponse__Output>): grpc.ClientUnaryCall;
  
  ListEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  listEndpointEvents(argument: _modelserve_registry_v1_ListEndpointEventsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointEventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _modelserve_registry_v1_ListEndpointsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  
  ListModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  listModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  listModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  listModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  listModelVersions(argument: _modelserve_registry_v1_ListModelVersionsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListModels(argument: _modelserve_registry_v1_ListModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _modelserve_registry_v1_ListModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _modelserve_registry_v1_ListModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _modelserve_registry_v1_ListModelsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _modelserve_registry_v1_ListModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _modelserve_registry_v1_ListModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _modelserve_registry_v1_ListModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _modelserve_registry_v1_ListModelsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RegisterModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RegisterModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RegisterModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  registerModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  registerModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  registerModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  registerModelVersion(argument: _modelserve_registry_v1_RegisterModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  ReportTraffic(argument: _modelserve_registry_v1_TrafficReport, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  ReportTraffic(argument: _modelserve_registry_v1_TrafficReport, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  ReportTraffic(argument: _modelserve_registry_v1_TrafficReport, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  ReportTraffic(argument: _modelserve_registry_v1_TrafficReport, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  reportTraffic(argument: _modelserve_registry_v1_TrafficReport, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  reportTraffic(argument: _modelserve_registry_v1_TrafficReport, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  reportTraffic(argument: _modelserve_registry_v1_TrafficReport, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  reportTraffic(argument: _modelserve_registry_v1_TrafficReport, callback: grpc.requestCallback<_modelserve_registry_v1_TrafficReportResponse__Output>): grpc.ClientUnaryCall;
  
  RollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rollbackEndpoint(argument: _modelserve_registry_v1_RollbackEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  SetAlarmState(argument: _modelserve_registry_v1_AlarmState, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  SetAlarmState(argument: _modelserve_registry_v1_AlarmState, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  SetAlarmState(argument: _modelserve_registry_v1_AlarmState, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  SetAlarmState(argument: _modelserve_registry_v1_AlarmState, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  setAlarmState(argument: _modelserve_registry_v1_AlarmState, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  setAlarmState(argument: _modelserve_registry_v1_AlarmState, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  setAlarmState(argument: _modelserve_registry_v1_AlarmState, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  setAlarmState(argument: _modelserve_registry_v1_AlarmState, callback: grpc.requestCallback<_modelserve_registry_v1_AlarmState__Output>): grpc.ClientUnaryCall;
  
  SetModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  SetModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  SetModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  SetModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  setModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  setModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  setModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  setModelAlias(argument: _modelserve_registry_v1_SetModelAliasRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  SetSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  SetSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  SetSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  SetSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  setSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  setSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  setSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  setSageMakerFields(argument: _modelserve_registry_v1_SageMakerFields, callback: grpc.requestCallback<_modelserve_registry_v1_SageMakerFields__Output>): grpc.ClientUnaryCall;
  
  UpdateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _modelserve_registry_v1_UpdateEndpointRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  UpdateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpointVariants(argument: _modelserve_registry_v1_UpdateEndpointVariantsRequest, callback: grpc.requestCallback<_modelserve_registry_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  UpdateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _modelserve_registry_v1_UpdateModelVersionRequest, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  UploadModelVersion(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  UploadModelVersion(metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  UploadModelVersion(options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  UploadModelVersion(callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  uploadModelVersion(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  uploadModelVersion(metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  uploadModelVersion(options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  uploadModelVersion(callback: grpc.requestCallback<_modelserve_registry_v1_ModelVersion__Output>): grpc.ClientWritableStream<_modelserve_registry_v1_UploadModelVersionRequest>;
  
  WatchRoutes(argument: _modelserve_registry_v1_WatchRoutesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_modelserve_registry_v1_RoutingTable__Output>;
  WatchRoutes(argument: _modelserve_registry_v1_WatchRoutesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_modelserve_registry_v1_RoutingTable__Output>;
  watchRoutes(argument: _modelserve_registry_v1_WatchRoutesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_modelserve_registry_v1_RoutingTable__Output>;
  watchRoutes(argument: _modelserve_registry_v1_WatchRoutesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_modelserve_registry_v1_RoutingTable__Output>;
  
}

export interface RegistryHandlers extends grpc.UntypedServiceImplementation {
  CreateEndpoint: grpc.handleUnaryCall<_modelserve_registry_v1_CreateEndpointRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  CreateEndpointConfig: grpc.handleUnaryCall<_modelserve_registry_v1_CreateEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig>;
  
  CreateModel: grpc.handleUnaryCall<_modelserve_registry_v1_CreateModelRequest__Output, _modelserve_registry_v1_Model>;
  
  DeleteEndpoint: grpc.handleUnaryCall<_modelserve_registry_v1_DeleteEndpointRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  DeleteEndpointConfig: grpc.handleUnaryCall<_modelserve_registry_v1_DeleteEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig>;
  
  DeleteModel: grpc.handleUnaryCall<_modelserve_registry_v1_DeleteModelRequest__Output, _modelserve_registry_v1_Model>;
  
  DeleteModelAlias: grpc.handleUnaryCall<_modelserve_registry_v1_DeleteModelAliasRequest__Output, _modelserve_registry_v1_DeleteModelAliasResponse>;
  
  DeleteModelVersion: grpc.handleUnaryCall<_modelserve_registry_v1_DeleteModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  GetEndpoint: grpc.handleUnaryCall<_modelserve_registry_v1_GetEndpointRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  GetEndpointConfig: grpc.handleUnaryCall<_modelserve_registry_v1_GetEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig>;
  
  GetEndpointFigures: grpc.handleUnaryCall<_modelserve_registry_v1_GetEndpointFiguresRequest__Output, _modelserve_registry_v1_EndpointFigures>;
  
  GetModel: grpc.handleUnaryCall<_modelserve_registry_v1_GetModelRequest__Output, _modelserve_registry_v1_Model>;
  
  GetModelVersion: grpc.handleUnaryCall<_modelserve_registry_v1_GetModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  GetSageMakerFields: grpc.handleUnaryCall<_modelserve_registry_v1_GetSageMakerFieldsRequest__Output, _modelserve_registry_v1_GetSageMakerFieldsResponse>;
  
  Heartbeat: grpc.handleUnaryCall<_modelserve_registry_v1_HeartbeatRequest__Output, _modelserve_registry_v1_HeartbeatResponse>;
  
  ListEndpointConfigs: grpc.handleUnaryCall<_modelserve_registry_v1_ListEndpointConfigsRequest__Output, _modelserve_registry_v1_ListEndpointConfigsResponse>;
  
  ListEndpointEvents: grpc.handleUnaryCall<_modelserve_registry_v1_ListEndpointEventsRequest__Output, _modelserve_registry_v1_ListEndpointEventsResponse>;
  
  ListEndpoints: grpc.handleUnaryCall<_modelserve_registry_v1_ListEndpointsRequest__Output, _modelserve_registry_v1_ListEndpointsResponse>;
  
  ListModelVersions: grpc.handleUnaryCall<_modelserve_registry_v1_ListModelVersionsRequest__Output, _modelserve_registry_v1_ListModelVersionsResponse>;
  
  ListModels: grpc.handleUnaryCall<_modelserve_registry_v1_ListModelsRequest__Output, _modelserve_registry_v1_ListModelsResponse>;
  
  RegisterModelVersion: grpc.handleUnaryCall<_modelserve_registry_v1_RegisterModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  ReportTraffic: grpc.handleUnaryCall<_modelserve_registry_v1_TrafficReport__Output, _modelserve_registry_v1_TrafficReportResponse>;
  
  RollbackEndpoint: grpc.handleUnaryCall<_modelserve_registry_v1_RollbackEndpointRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  SetAlarmState: grpc.handleUnaryCall<_modelserve_registry_v1_AlarmState__Output, _modelserve_registry_v1_AlarmState>;
  
  SetModelAlias: grpc.handleUnaryCall<_modelserve_registry_v1_SetModelAliasRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  SetSageMakerFields: grpc.handleUnaryCall<_modelserve_registry_v1_SageMakerFields__Output, _modelserve_registry_v1_SageMakerFields>;
  
  UpdateEndpoint: grpc.handleUnaryCall<_modelserve_registry_v1_UpdateEndpointRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  UpdateEndpointVariants: grpc.handleUnaryCall<_modelserve_registry_v1_UpdateEndpointVariantsRequest__Output, _modelserve_registry_v1_Endpoint>;
  
  UpdateModelVersion: grpc.handleUnaryCall<_modelserve_registry_v1_UpdateModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  UploadModelVersion: grpc.handleClientStreamingCall<_modelserve_registry_v1_UploadModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion>;
  
  WatchRoutes: grpc.handleServerStreamingCall<_modelserve_registry_v1_WatchRoutesRequest__Output, _modelserve_registry_v1_RoutingTable>;
  
}

export interface RegistryDefinition extends grpc.ServiceDefinition {
  CreateEndpoint: MethodDefinition<_modelserve_registry_v1_CreateEndpointRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_CreateEndpointRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  CreateEndpointConfig: MethodDefinition<_modelserve_registry_v1_CreateEndpointConfigRequest, _modelserve_registry_v1_EndpointConfig, _modelserve_registry_v1_CreateEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig__Output>
  CreateModel: MethodDefinition<_modelserve_registry_v1_CreateModelRequest, _modelserve_registry_v1_Model, _modelserve_registry_v1_CreateModelRequest__Output, _modelserve_registry_v1_Model__Output>
  DeleteEndpoint: MethodDefinition<_modelserve_registry_v1_DeleteEndpointRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_DeleteEndpointRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  DeleteEndpointConfig: MethodDefinition<_modelserve_registry_v1_DeleteEndpointConfigRequest, _modelserve_registry_v1_EndpointConfig, _modelserve_registry_v1_DeleteEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig__Output>
  DeleteModel: MethodDefinition<_modelserve_registry_v1_DeleteModelRequest, _modelserve_registry_v1_Model, _modelserve_registry_v1_DeleteModelRequest__Output, _modelserve_registry_v1_Model__Output>
  DeleteModelAlias: MethodDefinition<_modelserve_registry_v1_DeleteModelAliasRequest, _modelserve_registry_v1_DeleteModelAliasResponse, _modelserve_registry_v1_DeleteModelAliasRequest__Output, _modelserve_registry_v1_DeleteModelAliasResponse__Output>
  DeleteModelVersion: MethodDefinition<_modelserve_registry_v1_DeleteModelVersionRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_DeleteModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  GetEndpoint: MethodDefinition<_modelserve_registry_v1_GetEndpointRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_GetEndpointRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  GetEndpointConfig: MethodDefinition<_modelserve_registry_v1_GetEndpointConfigRequest, _modelserve_registry_v1_EndpointConfig, _modelserve_registry_v1_GetEndpointConfigRequest__Output, _modelserve_registry_v1_EndpointConfig__Output>
  GetEndpointFigures: MethodDefinition<_modelserve_registry_v1_GetEndpointFiguresRequest, _modelserve_registry_v1_EndpointFigures, _modelserve_registry_v1_GetEndpointFiguresRequest__Output, _modelserve_registry_v1_EndpointFigures__Output>
  GetModel: MethodDefinition<_modelserve_registry_v1_GetModelRequest, _modelserve_registry_v1_Model, _modelserve_registry_v1_GetModelRequest__Output, _modelserve_registry_v1_Model__Output>
  GetModelVersion: MethodDefinition<_modelserve_registry_v1_GetModelVersionRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_GetModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  GetSageMakerFields: MethodDefinition<_modelserve_registry_v1_GetSageMakerFieldsRequest, _modelserve_registry_v1_GetSageMakerFieldsResponse, _modelserve_registry_v1_GetSageMakerFieldsRequest__Output, _modelserve_registry_v1_GetSageMakerFieldsResponse__Output>
  Heartbeat: MethodDefinition<_modelserve_registry_v1_HeartbeatRequest, _modelserve_registry_v1_HeartbeatResponse, _modelserve_registry_v1_HeartbeatRequest__Output, _modelserve_registry_v1_HeartbeatResponse__Output>
  ListEndpointConfigs: MethodDefinition<_modelserve_registry_v1_ListEndpointConfigsRequest, _modelserve_registry_v1_ListEndpointConfigsResponse, _modelserve_registry_v1_ListEndpointConfigsRequest__Output, _modelserve_registry_v1_ListEndpointConfigsResponse__Output>
  ListEndpointEvents: MethodDefinition<_modelserve_registry_v1_ListEndpointEventsRequest, _modelserve_registry_v1_ListEndpointEventsResponse, _modelserve_registry_v1_ListEndpointEventsRequest__Output, _modelserve_registry_v1_ListEndpointEventsResponse__Output>
  ListEndpoints: MethodDefinition<_modelserve_registry_v1_ListEndpointsRequest, _modelserve_registry_v1_ListEndpointsResponse, _modelserve_registry_v1_ListEndpointsRequest__Output, _modelserve_registry_v1_ListEndpointsResponse__Output>
  ListModelVersions: MethodDefinition<_modelserve_registry_v1_ListModelVersionsRequest, _modelserve_registry_v1_ListModelVersionsResponse, _modelserve_registry_v1_ListModelVersionsRequest__Output, _modelserve_registry_v1_ListModelVersionsResponse__Output>
  ListModels: MethodDefinition<_modelserve_registry_v1_ListModelsRequest, _modelserve_registry_v1_ListModelsResponse, _modelserve_registry_v1_ListModelsRequest__Output, _modelserve_registry_v1_ListModelsResponse__Output>
  RegisterModelVersion: MethodDefinition<_modelserve_registry_v1_RegisterModelVersionRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_RegisterModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  ReportTraffic: MethodDefinition<_modelserve_registry_v1_TrafficReport, _modelserve_registry_v1_TrafficReportResponse, _modelserve_registry_v1_TrafficReport__Output, _modelserve_registry_v1_TrafficReportResponse__Output>
  RollbackEndpoint: MethodDefinition<_modelserve_registry_v1_RollbackEndpointRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_RollbackEndpointRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  SetAlarmState: MethodDefinition<_modelserve_registry_v1_AlarmState, _modelserve_registry_v1_AlarmState, _modelserve_registry_v1_AlarmState__Output, _modelserve_registry_v1_AlarmState__Output>
  SetModelAlias: MethodDefinition<_modelserve_registry_v1_SetModelAliasRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_SetModelAliasRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  SetSageMakerFields: MethodDefinition<_modelserve_registry_v1_SageMakerFields, _modelserve_registry_v1_SageMakerFields, _modelserve_registry_v1_SageMakerFields__Output, _modelserve_registry_v1_SageMakerFields__Output>
  UpdateEndpoint: MethodDefinition<_modelserve_registry_v1_UpdateEndpointRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_UpdateEndpointRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  UpdateEndpointVariants: MethodDefinition<_modelserve_registry_v1_UpdateEndpointVariantsRequest, _modelserve_registry_v1_Endpoint, _modelserve_registry_v1_UpdateEndpointVariantsRequest__Output, _modelserve_registry_v1_Endpoint__Output>
  UpdateModelVersion: MethodDefinition<_modelserve_registry_v1_UpdateModelVersionRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_UpdateModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  UploadModelVersion: MethodDefinition<_modelserve_registry_v1_UploadModelVersionRequest, _modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_UploadModelVersionRequest__Output, _modelserve_registry_v1_ModelVersion__Output>
  WatchRoutes: MethodDefinition<_modelserve_registry_v1_WatchRoutesRequest, _modelserve_registry_v1_RoutingTable, _modelserve_registry_v1_WatchRoutesRequest__Output, _modelserve_registry_v1_RoutingTable__Output>
}
