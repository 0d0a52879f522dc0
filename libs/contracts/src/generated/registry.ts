import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AlarmState as _modelserve_registry_v1_AlarmState, AlarmState__Output as _modelserve_registry_v1_AlarmState__Output } from './modelserve/registry/v1/AlarmState';
import type { AsyncInference as _modelserve_registry_v1_AsyncInference, AsyncInference__Output as _modelserve_registry_v1_AsyncInference__Output } from './modelserve/registry/v1/AsyncInference';
import type { CreateEndpointConfigRequest as _modelserve_registry_v1_CreateEndpointConfigRequest, CreateEndpointConfigRequest__Output as _modelserve_registry_v1_CreateEndpointConfigRequest__Output } from './modelserve/registry/v1/CreateEndpointConfigRequest';
import type { CreateEndpointRequest as _modelserve_registry_v1_CreateEndpointRequest, CreateEndpointRequest__Output as _modelserve_registry_v1_CreateEndpointRequest__Output } from './modelserve/registry/v1/CreateEndpointRequest';
import type { CreateModelRequest as _modelserve_registry_v1_CreateModelRequest, CreateModelRequest__Output as _modelserve_registry_v1_CreateModelRequest__Output } from './modelserve/registry/v1/CreateModelRequest';
import type { DataCapture as _modelserve_registry_v1_DataCapture, DataCapture__Output as _modelserve_registry_v1_DataCapture__Output } from './modelserve/registry/v1/DataCapture';
import type { DeleteEndpointConfigRequest as _modelserve_registry_v1_DeleteEndpointConfigRequest, DeleteEndpointConfigRequest__Output as _modelserve_registry_v1_DeleteEndpointConfigRequest__Output } from './modelserve/registry/v1/DeleteEndpointConfigRequest';
import type { DeleteEndpointRequest as _modelserve_registry_v1_DeleteEndpointRequest, DeleteEndpointRequest__Output as _modelserve_registry_v1_DeleteEndpointRequest__Output } from './modelserve/registry/v1/DeleteEndpointRequest';
import type { DeleteModelAliasRequest as _modelserve_registry_v1_DeleteModelAliasRequest, DeleteModelAliasRequest__Output as _modelserve_registry_v1_DeleteModelAliasRequest__Output } from './modelserve/registry/v1/DeleteModelAliasRequest';
import type { DeleteModelAliasResponse as _modelserve_registry_v1_DeleteModelAliasResponse, DeleteModelAliasResponse__Output as _modelserve_registry_v1_DeleteModelAliasResponse__Output } from './modelserve/registry/v1/DeleteModelAliasResponse';
import type { DeleteModelRequest as _modelserve_registry_v1_DeleteModelRequest, DeleteModelRequest__Output as _modelserve_registry_v1_DeleteModelRequest__Output } from './modelserve/registry/v1/DeleteModelRequest';
import type { DeleteModelVersionRequest as _modelserve_registry_v1_DeleteModelVersionRequest, DeleteModelVersionRequest__Output as _modelserve_registry_v1_DeleteModelVersionRequest__Output } from './modelserve/registry/v1/DeleteModelVersionRequest';
import type { DeploymentOptions as _modelserve_registry_v1_DeploymentOptions, DeploymentOptions__Output as _modelserve_registry_v1_DeploymentOptions__Output } from './modelserve/registry/v1/DeploymentOptions';
import type { DeploymentStatus as _modelserve_registry_v1_DeploymentStatus, DeploymentStatus__Output as _modelserve_registry_v1_DeploymentStatus__Output } from './modelserve/registry/v1/DeploymentStatus';
import type { Endpoint as _modelserve_registry_v1_Endpoint, Endpoint__Output as _modelserve_registry_v1_Endpoint__Output } from './modelserve/registry/v1/Endpoint';
import type { EndpointConfig as _modelserve_registry_v1_EndpointConfig, EndpointConfig__Output as _modelserve_registry_v1_EndpointConfig__Output } from './modelserve/registry/v1/EndpointConfig';
import type { EndpointEvent as _modelserve_registry_v1_EndpointEvent, EndpointEvent__Output as _modelserve_registry_v1_EndpointEvent__Output } from './modelserve/registry/v1/EndpointEvent';
import type { EndpointFigures as _modelserve_registry_v1_EndpointFigures, EndpointFigures__Output as _modelserve_registry_v1_EndpointFigures__Output } from './modelserve/registry/v1/EndpointFigures';
import type { EndpointRoute as _modelserve_registry_v1_EndpointRoute, EndpointRoute__Output as _modelserve_registry_v1_EndpointRoute__Output } from './modelserve/registry/v1/EndpointRoute';
import type { GetEndpointConfigRequest as _modelserve_registry_v1_GetEndpointConfigRequest, GetEndpointConfigRequest__Output as _modelserve_registry_v1_GetEndpointConfigRequest__Output } from './modelserve/registry/v1/GetEndpointConfigRequest';
import type { GetEndpointFiguresRequest as _modelserve_registry_v1_GetEndpointFiguresRequest, GetEndpointFiguresRequest__Output as _modelserve_registry_v1_GetEndpointFiguresRequest__Output } from './modelserve/registry/v1/GetEndpointFiguresRequest';
import type { GetEndpointRequest as _modelserve_registry_v1_GetEndpointRequest, GetEndpointRequest__Output as _modelserve_registry_v1_GetEndpointRequest__Output } from './modelserve/registry/v1/GetEndpointRequest';
import type { GetModelRequest as _modelserve_registry_v1_GetModelRequest, GetModelRequest__Output as _modelserve_registry_v1_GetModelRequest__Output } from './modelserve/registry/v1/GetModelRequest';
import type { GetModelVersionRequest as _modelserve_registry_v1_GetModelVersionRequest, GetModelVersionRequest__Output as _modelserve_registry_v1_GetModelVersionRequest__Output } from './modelserve/registry/v1/GetModelVersionRequest';
import type { GetSageMakerFieldsRequest as _modelserve_registry_v1_GetSageMakerFieldsRequest, GetSageMakerFieldsRequest__Output as _modelserve_registry_v1_GetSageMakerFieldsRequest__Output } from './modelserve/registry/v1/GetSageMakerFieldsRequest';
import type { GetSageMakerFieldsResponse as _modelserve_registry_v1_GetSageMakerFieldsResponse, GetSageMakerFieldsResponse__Output as _modelserve_registry_v1_GetSageMakerFieldsResponse__Output } from './modelserve/registry/v1/GetSageMakerFieldsResponse';
import type { HeartbeatRequest as _modelserve_registry_v1_HeartbeatRequest, HeartbeatRequest__Output as _modelserve_registry_v1_HeartbeatRequest__Output } from './modelserve/registry/v1/HeartbeatRequest';
import type { HeartbeatResponse as _modelserve_registry_v1_HeartbeatResponse, HeartbeatResponse__Output as _modelserve_registry_v1_HeartbeatResponse__Output } from './modelserve/registry/v1/HeartbeatResponse';
import type { Histogram as _modelserve_registry_v1_Histogram, Histogram__Output as _modelserve_registry_v1_Histogram__Output } from './modelserve/registry/v1/Histogram';
import type { ListEndpointConfigsRequest as _modelserve_registry_v1_ListEndpointConfigsRequest, ListEndpointConfigsRequest__Output as _modelserve_registry_v1_ListEndpointConfigsRequest__Output } from './modelserve/registry/v1/ListEndpointConfigsRequest';
import type { ListEndpointConfigsResponse as _modelserve_registry_v1_ListEndpointConfigsResponse, ListEndpointConfigsResponse__Output as _modelserve_registry_v1_ListEndpointConfigsResponse__Output } from './modelserve/registry/v1/ListEndpointConfigsResponse';
import type { ListEndpointEventsRequest as _modelserve_registry_v1_ListEndpointEventsRequest, ListEndpointEventsRequest__Output as _modelserve_registry_v1_ListEndpointEventsRequest__Output } from './modelserve/registry/v1/ListEndpointEventsRequest';
import type { ListEndpointEventsResponse as _modelserve_registry_v1_ListEndpointEventsResponse, ListEndpointEventsResponse__Output as _modelserve_registry_v1_ListEndpointEventsResponse__Output } from './modelserve/registry/v1/ListEndpointEventsResponse';
import type { ListEndpointsRequest as _modelserve_registry_v1_ListEndpointsRequest, ListEndpointsRequest__Output as _modelserve_registry_v1_ListEndpointsRequest__Output } from './modelserve/registry/v1/ListEndpointsRequest';
import type { ListEndpointsResponse as _modelserve_registry_v1_ListEndpointsResponse, ListEndpointsResponse__Output as _modelserve_registry_v1_ListEndpointsResponse__Output } from './modelserve/registry/v1/ListEndpointsResponse';
import type { ListModelVersionsRequest as _modelserve_registry_v1_ListModelVersionsRequest, ListModelVersionsRequest__Output as _modelserve_registry_v1_ListModelVersionsRequest__Output } from './modelserve/registry/v1/ListModelVersionsRequest';
import type { ListModelVersionsResponse as _modelserve_registry_v1_ListModelVersionsResponse, ListModelVersionsResponse__Output as _modelserve_registry_v1_ListModelVersionsResponse__Output } from './modelserve/registry/v1/ListModelVersionsResponse';
import type { ListModelsRequest as _modelserve_registry_v1_ListModelsRequest, ListModelsRequest__Output as _modelserve_registry_v1_ListModelsRequest__Output } from './modelserve/registry/v1/ListModelsRequest';
import type { ListModelsResponse as _modelserve_registry_v1_ListModelsResponse, ListModelsResponse__Output as _modelserve_registry_v1_ListModelsResponse__Output } from './modelserve/registry/v1/ListModelsResponse';
import type { Model as _modelserve_registry_v1_Model, Model__Output as _modelserve_registry_v1_Model__Output } from './modelserve/registry/v1/Model';
import type { ModelRunFigures as _modelserve_registry_v1_ModelRunFigures, ModelRunFigures__Output as _modelserve_registry_v1_ModelRunFigures__Output } from './modelserve/registry/v1/ModelRunFigures';
import type { ModelVersion as _modelserve_registry_v1_ModelVersion, ModelVersion__Output as _modelserve_registry_v1_ModelVersion__Output } from './modelserve/registry/v1/ModelVersion';
import type { QualitySpec as _modelserve_registry_v1_QualitySpec, QualitySpec__Output as _modelserve_registry_v1_QualitySpec__Output } from './modelserve/registry/v1/QualitySpec';
import type { Quantiles as _modelserve_registry_v1_Quantiles, Quantiles__Output as _modelserve_registry_v1_Quantiles__Output } from './modelserve/registry/v1/Quantiles';
import type { RegisterModelVersionRequest as _modelserve_registry_v1_RegisterModelVersionRequest, RegisterModelVersionRequest__Output as _modelserve_registry_v1_RegisterModelVersionRequest__Output } from './modelserve/registry/v1/RegisterModelVersionRequest';
import type { RegistryClient as _modelserve_registry_v1_RegistryClient, RegistryDefinition as _modelserve_registry_v1_RegistryDefinition } from './modelserve/registry/v1/Registry';
import type { RollbackEndpointRequest as _modelserve_registry_v1_RollbackEndpointRequest, RollbackEndpointRequest__Output as _modelserve_registry_v1_RollbackEndpointRequest__Output } from './modelserve/registry/v1/RollbackEndpointRequest';
import type { RoutingTable as _modelserve_registry_v1_RoutingTable, RoutingTable__Output as _modelserve_registry_v1_RoutingTable__Output } from './modelserve/registry/v1/RoutingTable';
import type { SageMakerFields as _modelserve_registry_v1_SageMakerFields, SageMakerFields__Output as _modelserve_registry_v1_SageMakerFields__Output } from './modelserve/registry/v1/SageMakerFields';
import type { SetModelAliasRequest as _modelserve_registry_v1_SetModelAliasRequest, SetModelAliasRequest__Output as _modelserve_registry_v1_SetModelAliasRequest__Output } from './modelserve/registry/v1/SetModelAliasRequest';
import type { TrafficReport as _modelserve_registry_v1_TrafficReport, TrafficReport__Output as _modelserve_registry_v1_TrafficReport__Output } from './modelserve/registry/v1/TrafficReport';
import type { TrafficReportResponse as _modelserve_registry_v1_TrafficReportResponse, TrafficReportResponse__Output as _modelserve_registry_v1_TrafficReportResponse__Output } from './modelserve/registry/v1/TrafficReportResponse';
import type { TrainingLineage as _modelserve_registry_v1_TrainingLineage, TrainingLineage__Output as _modelserve_registry_v1_TrainingLineage__Output } from './modelserve/registry/v1/TrainingLineage';
import type { UpdateEndpointRequest as _modelserve_registry_v1_UpdateEndpointRequest, UpdateEndpointRequest__Output as _modelserve_registry_v1_UpdateEndpointRequest__Output } from './modelserve/registry/v1/UpdateEndpointRequest';
import type { UpdateEndpointVariantsRequest as _modelserve_registry_v1_UpdateEndpointVariantsRequest, UpdateEndpointVariantsRequest__Output as _modelserve_registry_v1_UpdateEndpointVariantsRequest__Output } from './modelserve/registry/v1/UpdateEndpointVariantsRequest';
import type { UpdateModelVersionRequest as _modelserve_registry_v1_UpdateModelVersionRequest, UpdateModelVersionRequest__Output as _modelserve_registry_v1_UpdateModelVersionRequest__Output } from './modelserve/registry/v1/UpdateModelVersionRequest';
import type { UploadModelVersionRequest as _modelserve_registry_v1_UploadModelVersionRequest, UploadModelVersionRequest__Output as _modelserve_registry_v1_UploadModelVersionRequest__Output } from './modelserve/registry/v1/UploadModelVersionRequest';
import type { VariantFigures as _modelserve_registry_v1_VariantFigures, VariantFigures__Output as _modelserve_registry_v1_VariantFigures__Output } from './modelserve/registry/v1/VariantFigures';
import type { VariantFiguresSummary as _modelserve_registry_v1_VariantFiguresSummary, VariantFiguresSummary__Output as _modelserve_registry_v1_VariantFiguresSummary__Output } from './modelserve/registry/v1/VariantFiguresSummary';
import type { VariantRoute as _modelserve_registry_v1_VariantRoute, VariantRoute__Output as _modelserve_registry_v1_VariantRoute__Output } from './modelserve/registry/v1/VariantRoute';
import type { VariantSpec as _modelserve_registry_v1_VariantSpec, VariantSpec__Output as _modelserve_registry_v1_VariantSpec__Output } from './modelserve/registry/v1/VariantSpec';
import type { VariantStatus as _modelserve_registry_v1_VariantStatus, VariantStatus__Output as _modelserve_registry_v1_VariantStatus__Output } from './modelserve/registry/v1/VariantStatus';
import type { VariantTraffic as _modelserve_registry_v1_VariantTraffic, VariantTraffic__Output as _modelserve_registry_v1_VariantTraffic__Output } from './modelserve/registry/v1/VariantTraffic';
import type { VariantUpdate as _modelserve_registry_v1_VariantUpdate, VariantUpdate__Output as _modelserve_registry_v1_VariantUpdate__Output } from './modelserve/registry/v1/VariantUpdate';
import type { WatchRoutesRequest as _modelserve_registry_v1_WatchRoutesRequest, WatchRoutesRequest__Output as _modelserve_registry_v1_WatchRoutesRequest__Output } from './modelserve/registry/v1/WatchRoutesRequest';
import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from './modelserve/v1/BatchingSettings';
import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from './modelserve/v1/ModelVersionRef';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from './modelserve/v1/RuntimeOptions';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from './modelserve/v1/TensorSpec';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    registry: {
      v1: {
        AlarmState: MessageTypeDefinition<_modelserve_registry_v1_AlarmState, _modelserve_registry_v1_AlarmState__Output>
        AsyncInference: MessageTypeDefinition<_modelserve_registry_v1_AsyncInference, _modelserve_registry_v1_AsyncInference__Output>
        CreateEndpointConfigRequest: MessageTypeDefinition<_modelserve_registry_v1_CreateEndpointConfigRequest, _modelserve_registry_v1_CreateEndpointConfigRequest__Output>
        CreateEndpointRequest: MessageTypeDefinition<_modelserve_registry_v1_CreateEndpointRequest, _modelserve_registry_v1_CreateEndpointRequest__Output>
        CreateModelRequest: MessageTypeDefinition<_modelserve_registry_v1_CreateModelRequest, _modelserve_registry_v1_CreateModelRequest__Output>
        DataCapture: MessageTypeDefinition<_modelserve_registry_v1_DataCapture, _modelserve_registry_v1_DataCapture__Output>
        DeleteEndpointConfigRequest: MessageTypeDefinition<_modelserve_registry_v1_DeleteEndpointConfigRequest, _modelserve_registry_v1_DeleteEndpointConfigRequest__Output>
        DeleteEndpointRequest: MessageTypeDefinition<_modelserve_registry_v1_DeleteEndpointRequest, _modelserve_registry_v1_DeleteEndpointRequest__Output>
        DeleteModelAliasRequest: MessageTypeDefinition<_modelserve_registry_v1_DeleteModelAliasRequest, _modelserve_registry_v1_DeleteModelAliasRequest__Output>
        DeleteModelAliasResponse: MessageTypeDefinition<_modelserve_registry_v1_DeleteModelAliasResponse, _modelserve_registry_v1_DeleteModelAliasResponse__Output>
        DeleteModelRequest: MessageTypeDefinition<_modelserve_registry_v1_DeleteModelRequest, _modelserve_registry_v1_DeleteModelRequest__Output>
        DeleteModelVersionRequest: MessageTypeDefinition<_modelserve_registry_v1_DeleteModelVersionRequest, _modelserve_registry_v1_DeleteModelVersionRequest__Output>
        DeploymentOptions: MessageTypeDefinition<_modelserve_registry_v1_DeploymentOptions, _modelserve_registry_v1_DeploymentOptions__Output>
        DeploymentStatus: MessageTypeDefinition<_modelserve_registry_v1_DeploymentStatus, _modelserve_registry_v1_DeploymentStatus__Output>
        Endpoint: MessageTypeDefinition<_modelserve_registry_v1_Endpoint, _modelserve_registry_v1_Endpoint__Output>
        EndpointConfig: MessageTypeDefinition<_modelserve_registry_v1_EndpointConfig, _modelserve_registry_v1_EndpointConfig__Output>
        EndpointEvent: MessageTypeDefinition<_modelserve_registry_v1_EndpointEvent, _modelserve_registry_v1_EndpointEvent__Output>
        EndpointFigures: MessageTypeDefinition<_modelserve_registry_v1_EndpointFigures, _modelserve_registry_v1_EndpointFigures__Output>
        EndpointRoute: MessageTypeDefinition<_modelserve_registry_v1_EndpointRoute, _modelserve_registry_v1_EndpointRoute__Output>
        GetEndpointConfigRequest: MessageTypeDefinition<_modelserve_registry_v1_GetEndpointConfigRequest, _modelserve_registry_v1_GetEndpointConfigRequest__Output>
        GetEndpointFiguresRequest: MessageTypeDefinition<_modelserve_registry_v1_GetEndpointFiguresRequest, _modelserve_registry_v1_GetEndpointFiguresRequest__Output>
        GetEndpointRequest: MessageTypeDefinition<_modelserve_registry_v1_GetEndpointRequest, _modelserve_registry_v1_GetEndpointRequest__Output>
        GetModelRequest: MessageTypeDefinition<_modelserve_registry_v1_GetModelRequest, _modelserve_registry_v1_GetModelRequest__Output>
        GetModelVersionRequest: MessageTypeDefinition<_modelserve_registry_v1_GetModelVersionRequest, _modelserve_registry_v1_GetModelVersionRequest__Output>
        GetSageMakerFieldsRequest: MessageTypeDefinition<_modelserve_registry_v1_GetSageMakerFieldsRequest, _modelserve_registry_v1_GetSageMakerFieldsRequest__Output>
        GetSageMakerFieldsResponse: MessageTypeDefinition<_modelserve_registry_v1_GetSageMakerFieldsResponse, _modelserve_registry_v1_GetSageMakerFieldsResponse__Output>
        HeartbeatRequest: MessageTypeDefinition<_modelserve_registry_v1_HeartbeatRequest, _modelserve_registry_v1_HeartbeatRequest__Output>
        HeartbeatResponse: MessageTypeDefinition<_modelserve_registry_v1_HeartbeatResponse, _modelserve_registry_v1_HeartbeatResponse__Output>
        Histogram: MessageTypeDefinition<_modelserve_registry_v1_Histogram, _modelserve_registry_v1_Histogram__Output>
        ListEndpointConfigsRequest: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointConfigsRequest, _modelserve_registry_v1_ListEndpointConfigsRequest__Output>
        ListEndpointConfigsResponse: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointConfigsResponse, _modelserve_registry_v1_ListEndpointConfigsResponse__Output>
        ListEndpointEventsRequest: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointEventsRequest, _modelserve_registry_v1_ListEndpointEventsRequest__Output>
        ListEndpointEventsResponse: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointEventsResponse, _modelserve_registry_v1_ListEndpointEventsResponse__Output>
        ListEndpointsRequest: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointsRequest, _modelserve_registry_v1_ListEndpointsRequest__Output>
        ListEndpointsResponse: MessageTypeDefinition<_modelserve_registry_v1_ListEndpointsResponse, _modelserve_registry_v1_ListEndpointsResponse__Output>
        ListModelVersionsRequest: MessageTypeDefinition<_modelserve_registry_v1_ListModelVersionsRequest, _modelserve_registry_v1_ListModelVersionsRequest__Output>
        ListModelVersionsResponse: MessageTypeDefinition<_modelserve_registry_v1_ListModelVersionsResponse, _modelserve_registry_v1_ListModelVersionsResponse__Output>
        ListModelsRequest: MessageTypeDefinition<_modelserve_registry_v1_ListModelsRequest, _modelserve_registry_v1_ListModelsRequest__Output>
        ListModelsResponse: MessageTypeDefinition<_modelserve_registry_v1_ListModelsResponse, _modelserve_registry_v1_ListModelsResponse__Output>
        Model: MessageTypeDefinition<_modelserve_registry_v1_Model, _modelserve_registry_v1_Model__Output>
        ModelRunFigures: MessageTypeDefinition<_modelserve_registry_v1_ModelRunFigures, _modelserve_registry_v1_ModelRunFigures__Output>
        ModelVersion: MessageTypeDefinition<_modelserve_registry_v1_ModelVersion, _modelserve_registry_v1_ModelVersion__Output>
        QualitySpec: MessageTypeDefinition<_modelserve_registry_v1_QualitySpec, _modelserve_registry_v1_QualitySpec__Output>
        Quantiles: MessageTypeDefinition<_modelserve_registry_v1_Quantiles, _modelserve_registry_v1_Quantiles__Output>
        RegisterModelVersionRequest: MessageTypeDefinition<_modelserve_registry_v1_RegisterModelVersionRequest, _modelserve_registry_v1_RegisterModelVersionRequest__Output>
        Registry: SubtypeConstructor<typeof grpc.Client, _modelserve_registry_v1_RegistryClient> & { service: _modelserve_registry_v1_RegistryDefinition }
        RollbackEndpointRequest: MessageTypeDefinition<_modelserve_registry_v1_RollbackEndpointRequest, _modelserve_registry_v1_RollbackEndpointRequest__Output>
        RoutingTable: MessageTypeDefinition<_modelserve_registry_v1_RoutingTable, _modelserve_registry_v1_RoutingTable__Output>
        SageMakerFields: MessageTypeDefinition<_modelserve_registry_v1_SageMakerFields, _modelserve_registry_v1_SageMakerFields__Output>
        SetModelAliasRequest: MessageTypeDefinition<_modelserve_registry_v1_SetModelAliasRequest, _modelserve_registry_v1_SetModelAliasRequest__Output>
        TrafficReport: MessageTypeDefinition<_modelserve_registry_v1_TrafficReport, _modelserve_registry_v1_TrafficReport__Output>
        TrafficReportResponse: MessageTypeDefinition<_modelserve_registry_v1_TrafficReportResponse, _modelserve_registry_v1_TrafficReportResponse__Output>
        TrainingLineage: MessageTypeDefinition<_modelserve_registry_v1_TrainingLineage, _modelserve_registry_v1_TrainingLineage__Output>
        UpdateEndpointRequest: MessageTypeDefinition<_modelserve_registry_v1_UpdateEndpointRequest, _modelserve_registry_v1_UpdateEndpointRequest__Output>
        UpdateEndpointVariantsRequest: MessageTypeDefinition<_modelserve_registry_v1_UpdateEndpointVariantsRequest, _modelserve_registry_v1_UpdateEndpointVariantsRequest__Output>
        UpdateModelVersionRequest: MessageTypeDefinition<_modelserve_registry_v1_UpdateModelVersionRequest, _modelserve_registry_v1_UpdateModelVersionRequest__Output>
        UploadModelVersionRequest: MessageTypeDefinition<_modelserve_registry_v1_UploadModelVersionRequest, _modelserve_registry_v1_UploadModelVersionRequest__Output>
        VariantFigures: MessageTypeDefinition<_modelserve_registry_v1_VariantFigures, _modelserve_registry_v1_VariantFigures__Output>
        VariantFiguresSummary: MessageTypeDefinition<_modelserve_registry_v1_VariantFiguresSummary, _modelserve_registry_v1_VariantFiguresSummary__Output>
        VariantRoute: MessageTypeDefinition<_modelserve_registry_v1_VariantRoute, _modelserve_registry_v1_VariantRoute__Output>
        VariantSpec: MessageTypeDefinition<_modelserve_registry_v1_VariantSpec, _modelserve_registry_v1_VariantSpec__Output>
        VariantStatus: MessageTypeDefinition<_modelserve_registry_v1_VariantStatus, _modelserve_registry_v1_VariantStatus__Output>
        VariantTraffic: MessageTypeDefinition<_modelserve_registry_v1_VariantTraffic, _modelserve_registry_v1_VariantTraffic__Output>
        VariantUpdate: MessageTypeDefinition<_modelserve_registry_v1_VariantUpdate, _modelserve_registry_v1_VariantUpdate__Output>
        WatchRoutesRequest: MessageTypeDefinition<_modelserve_registry_v1_WatchRoutesRequest, _modelserve_registry_v1_WatchRoutesRequest__Output>
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

