import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AlertEvent as _modelserve_batch_v1_AlertEvent, AlertEvent__Output as _modelserve_batch_v1_AlertEvent__Output } from './modelserve/batch/v1/AlertEvent';
import type { AlertRule as _modelserve_batch_v1_AlertRule, AlertRule__Output as _modelserve_batch_v1_AlertRule__Output } from './modelserve/batch/v1/AlertRule';
import type { AlertRuleSpec as _modelserve_batch_v1_AlertRuleSpec, AlertRuleSpec__Output as _modelserve_batch_v1_AlertRuleSpec__Output } from './modelserve/batch/v1/AlertRuleSpec';
import type { AsyncInvocation as _modelserve_batch_v1_AsyncInvocation, AsyncInvocation__Output as _modelserve_batch_v1_AsyncInvocation__Output } from './modelserve/batch/v1/AsyncInvocation';
import type { AsyncInvocationRequest as _modelserve_batch_v1_AsyncInvocationRequest, AsyncInvocationRequest__Output as _modelserve_batch_v1_AsyncInvocationRequest__Output } from './modelserve/batch/v1/AsyncInvocationRequest';
import type { BaselineJob as _modelserve_batch_v1_BaselineJob, BaselineJob__Output as _modelserve_batch_v1_BaselineJob__Output } from './modelserve/batch/v1/BaselineJob';
import type { BaselineJobSpec as _modelserve_batch_v1_BaselineJobSpec, BaselineJobSpec__Output as _modelserve_batch_v1_BaselineJobSpec__Output } from './modelserve/batch/v1/BaselineJobSpec';
import type { BatchClient as _modelserve_batch_v1_BatchClient, BatchDefinition as _modelserve_batch_v1_BatchDefinition } from './modelserve/batch/v1/Batch';
import type { CategoricalParameterRange as _modelserve_batch_v1_CategoricalParameterRange, CategoricalParameterRange__Output as _modelserve_batch_v1_CategoricalParameterRange__Output } from './modelserve/batch/v1/CategoricalParameterRange';
import type { ClassMetrics as _modelserve_batch_v1_ClassMetrics, ClassMetrics__Output as _modelserve_batch_v1_ClassMetrics__Output } from './modelserve/batch/v1/ClassMetrics';
import type { ClassificationMetrics as _modelserve_batch_v1_ClassificationMetrics, ClassificationMetrics__Output as _modelserve_batch_v1_ClassificationMetrics__Output } from './modelserve/batch/v1/ClassificationMetrics';
import type { ConfusionMatrix as _modelserve_batch_v1_ConfusionMatrix, ConfusionMatrix__Output as _modelserve_batch_v1_ConfusionMatrix__Output } from './modelserve/batch/v1/ConfusionMatrix';
import type { ConfusionRow as _modelserve_batch_v1_ConfusionRow, ConfusionRow__Output as _modelserve_batch_v1_ConfusionRow__Output } from './modelserve/batch/v1/ConfusionRow';
import type { ContinuousParameterRange as _modelserve_batch_v1_ContinuousParameterRange, ContinuousParameterRange__Output as _modelserve_batch_v1_ContinuousParameterRange__Output } from './modelserve/batch/v1/ContinuousParameterRange';
import type { DataProcessing as _modelserve_batch_v1_DataProcessing, DataProcessing__Output as _modelserve_batch_v1_DataProcessing__Output } from './modelserve/batch/v1/DataProcessing';
import type { DriftThresholds as _modelserve_batch_v1_DriftThresholds, DriftThresholds__Output as _modelserve_batch_v1_DriftThresholds__Output } from './modelserve/batch/v1/DriftThresholds';
import type { GroundTruthAccepted as _modelserve_batch_v1_GroundTruthAccepted, GroundTruthAccepted__Output as _modelserve_batch_v1_GroundTruthAccepted__Output } from './modelserve/batch/v1/GroundTruthAccepted';
import type { GroundTruthBatch as _modelserve_batch_v1_GroundTruthBatch, GroundTruthBatch__Output as _modelserve_batch_v1_GroundTruthBatch__Output } from './modelserve/batch/v1/GroundTruthBatch';
import type { GroundTruthLabel as _modelserve_batch_v1_GroundTruthLabel, GroundTruthLabel__Output as _modelserve_batch_v1_GroundTruthLabel__Output } from './modelserve/batch/v1/GroundTruthLabel';
import type { IntegerParameterRange as _modelserve_batch_v1_IntegerParameterRange, IntegerParameterRange__Output as _modelserve_batch_v1_IntegerParameterRange__Output } from './modelserve/batch/v1/IntegerParameterRange';
import type { JobName as _modelserve_batch_v1_JobName, JobName__Output as _modelserve_batch_v1_JobName__Output } from './modelserve/batch/v1/JobName';
import type { ListAlertEventsRequest as _modelserve_batch_v1_ListAlertEventsRequest, ListAlertEventsRequest__Output as _modelserve_batch_v1_ListAlertEventsRequest__Output } from './modelserve/batch/v1/ListAlertEventsRequest';
import type { ListAlertEventsResponse as _modelserve_batch_v1_ListAlertEventsResponse, ListAlertEventsResponse__Output as _modelserve_batch_v1_ListAlertEventsResponse__Output } from './modelserve/batch/v1/ListAlertEventsResponse';
import type { ListAlertRulesResponse as _modelserve_batch_v1_ListAlertRulesResponse, ListAlertRulesResponse__Output as _modelserve_batch_v1_ListAlertRulesResponse__Output } from './modelserve/batch/v1/ListAlertRulesResponse';
import type { ListBaselineJobsResponse as _modelserve_batch_v1_ListBaselineJobsResponse, ListBaselineJobsResponse__Output as _modelserve_batch_v1_ListBaselineJobsResponse__Output } from './modelserve/batch/v1/ListBaselineJobsResponse';
import type { ListJobsRequest as _modelserve_batch_v1_ListJobsRequest, ListJobsRequest__Output as _modelserve_batch_v1_ListJobsRequest__Output } from './modelserve/batch/v1/ListJobsRequest';
import type { ListMonitoringExecutionsRequest as _modelserve_batch_v1_ListMonitoringExecutionsRequest, ListMonitoringExecutionsRequest__Output as _modelserve_batch_v1_ListMonitoringExecutionsRequest__Output } from './modelserve/batch/v1/ListMonitoringExecutionsRequest';
import type { ListMonitoringExecutionsResponse as _modelserve_batch_v1_ListMonitoringExecutionsResponse, ListMonitoringExecutionsResponse__Output as _modelserve_batch_v1_ListMonitoringExecutionsResponse__Output } from './modelserve/batch/v1/ListMonitoringExecutionsResponse';
import type { ListMonitoringSchedulesRequest as _modelserve_batch_v1_ListMonitoringSchedulesRequest, ListMonitoringSchedulesRequest__Output as _modelserve_batch_v1_ListMonitoringSchedulesRequest__Output } from './modelserve/batch/v1/ListMonitoringSchedulesRequest';
import type { ListMonitoringSchedulesResponse as _modelserve_batch_v1_ListMonitoringSchedulesResponse, ListMonitoringSchedulesResponse__Output as _modelserve_batch_v1_ListMonitoringSchedulesResponse__Output } from './modelserve/batch/v1/ListMonitoringSchedulesResponse';
import type { ListStreamJobsResponse as _modelserve_batch_v1_ListStreamJobsResponse, ListStreamJobsResponse__Output as _modelserve_batch_v1_ListStreamJobsResponse__Output } from './modelserve/batch/v1/ListStreamJobsResponse';
import type { ListTrainingJobsResponse as _modelserve_batch_v1_ListTrainingJobsResponse, ListTrainingJobsResponse__Output as _modelserve_batch_v1_ListTrainingJobsResponse__Output } from './modelserve/batch/v1/ListTrainingJobsResponse';
import type { ListTransformJobsResponse as _modelserve_batch_v1_ListTransformJobsResponse, ListTransformJobsResponse__Output as _modelserve_batch_v1_ListTransformJobsResponse__Output } from './modelserve/batch/v1/ListTransformJobsResponse';
import type { ListTuningJobsResponse as _modelserve_batch_v1_ListTuningJobsResponse, ListTuningJobsResponse__Output as _modelserve_batch_v1_ListTuningJobsResponse__Output } from './modelserve/batch/v1/ListTuningJobsResponse';
import type { LoadGroundTruthRequest as _modelserve_batch_v1_LoadGroundTruthRequest, LoadGroundTruthRequest__Output as _modelserve_batch_v1_LoadGroundTruthRequest__Output } from './modelserve/batch/v1/LoadGroundTruthRequest';
import type { MetricDefinition as _modelserve_batch_v1_MetricDefinition, MetricDefinition__Output as _modelserve_batch_v1_MetricDefinition__Output } from './modelserve/batch/v1/MetricDefinition';
import type { MetricSeries as _modelserve_batch_v1_MetricSeries, MetricSeries__Output as _modelserve_batch_v1_MetricSeries__Output } from './modelserve/batch/v1/MetricSeries';
import type { MetricValue as _modelserve_batch_v1_MetricValue, MetricValue__Output as _modelserve_batch_v1_MetricValue__Output } from './modelserve/batch/v1/MetricValue';
import type { ModelRegistration as _modelserve_batch_v1_ModelRegistration, ModelRegistration__Output as _modelserve_batch_v1_ModelRegistration__Output } from './modelserve/batch/v1/ModelRegistration';
import type { MonitoringExecution as _modelserve_batch_v1_MonitoringExecution, MonitoringExecution__Output as _modelserve_batch_v1_MonitoringExecution__Output } from './modelserve/batch/v1/MonitoringExecution';
import type { MonitoringSchedule as _modelserve_batch_v1_MonitoringSchedule, MonitoringSchedule__Output as _modelserve_batch_v1_MonitoringSchedule__Output } from './modelserve/batch/v1/MonitoringSchedule';
import type { MonitoringScheduleSpec as _modelserve_batch_v1_MonitoringScheduleSpec, MonitoringScheduleSpec__Output as _modelserve_batch_v1_MonitoringScheduleSpec__Output } from './modelserve/batch/v1/MonitoringScheduleSpec';
import type { PartitionLag as _modelserve_batch_v1_PartitionLag, PartitionLag__Output as _modelserve_batch_v1_PartitionLag__Output } from './modelserve/batch/v1/PartitionLag';
import type { PredictionTarget as _modelserve_batch_v1_PredictionTarget, PredictionTarget__Output as _modelserve_batch_v1_PredictionTarget__Output } from './modelserve/batch/v1/PredictionTarget';
import type { QualityReport as _modelserve_batch_v1_QualityReport, QualityReport__Output as _modelserve_batch_v1_QualityReport__Output } from './modelserve/batch/v1/QualityReport';
import type { QualityReportRequest as _modelserve_batch_v1_QualityReportRequest, QualityReportRequest__Output as _modelserve_batch_v1_QualityReportRequest__Output } from './modelserve/batch/v1/QualityReportRequest';
import type { RegisterBestModelRequest as _modelserve_batch_v1_RegisterBestModelRequest, RegisterBestModelRequest__Output as _modelserve_batch_v1_RegisterBestModelRequest__Output } from './modelserve/batch/v1/RegisterBestModelRequest';
import type { RegisteredBestModel as _modelserve_batch_v1_RegisteredBestModel, RegisteredBestModel__Output as _modelserve_batch_v1_RegisteredBestModel__Output } from './modelserve/batch/v1/RegisteredBestModel';
import type { RegressionMetrics as _modelserve_batch_v1_RegressionMetrics, RegressionMetrics__Output as _modelserve_batch_v1_RegressionMetrics__Output } from './modelserve/batch/v1/RegressionMetrics';
import type { SecondaryStatusTransition as _modelserve_batch_v1_SecondaryStatusTransition, SecondaryStatusTransition__Output as _modelserve_batch_v1_SecondaryStatusTransition__Output } from './modelserve/batch/v1/SecondaryStatusTransition';
import type { StreamJob as _modelserve_batch_v1_StreamJob, StreamJob__Output as _modelserve_batch_v1_StreamJob__Output } from './modelserve/batch/v1/StreamJob';
import type { StreamJobSpec as _modelserve_batch_v1_StreamJobSpec, StreamJobSpec__Output as _modelserve_batch_v1_StreamJobSpec__Output } from './modelserve/batch/v1/StreamJobSpec';
import type { TrainingAlgorithm as _modelserve_batch_v1_TrainingAlgorithm, TrainingAlgorithm__Output as _modelserve_batch_v1_TrainingAlgorithm__Output } from './modelserve/batch/v1/TrainingAlgorithm';
import type { TrainingChannel as _modelserve_batch_v1_TrainingChannel, TrainingChannel__Output as _modelserve_batch_v1_TrainingChannel__Output } from './modelserve/batch/v1/TrainingChannel';
import type { TrainingJob as _modelserve_batch_v1_TrainingJob, TrainingJob__Output as _modelserve_batch_v1_TrainingJob__Output } from './modelserve/batch/v1/TrainingJob';
import type { TrainingJobMetricsResponse as _modelserve_batch_v1_TrainingJobMetricsResponse, TrainingJobMetricsResponse__Output as _modelserve_batch_v1_TrainingJobMetricsResponse__Output } from './modelserve/batch/v1/TrainingJobMetricsResponse';
import type { TrainingJobSpec as _modelserve_batch_v1_TrainingJobSpec, TrainingJobSpec__Output as _modelserve_batch_v1_TrainingJobSpec__Output } from './modelserve/batch/v1/TrainingJobSpec';
import type { TrainingLogLine as _modelserve_batch_v1_TrainingLogLine, TrainingLogLine__Output as _modelserve_batch_v1_TrainingLogLine__Output } from './modelserve/batch/v1/TrainingLogLine';
import type { TrainingLogsRequest as _modelserve_batch_v1_TrainingLogsRequest, TrainingLogsRequest__Output as _modelserve_batch_v1_TrainingLogsRequest__Output } from './modelserve/batch/v1/TrainingLogsRequest';
import type { TrainingLogsResponse as _modelserve_batch_v1_TrainingLogsResponse, TrainingLogsResponse__Output as _modelserve_batch_v1_TrainingLogsResponse__Output } from './modelserve/batch/v1/TrainingLogsResponse';
import type { TransformInput as _modelserve_batch_v1_TransformInput, TransformInput__Output as _modelserve_batch_v1_TransformInput__Output } from './modelserve/batch/v1/TransformInput';
import type { TransformJob as _modelserve_batch_v1_TransformJob, TransformJob__Output as _modelserve_batch_v1_TransformJob__Output } from './modelserve/batch/v1/TransformJob';
import type { TransformJobSpec as _modelserve_batch_v1_TransformJobSpec, TransformJobSpec__Output as _modelserve_batch_v1_TransformJobSpec__Output } from './modelserve/batch/v1/TransformJobSpec';
import type { TransformOutput as _modelserve_batch_v1_TransformOutput, TransformOutput__Output as _modelserve_batch_v1_TransformOutput__Output } from './modelserve/batch/v1/TransformOutput';
import type { TransformProgress as _modelserve_batch_v1_TransformProgress, TransformProgress__Output as _modelserve_batch_v1_TransformProgress__Output } from './modelserve/batch/v1/TransformProgress';
import type { TuningJob as _modelserve_batch_v1_TuningJob, TuningJob__Output as _modelserve_batch_v1_TuningJob__Output } from './modelserve/batch/v1/TuningJob';
import type { TuningJobSpec as _modelserve_batch_v1_TuningJobSpec, TuningJobSpec__Output as _modelserve_batch_v1_TuningJobSpec__Output } from './modelserve/batch/v1/TuningJobSpec';
import type { TuningObjective as _modelserve_batch_v1_TuningObjective, TuningObjective__Output as _modelserve_batch_v1_TuningObjective__Output } from './modelserve/batch/v1/TuningObjective';
import type { TuningTrainingJob as _modelserve_batch_v1_TuningTrainingJob, TuningTrainingJob__Output as _modelserve_batch_v1_TuningTrainingJob__Output } from './modelserve/batch/v1/TuningTrainingJob';
import type { VariantQuality as _modelserve_batch_v1_VariantQuality, VariantQuality__Output as _modelserve_batch_v1_VariantQuality__Output } from './modelserve/batch/v1/VariantQuality';
import type { Violation as _modelserve_batch_v1_Violation, Violation__Output as _modelserve_batch_v1_Violation__Output } from './modelserve/batch/v1/Violation';
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
        AlertEvent: MessageTypeDefinition<_modelserve_batch_v1_AlertEvent, _modelserve_batch_v1_AlertEvent__Output>
        AlertRule: MessageTypeDefinition<_modelserve_batch_v1_AlertRule, _modelserve_batch_v1_AlertRule__Output>
        AlertRuleSpec: MessageTypeDefinition<_modelserve_batch_v1_AlertRuleSpec, _modelserve_batch_v1_AlertRuleSpec__Output>
        AsyncInvocation: MessageTypeDefinition<_modelserve_batch_v1_AsyncInvocation, _modelserve_batch_v1_AsyncInvocation__Output>
        AsyncInvocationRequest: MessageTypeDefinition<_modelserve_batch_v1_AsyncInvocationRequest, _modelserve_batch_v1_AsyncInvocationRequest__Output>
        BaselineJob: MessageTypeDefinition<_modelserve_batch_v1_BaselineJob, _modelserve_batch_v1_BaselineJob__Output>
        BaselineJobSpec: MessageTypeDefinition<_modelserve_batch_v1_BaselineJobSpec, _modelserve_batch_v1_BaselineJobSpec__Output>
        Batch: SubtypeConstructor<typeof grpc.Client, _modelserve_batch_v1_BatchClient> & { service: _modelserve_batch_v1_BatchDefinition }
        CategoricalParameterRange: MessageTypeDefinition<_modelserve_batch_v1_CategoricalParameterRange, _modelserve_batch_v1_CategoricalParameterRange__Output>
        ClassMetrics: MessageTypeDefinition<_modelserve_batch_v1_ClassMetrics, _modelserve_batch_v1_ClassMetrics__Output>
        ClassificationMetrics: MessageTypeDefinition<_modelserve_batch_v1_ClassificationMetrics, _modelserve_batch_v1_ClassificationMetrics__Output>
        ConfusionMatrix: MessageTypeDefinition<_modelserve_batch_v1_ConfusionMatrix, _modelserve_batch_v1_ConfusionMatrix__Output>
        ConfusionRow: MessageTypeDefinition<_modelserve_batch_v1_ConfusionRow, _modelserve_batch_v1_ConfusionRow__Output>
        ContinuousParameterRange: MessageTypeDefinition<_modelserve_batch_v1_ContinuousParameterRange, _modelserve_batch_v1_ContinuousParameterRange__Output>
        DataProcessing: MessageTypeDefinition<_modelserve_batch_v1_DataProcessing, _modelserve_batch_v1_DataProcessing__Output>
        DriftThresholds: MessageTypeDefinition<_modelserve_batch_v1_DriftThresholds, _modelserve_batch_v1_DriftThresholds__Output>
        GroundTruthAccepted: MessageTypeDefinition<_modelserve_batch_v1_GroundTruthAccepted, _modelserve_batch_v1_GroundTruthAccepted__Output>
        GroundTruthBatch: MessageTypeDefinition<_modelserve_batch_v1_GroundTruthBatch, _modelserve_batch_v1_GroundTruthBatch__Output>
        GroundTruthLabel: MessageTypeDefinition<_modelserve_batch_v1_GroundTruthLabel, _modelserve_batch_v1_GroundTruthLabel__Output>
        IntegerParameterRange: MessageTypeDefinition<_modelserve_batch_v1_IntegerParameterRange, _modelserve_batch_v1_IntegerParameterRange__Output>
        JobName: MessageTypeDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_JobName__Output>
        ListAlertEventsRequest: MessageTypeDefinition<_modelserve_batch_v1_ListAlertEventsRequest, _modelserve_batch_v1_ListAlertEventsRequest__Output>
        ListAlertEventsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListAlertEventsResponse, _modelserve_batch_v1_ListAlertEventsResponse__Output>
        ListAlertRulesResponse: MessageTypeDefinition<_modelserve_batch_v1_ListAlertRulesResponse, _modelserve_batch_v1_ListAlertRulesResponse__Output>
        ListBaselineJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListBaselineJobsResponse, _modelserve_batch_v1_ListBaselineJobsResponse__Output>
        ListJobsRequest: MessageTypeDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListJobsRequest__Output>
        ListMonitoringExecutionsRequest: MessageTypeDefinition<_modelserve_batch_v1_ListMonitoringExecutionsRequest, _modelserve_batch_v1_ListMonitoringExecutionsRequest__Output>
        ListMonitoringExecutionsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListMonitoringExecutionsResponse, _modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>
        ListMonitoringSchedulesRequest: MessageTypeDefinition<_modelserve_batch_v1_ListMonitoringSchedulesRequest, _modelserve_batch_v1_ListMonitoringSchedulesRequest__Output>
        ListMonitoringSchedulesResponse: MessageTypeDefinition<_modelserve_batch_v1_ListMonitoringSchedulesResponse, _modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>
        ListStreamJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListStreamJobsResponse, _modelserve_batch_v1_ListStreamJobsResponse__Output>
        ListTrainingJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListTrainingJobsResponse, _modelserve_batch_v1_ListTrainingJobsResponse__Output>
        ListTransformJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListTransformJobsResponse, _modelserve_batch_v1_ListTransformJobsResponse__Output>
        ListTuningJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListTuningJobsResponse, _modelserve_batch_v1_ListTuningJobsResponse__Output>
        LoadGroundTruthRequest: MessageTypeDefinition<_modelserve_batch_v1_LoadGroundTruthRequest, _modelserve_batch_v1_LoadGroundTruthRequest__Output>
        MetricDefinition: MessageTypeDefinition<_modelserve_batch_v1_MetricDefinition, _modelserve_batch_v1_MetricDefinition__Output>
        MetricSeries: MessageTypeDefinition<_modelserve_batch_v1_MetricSeries, _modelserve_batch_v1_MetricSeries__Output>
        MetricValue: MessageTypeDefinition<_modelserve_batch_v1_MetricValue, _modelserve_batch_v1_MetricValue__Output>
        ModelRegistration: MessageTypeDefinition<_modelserve_batch_v1_ModelRegistration, _modelserve_batch_v1_ModelRegistration__Output>
        MonitoringExecution: MessageTypeDefinition<_modelserve_batch_v1_MonitoringExecution, _modelserve_batch_v1_MonitoringExecution__Output>
        MonitoringSchedule: MessageTypeDefinition<_modelserve_batch_v1_MonitoringSchedule, _modelserve_batch_v1_MonitoringSchedule__Output>
        MonitoringScheduleSpec: MessageTypeDefinition<_modelserve_batch_v1_MonitoringScheduleSpec, _modelserve_batch_v1_MonitoringScheduleSpec__Output>
        PartitionLag: MessageTypeDefinition<_modelserve_batch_v1_PartitionLag, _modelserve_batch_v1_PartitionLag__Output>
        PredictionTarget: MessageTypeDefinition<_modelserve_batch_v1_PredictionTarget, _modelserve_batch_v1_PredictionTarget__Output>
        QualityReport: MessageTypeDefinition<_modelserve_batch_v1_QualityReport, _modelserve_batch_v1_QualityReport__Output>
        QualityReportRequest: MessageTypeDefinition<_modelserve_batch_v1_QualityReportRequest, _modelserve_batch_v1_QualityReportRequest__Output>
        RegisterBestModelRequest: MessageTypeDefinition<_modelserve_batch_v1_RegisterBestModelRequest, _modelserve_batch_v1_RegisterBestModelRequest__Output>
        RegisteredBestModel: MessageTypeDefinition<_modelserve_batch_v1_RegisteredBestModel, _modelserve_batch_v1_RegisteredBestModel__Output>
        RegressionMetrics: MessageTypeDefinition<_modelserve_batch_v1_RegressionMetrics, _modelserve_batch_v1_RegressionMetrics__Output>
        SecondaryStatusTransition: MessageTypeDefinition<_modelserve_batch_v1_SecondaryStatusTransition, _modelserve_batch_v1_SecondaryStatusTransition__Output>
        StreamJob: MessageTypeDefinition<_modelserve_batch_v1_StreamJob, _modelserve_batch_v1_StreamJob__Output>
        StreamJobSpec: MessageTypeDefinition<_modelserve_batch_v1_StreamJobSpec, _modelserve_batch_v1_StreamJobSpec__Output>
        TrainingAlgorithm: MessageTypeDefinition<_modelserve_batch_v1_TrainingAlgorithm, _modelserve_batch_v1_TrainingAlgorithm__Output>
        TrainingChannel: MessageTypeDefinition<_modelserve_batch_v1_TrainingChannel, _modelserve_batch_v1_TrainingChannel__Output>
        TrainingJob: MessageTypeDefinition<_modelserve_batch_v1_TrainingJob, _modelserve_batch_v1_TrainingJob__Output>
        TrainingJobMetricsResponse: MessageTypeDefinition<_modelserve_batch_v1_TrainingJobMetricsResponse, _modelserve_batch_v1_TrainingJobMetricsResponse__Output>
        TrainingJobSpec: MessageTypeDefinition<_modelserve_batch_v1_TrainingJobSpec, _modelserve_batch_v1_TrainingJobSpec__Output>
        TrainingLogLine: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogLine, _modelserve_batch_v1_TrainingLogLine__Output>
        TrainingLogsRequest: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogsRequest, _modelserve_batch_v1_TrainingLogsRequest__Output>
        TrainingLogsResponse: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogsResponse, _modelserve_batch_v1_TrainingLogsResponse__Output>
        TransformInput: MessageTypeDefinition<_modelserve_batch_v1_TransformInput, _modelserve_batch_v1_TransformInput__Output>
        TransformJob: MessageTypeDefinition<_modelserve_batch_v1_TransformJob, _modelserve_batch_v1_TransformJob__Output>
        TransformJobSpec: MessageTypeDefinition<_modelserve_batch_v1_TransformJobSpec, _modelserve_batch_v1_TransformJobSpec__Output>
        TransformOutput: MessageTypeDefinition<_modelserve_batch_v1_TransformOutput, _modelserve_batch_v1_TransformOutput__Output>
        TransformProgress: MessageTypeDefinition<_modelserve_batch_v1_TransformProgress, _modelserve_batch_v1_TransformProgress__Output>
        TuningJob: MessageTypeDefinition<_modelserve_batch_v1_TuningJob, _modelserve_batch_v1_TuningJob__Output>
        TuningJobSpec: MessageTypeDefinition<_modelserve_batch_v1_TuningJobSpec, _modelserve_batch_v1_TuningJobSpec__Output>
        TuningObjective: MessageTypeDefinition<_modelserve_batch_v1_TuningObjective, _modelserve_batch_v1_TuningObjective__Output>
        TuningTrainingJob: MessageTypeDefinition<_modelserve_batch_v1_TuningTrainingJob, _modelserve_batch_v1_TuningTrainingJob__Output>
        VariantQuality: MessageTypeDefinition<_modelserve_batch_v1_VariantQuality, _modelserve_batch_v1_VariantQuality__Output>
        Violation: MessageTypeDefinition<_modelserve_batch_v1_Violation, _modelserve_batch_v1_Violation__Output>
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

