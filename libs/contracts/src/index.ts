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
export type { VariantFigures, VariantFigures__Output } from './generated/modelserve/registry/v1/VariantFigures';
export type { ModelRunFigures, ModelRunFigures__Output } from './generated/modelserve/registry/v1/ModelRunFigures';
export type { EndpointFigures, EndpointFigures__Output } from './generated/modelserve/registry/v1/EndpointFigures';
export type { Quantiles__Output } from './generated/modelserve/registry/v1/Quantiles';
export type { AsyncInvocation, AsyncInvocation__Output } from './generated/modelserve/batch/v1/AsyncInvocation';
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
export type { BatchClient, BatchHandlers } from './generated/modelserve/batch/v1/Batch';
export type { TransformJobSpec, TransformJobSpec__Output } from './generated/modelserve/batch/v1/TransformJobSpec';
export type { TransformJob, TransformJob__Output } from './generated/modelserve/batch/v1/TransformJob';
export type { TrainingJobSpec, TrainingJobSpec__Output } from './generated/modelserve/batch/v1/TrainingJobSpec';
export type { TrainingJob, TrainingJob__Output } from './generated/modelserve/batch/v1/TrainingJob';
export type { TrainingLogLine, TrainingLogLine__Output } from './generated/modelserve/batch/v1/TrainingLogLine';
export type { TuningJobSpec, TuningJobSpec__Output } from './generated/modelserve/batch/v1/TuningJobSpec';
export type { TuningJob, TuningJob__Output } from './generated/modelserve/batch/v1/TuningJob';
export type { TuningTrainingJob, TuningTrainingJob__Output } from './generated/modelserve/batch/v1/TuningTrainingJob';
export type { MetricValue, MetricValue__Output } from './generated/modelserve/batch/v1/MetricValue';
export type { SecondaryStatusTransition } from './generated/modelserve/batch/v1/SecondaryStatusTransition';
export type { TrainingLineage, TrainingLineage__Output } from './generated/modelserve/registry/v1/TrainingLineage';
export type { StreamJobSpec, StreamJobSpec__Output } from './generated/modelserve/batch/v1/StreamJobSpec';
export type { StreamJob, StreamJob__Output } from './generated/modelserve/batch/v1/StreamJob';
export type { PredictionTarget, PredictionTarget__Output } from './generated/modelserve/batch/v1/PredictionTarget';
export type { PartitionLag } from './generated/modelserve/batch/v1/PartitionLag';
export type { GroundTruthLabel, GroundTruthLabel__Output } from './generated/modelserve/batch/v1/GroundTruthLabel';
export type { GroundTruthBatch, GroundTruthBatch__Output } from './generated/modelserve/batch/v1/GroundTruthBatch';
export type { GroundTruthAccepted, GroundTruthAccepted__Output } from './generated/modelserve/batch/v1/GroundTruthAccepted';
export type { LoadGroundTruthRequest, LoadGroundTruthRequest__Output } from './generated/modelserve/batch/v1/LoadGroundTruthRequest';
export type { QualityReportRequest, QualityReportRequest__Output } from './generated/modelserve/batch/v1/QualityReportRequest';
export type { QualityReport, QualityReport__Output } from './generated/modelserve/batch/v1/QualityReport';
export type { VariantQuality, VariantQuality__Output } from './generated/modelserve/batch/v1/VariantQuality';
export type { ClassificationMetrics, ClassificationMetrics__Output } from './generated/modelserve/batch/v1/ClassificationMetrics';
export type { RegressionMetrics, RegressionMetrics__Output } from './generated/modelserve/batch/v1/RegressionMetrics';
export type { BaselineJobSpec, BaselineJobSpec__Output } from './generated/modelserve/batch/v1/BaselineJobSpec';
export type { BaselineJob, BaselineJob__Output } from './generated/modelserve/batch/v1/BaselineJob';
export type { DriftThresholds, DriftThresholds__Output } from './generated/modelserve/batch/v1/DriftThresholds';
export type { MonitoringScheduleSpec, MonitoringScheduleSpec__Output } from './generated/modelserve/batch/v1/MonitoringScheduleSpec';
export type { MonitoringSchedule, MonitoringSchedule__Output } from './generated/modelserve/batch/v1/MonitoringSchedule';
export type { MonitoringExecution, MonitoringExecution__Output } from './generated/modelserve/batch/v1/MonitoringExecution';
export type { Violation, Violation__Output } from './generated/modelserve/batch/v1/Violation';
export type { AlertRuleSpec, AlertRuleSpec__Output } from './generated/modelserve/batch/v1/AlertRuleSpec';
export type { AlertRule, AlertRule__Output } from './generated/modelserve/batch/v1/AlertRule';
export type { AlertEvent, AlertEvent__Output } from './generated/modelserve/batch/v1/AlertEvent';
export type {
  ListMonitoringExecutionsRequest,
  ListMonitoringExecutionsRequest__Output,
} from './generated/modelserve/batch/v1/ListMonitoringExecutionsRequest';
export type { ListAlertEventsRequest, ListAlertEventsRequest__Output } from './generated/modelserve/batch/v1/ListAlertEventsRequest';
export type {
  ListMonitoringSchedulesRequest,
  ListMonitoringSchedulesRequest__Output,
} from './generated/modelserve/batch/v1/ListMonitoringSchedulesRequest';
export type { QualitySpec, QualitySpec__Output } from './generated/modelserve/registry/v1/QualitySpec';
export type { AlarmState, AlarmState__Output } from './generated/modelserve/registry/v1/AlarmState';
export * from './model-infer-codec';
export type { BatchingSettings, BatchingSettings__Output } from './generated/modelserve/v1/BatchingSettings';
export type { RuntimeOptions, RuntimeOptions__Output } from './generated/modelserve/v1/RuntimeOptions';
export * from './requests';
export type { AccessClient, AccessHandlers } from './generated/modelserve/access/v1/Access';
export type { ApiKey, ApiKey__Output } from './generated/modelserve/access/v1/ApiKey';
export type { IssuedApiKey, IssuedApiKey__Output } from './generated/modelserve/access/v1/IssuedApiKey';
export type { QuotaLimits, QuotaLimits__Output } from './generated/modelserve/access/v1/QuotaLimits';
export type { AuditEvent, AuditEvent__Output } from './generated/modelserve/access/v1/AuditEvent';
export type { ResolvedCredential__Output } from './generated/modelserve/access/v1/ResolvedCredential';
export { captureHour, type CaptureRecord } from './capture-record';
