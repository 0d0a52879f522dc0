export * from './grpc';
export type { TensorSpec, TensorSpec__Output } from './generated/modelserve/v1/TensorSpec';
export type { ModelVersionRef, ModelVersionRef__Output } from './generated/modelserve/v1/ModelVersionRef';
export type { RegistryClient, RegistryHandlers } from './generated/modelserve/registry/v1/Registry';
export type { Model, Model__Output } from './generated/modelserve/registry/v1/Model';
export type { ModelVersion, ModelVersion__Output } from './generated/modelserve/registry/v1/ModelVersion';
export type {
  UploadModelVersionRequest,
  UploadModelVersionRequest__Output,
} from './generated/modelserve/registry/v1/UploadModelVersionRequest';
export type { EndpointConfig, EndpointConfig__Output } from './generated/modelserve/registry/v1/EndpointConfig';
export type { VariantSpec, VariantSpec__Output } from './generated/modelserve/registry/v1/VariantSpec';
export type { Endpoint, Endpoint__Output } from './generated/modelserve/registry/v1/Endpoint';
export type { VariantStatus } from './generated/modelserve/registry/v1/VariantStatus';
export type { RoutingTable, RoutingTable__Output } from './generated/modelserve/registry/v1/RoutingTable';
export type { EndpointRoute__Output } from './generated/modelserve/registry/v1/EndpointRoute';
export type { VariantRoute, VariantRoute__Output } from './generated/modelserve/registry/v1/VariantRoute';
export type { HeartbeatRequest__Output } from './generated/modelserve/registry/v1/HeartbeatRequest';
export type { WorkerControlClient, WorkerControlHandlers } from './generated/modelserve/worker/v1/WorkerControl';
export type { LoadModelRequest__Output } from './generated/modelserve/worker/v1/LoadModelRequest';
export type { LoadModelResponse, LoadModelResponse__Output } from './generated/modelserve/worker/v1/LoadModelResponse';
export type { GRPCInferenceServiceClient, GRPCInferenceServiceHandlers } from './generated/inference/GRPCInferenceService';
export type { ModelInferRequest, ModelInferRequest__Output } from './generated/inference/ModelInferRequest';
export type { ModelInferResponse, ModelInferResponse__Output } from './generated/inference/ModelInferResponse';
export type { InferTensorContents__Output } from './generated/inference/InferTensorContents';
export type { HeartbeatResponse__Output } from './generated/modelserve/registry/v1/HeartbeatResponse';
export type { VariantUpdate, VariantUpdate__Output } from './generated/modelserve/registry/v1/VariantUpdate';
export type { UpdateModelVersionRequest__Output } from './generated/modelserve/registry/v1/UpdateModelVersionRequest';
export type { EndpointEvent, EndpointEvent__Output } from './generated/modelserve/registry/v1/EndpointEvent';
export type { DataCapture, DataCapture__Output } from './generated/modelserve/registry/v1/DataCapture';
export type { DeploymentOptions__Output } from './generated/modelserve/registry/v1/DeploymentOptions';
export type { DeploymentStatus, DeploymentStatus__Output } from './generated/modelserve/registry/v1/DeploymentStatus';
export type { VariantTraffic } from './generated/modelserve/registry/v1/VariantTraffic';
