// Original file: proto/modelserve/batch.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AlertRule as _modelserve_batch_v1_AlertRule, AlertRule__Output as _modelserve_batch_v1_AlertRule__Output } from '../../../modelserve/batch/v1/AlertRule';
import type { AlertRuleSpec as _modelserve_batch_v1_AlertRuleSpec, AlertRuleSpec__Output as _modelserve_batch_v1_AlertRuleSpec__Output } from '../../../modelserve/batch/v1/AlertRuleSpec';
import type { AsyncInvocation as _modelserve_batch_v1_AsyncInvocation, AsyncInvocation__Output as _modelserve_batch_v1_AsyncInvocation__Output } from '../../../modelserve/batch/v1/AsyncInvocation';
import type { AsyncInvocationRequest as _modelserve_batch_v1_AsyncInvocationRequest, AsyncInvocationRequest__Output as _modelserve_batch_v1_AsyncInvocationRequest__Output } from '../../../modelserve/batch/v1/AsyncInvocationRequest';
import type { BaselineJob as _modelserve_batch_v1_BaselineJob, BaselineJob__Output as _modelserve_batch_v1_BaselineJob__Output } from '../../../modelserve/batch/v1/BaselineJob';
import type { BaselineJobSpec as _modelserve_batch_v1_BaselineJobSpec, BaselineJobSpec__Output as _modelserve_batch_v1_BaselineJobSpec__Output } from '../../../modelserve/batch/v1/BaselineJobSpec';
import type { GroundTruthAccepted as _modelserve_batch_v1_GroundTruthAccepted, GroundTruthAccepted__Output as _modelserve_batch_v1_GroundTruthAccepted__Output } from '../../../modelserve/batch/v1/GroundTruthAccepted';
import type { GroundTruthBatch as _modelserve_batch_v1_GroundTruthBatch, GroundTruthBatch__Output as _modelserve_batch_v1_GroundTruthBatch__Output } from '../../../modelserve/batch/v1/GroundTruthBatch';
import type { JobName as _modelserve_batch_v1_JobName, JobName__Output as _modelserve_batch_v1_JobName__Output } from '../../../modelserve/batch/v1/JobName';
import type { ListAlertEventsRequest as _modelserve_batch_v1_ListAlertEventsRequest, ListAlertEventsRequest__Output as _modelserve_batch_v1_ListAlertEventsRequest__Output } from '../../../modelserve/batch/v1/ListAlertEventsRequest';
import type { ListAlertEventsResponse as _modelserve_batch_v1_ListAlertEventsResponse, ListAlertEventsResponse__Output as _modelserve_batch_v1_ListAlertEventsResponse__Output } from '../../../modelserve/batch/v1/ListAlertEventsResponse';
import type { ListAlertRulesResponse as _modelserve_batch_v1_ListAlertRulesResponse, ListAlertRulesResponse__Output as _modelserve_batch_v1_ListAlertRulesResponse__Output } from '../../../modelserve/batch/v1/ListAlertRulesResponse';
import type { ListBaselineJobsResponse as _modelserve_batch_v1_ListBaselineJobsResponse, ListBaselineJobsResponse__Output as _modelserve_batch_v1_ListBaselineJobsResponse__Output } from '../../../modelserve/batch/v1/ListBaselineJobsResponse';
import type { ListJobsRequest as _modelserve_batch_v1_ListJobsRequest, ListJobsRequest__Output as _modelserve_batch_v1_ListJobsRequest__Output } from '../../../modelserve/batch/v1/ListJobsRequest';
import type { ListMonitoringExecutionsRequest as _modelserve_batch_v1_ListMonitoringExecutionsRequest, ListMonitoringExecutionsRequest__Output as _modelserve_batch_v1_ListMonitoringExecutionsRequest__Output } from '../../../modelserve/batch/v1/ListMonitoringExecutionsRequest';
import type { ListMonitoringExecutionsResponse as _modelserve_batch_v1_ListMonitoringExecutionsResponse, ListMonitoringExecutionsResponse__Output as _modelserve_batch_v1_ListMonitoringExecutionsResponse__Output } from '../../../modelserve/batch/v1/ListMonitoringExecutionsResponse';
import type { ListMonitoringSchedulesRequest as _modelserve_batch_v1_ListMonitoringSchedulesRequest, ListMonitoringSchedulesRequest__Output as _modelserve_batch_v1_ListMonitoringSchedulesRequest__Output } from '../../../modelserve/batch/v1/ListMonitoringSchedulesRequest';
import type { ListMonitoringSchedulesResponse as _modelserve_batch_v1_ListMonitoringSchedulesResponse, ListMonitoringSchedulesResponse__Output as _modelserve_batch_v1_ListMonitoringSchedulesResponse__Output } from '../../../modelserve/batch/v1/ListMonitoringSchedulesResponse';
import type { ListStreamJobsResponse as _modelserve_batch_v1_ListStreamJobsResponse, ListStreamJobsResponse__Output as _modelserve_batch_v1_ListStreamJobsResponse__Output } from '../../../modelserve/batch/v1/ListStreamJobsResponse';
import type { ListTrainingJobsResponse as _modelserve_batch_v1_ListTrainingJobsResponse, ListTrainingJobsResponse__Output as _modelserve_batch_v1_ListTrainingJobsResponse__Output } from '../../../modelserve/batch/v1/ListTrainingJobsResponse';
import type { ListTransformJobsResponse as _modelserve_batch_v1_ListTransformJobsResponse, ListTransformJobsResponse__Output as _modelserve_batch_v1_ListTransformJobsResponse__Output } from '../../../modelserve/batch/v1/ListTransformJobsResponse';
import type { ListTuningJobsResponse as _modelserve_batch_v1_ListTuningJobsResponse, ListTuningJobsResponse__Output as _modelserve_batch_v1_ListTuningJobsResponse__Output } from '../../../modelserve/batch/v1/ListTuningJobsResponse';
import type { LoadGroundTruthRequest as _modelserve_batch_v1_LoadGroundTruthRequest, LoadGroundTruthRequest__Output as _modelserve_batch_v1_LoadGroundTruthRequest__Output } from '../../../modelserve/batch/v1/LoadGroundTruthRequest';
import type { MonitoringExecution as _modelserve_batch_v1_MonitoringExecution, MonitoringExecution__Output as _modelserve_batch_v1_MonitoringExecution__Output } from '../../../modelserve/batch/v1/MonitoringExecution';
import type { MonitoringSchedule as _modelserve_batch_v1_MonitoringSchedule, MonitoringSchedule__Output as _modelserve_batch_v1_MonitoringSchedule__Output } from '../../../modelserve/batch/v1/MonitoringSchedule';
import type { MonitoringScheduleSpec as _modelserve_batch_v1_MonitoringScheduleSpec, MonitoringScheduleSpec__Output as _modelserve_batch_v1_MonitoringScheduleSpec__Output } from '../../../modelserve/batch/v1/MonitoringScheduleSpec';
import type { QualityReport as _modelserve_batch_v1_QualityReport, QualityReport__Output as _modelserve_batch_v1_QualityReport__Output } from '../../../modelserve/batch/v1/QualityReport';
import type { QualityReportRequest as _modelserve_batch_v1_QualityReportRequest, QualityReportRequest__Output as _modelserve_batch_v1_QualityReportRequest__Output } from '../../../modelserve/batch/v1/QualityReportRequest';
import type { RegisterBestModelRequest as _modelserve_batch_v1_RegisterBestModelRequest, RegisterBestModelRequest__Output as _modelserve_batch_v1_RegisterBestModelRequest__Output } from '../../../modelserve/batch/v1/RegisterBestModelRequest';
import type { RegisteredBestModel as _modelserve_batch_v1_RegisteredBestModel, RegisteredBestModel__Output as _modelserve_batch_v1_RegisteredBestModel__Output } from '../../../modelserve/batch/v1/RegisteredBestModel';
import type { StreamJob as _modelserve_batch_v1_StreamJob, StreamJob__Output as _modelserve_batch_v1_StreamJob__Output } from '../../../modelserve/batch/v1/StreamJob';
import type { StreamJobSpec as _modelserve_batch_v1_StreamJobSpec, StreamJobSpec__Output as _modelserve_batch_v1_StreamJobSpec__Output } from '../../../modelserve/batch/v1/StreamJobSpec';
import type { TrainingJob as _modelserve_batch_v1_TrainingJob, TrainingJob__Output as _modelserve_batch_v1_TrainingJob__Output } from '../../../modelserve/batch/v1/TrainingJob';
import type { TrainingJobMetricsResponse as _modelserve_batch_v1_TrainingJobMetricsResponse, TrainingJobMetricsResponse__Output as _modelserve_batch_v1_TrainingJobMetricsResponse__Output } from '../../../modelserve/batch/v1/TrainingJobMetricsResponse';
import type { TrainingJobSpec as _modelserve_batch_v1_TrainingJobSpec, TrainingJobSpec__Output as _modelserve_batch_v1_TrainingJobSpec__Output } from '../../../modelserve/batch/v1/TrainingJobSpec';
import type { TrainingLogsRequest as _modelserve_batch_v1_TrainingLogsRequest, TrainingLogsRequest__Output as _modelserve_batch_v1_TrainingLogsRequest__Output } from '../../../modelserve/batch/v1/TrainingLogsRequest';
import type { TrainingLogsResponse as _modelserve_batch_v1_TrainingLogsResponse, TrainingLogsResponse__Output as _modelserve_batch_v1_TrainingLogsResponse__Output } from '../../../modelserve/batch/v1/TrainingLogsResponse';
import type { TransformJob as _modelserve_batch_v1_TransformJob, TransformJob__Output as _modelserve_batch_v1_TransformJob__Output } from '../../../modelserve/batch/v1/TransformJob';
import type { TransformJobSpec as _modelserve_batch_v1_TransformJobSpec, TransformJobSpec__Output as _modelserve_batch_v1_TransformJobSpec__Output } from '../../../modelserve/batch/v1/TransformJobSpec';
import type { TuningJob as _modelserve_batch_v1_TuningJob, TuningJob__Output as _modelserve_batch_v1_TuningJob__Output } from '../../../modelserve/batch/v1/TuningJob';
import type { TuningJobSpec as _modelserve_batch_v1_TuningJobSpec, TuningJobSpec__Output as _modelserve_batch_v1_TuningJobSpec__Output } from '../../../modelserve/batch/v1/TuningJobSpec';

export interface BatchClient extends grpc.Client {
  CreateAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  CreateAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  CreateAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  CreateAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  createAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  createAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  createAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  createAlertRule(argument: _modelserve_batch_v1_AlertRuleSpec, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  
  CreateBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  CreateBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  CreateBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  CreateBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  createBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  createBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  createBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  createBaselineJob(argument: _modelserve_batch_v1_BaselineJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  
  CreateMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  CreateMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  CreateMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  CreateMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  createMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  createMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  createMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  createMonitoringSchedule(argument: _modelserve_batch_v1_MonitoringScheduleSpec, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  CreateTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _modelserve_batch_v1_TrainingJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
  CreateTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  CreateTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  CreateTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  CreateTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  createTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  createTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  createTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  createTuningJob(argument: _modelserve_batch_v1_TuningJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  
  DeleteAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  
  DeleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  DeleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  DeleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  DeleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  deleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  deleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  deleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  deleteMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  GetAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  GetAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  GetAlertRule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  GetAlertRule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  getAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  getAlertRule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  getAlertRule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  getAlertRule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  
  GetBaselineJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  GetBaselineJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  GetBaselineJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  GetBaselineJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  getBaselineJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  getBaselineJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  getBaselineJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  getBaselineJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_BaselineJob__Output>): grpc.ClientUnaryCall;
  
  GetMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  GetMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  GetMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  GetMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  getMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  getMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  getMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  getMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringSchedule__Output>): grpc.ClientUnaryCall;
  
  GetQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  GetQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  GetQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  GetQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  getQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  getQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  getQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  getQualityReport(argument: _modelserve_batch_v1_QualityReportRequest, callback: grpc.requestCallback<_modelserve_batch_v1_QualityReport__Output>): grpc.ClientUnaryCall;
  
  GetStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  GetTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  GetTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobLogs(argument: _modelserve_batch_v1_TrainingLogsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingLogsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTrainingJobMetrics(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJobMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
  GetTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  GetTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  GetTuningJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  GetTuningJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  getTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  getTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  getTuningJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  getTuningJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  
  ListAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  listAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  listAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  listAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  listAlertEvents(argument: _modelserve_batch_v1_ListAlertEventsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  listBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  listBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  listBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  listBaselineJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListBaselineJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringExecutions(argument: _modelserve_batch_v1_ListMonitoringExecutionsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  ListMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  listMonitoringSchedules(argument: _modelserve_batch_v1_ListMonitoringSchedulesRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  listTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  listTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  listTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  listTuningJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTuningJobsResponse__Output>): grpc.ClientUnaryCall;
  
  LoadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  LoadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  LoadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  LoadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  loadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  loadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  loadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  loadGroundTruth(argument: _modelserve_batch_v1_LoadGroundTruthRequest, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  PutGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  PutGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  PutGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  PutGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  putGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  putGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  putGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  putGroundTruth(argument: _modelserve_batch_v1_GroundTruthBatch, callback: grpc.requestCallback<_modelserve_batch_v1_GroundTruthAccepted__Output>): grpc.ClientUnaryCall;
  
  RegisterBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  RegisterBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  RegisterBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  RegisterBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  registerBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  registerBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  registerBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  registerBestModel(argument: _modelserve_batch_v1_RegisterBestModelRequest, callback: grpc.requestCallback<_modelserve_batch_v1_RegisteredBestModel__Output>): grpc.ClientUnaryCall;
  
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  RunMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  RunMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  RunMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  RunMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  runMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  runMonitoringSchedule(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  runMonitoringSchedule(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  runMonitoringSchedule(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_MonitoringExecution__Output>): grpc.ClientUnaryCall;
  
  StopTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  StopTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  StopTrainingJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  StopTrainingJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  stopTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  stopTrainingJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  stopTrainingJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  stopTrainingJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  StopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
  StopTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  StopTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  StopTuningJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  StopTuningJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  stopTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  stopTuningJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  stopTuningJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  stopTuningJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TuningJob__Output>): grpc.ClientUnaryCall;
  
}

export interface BatchHandlers extends grpc.UntypedServiceImplementation {
  CreateAlertRule: grpc.handleUnaryCall<_modelserve_batch_v1_AlertRuleSpec__Output, _modelserve_batch_v1_AlertRule>;
  
  CreateBaselineJob: grpc.handleUnaryCall<_modelserve_batch_v1_BaselineJobSpec__Output, _modelserve_batch_v1_BaselineJob>;
  
  CreateMonitoringSchedule: grpc.handleUnaryCall<_modelserve_batch_v1_MonitoringScheduleSpec__Output, _modelserve_batch_v1_MonitoringSchedule>;
  
  CreateStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_StreamJobSpec__Output, _modelserve_batch_v1_StreamJob>;
  
  CreateTrainingJob: grpc.handleUnaryCall<_modelserve_batch_v1_TrainingJobSpec__Output, _modelserve_batch_v1_TrainingJob>;
  
  CreateTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_TransformJobSpec__Output, _modelserve_batch_v1_TransformJob>;
  
  CreateTuningJob: grpc.handleUnaryCall<_modelserve_batch_v1_TuningJobSpec__Output, _modelserve_batch_v1_TuningJob>;
  
  DeleteAlertRule: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_AlertRule>;
  
  DeleteMonitoringSchedule: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringSchedule>;
  
  DeleteStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  GetAlertRule: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_AlertRule>;
  
  GetBaselineJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_BaselineJob>;
  
  GetMonitoringSchedule: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringSchedule>;
  
  GetQualityReport: grpc.handleUnaryCall<_modelserve_batch_v1_QualityReportRequest__Output, _modelserve_batch_v1_QualityReport>;
  
  GetStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  GetTrainingJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJob>;
  
  GetTrainingJobLogs: grpc.handleUnaryCall<_modelserve_batch_v1_TrainingLogsRequest__Output, _modelserve_batch_v1_TrainingLogsResponse>;
  
  GetTrainingJobMetrics: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJobMetricsResponse>;
  
  GetTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob>;
  
  GetTuningJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TuningJob>;
  
  InvokeEndpointAsync: grpc.handleUnaryCall<_modelserve_batch_v1_AsyncInvocationRequest__Output, _modelserve_batch_v1_AsyncInvocation>;
  
  ListAlertEvents: grpc.handleUnaryCall<_modelserve_batch_v1_ListAlertEventsRequest__Output, _modelserve_batch_v1_ListAlertEventsResponse>;
  
  ListAlertRules: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListAlertRulesResponse>;
  
  ListBaselineJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListBaselineJobsResponse>;
  
  ListMonitoringExecutions: grpc.handleUnaryCall<_modelserve_batch_v1_ListMonitoringExecutionsRequest__Output, _modelserve_batch_v1_ListMonitoringExecutionsResponse>;
  
  ListMonitoringSchedules: grpc.handleUnaryCall<_modelserve_batch_v1_ListMonitoringSchedulesRequest__Output, _modelserve_batch_v1_ListMonitoringSchedulesResponse>;
  
  ListStreamJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListStreamJobsResponse>;
  
  ListTrainingJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTrainingJobsResponse>;
  
  ListTransformJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTransformJobsResponse>;
  
  ListTuningJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTuningJobsResponse>;
  
  LoadGroundTruth: grpc.handleUnaryCall<_modelserve_batch_v1_LoadGroundTruthRequest__Output, _modelserve_batch_v1_GroundTruthAccepted>;
  
  PauseStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  PutGroundTruth: grpc.handleUnaryCall<_modelserve_batch_v1_GroundTruthBatch__Output, _modelserve_batch_v1_GroundTruthAccepted>;
  
  RegisterBestModel: grpc.handleUnaryCall<_modelserve_batch_v1_RegisterBestModelRequest__Output, _modelserve_batch_v1_RegisteredBestModel>;
  
  ResumeStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  RunMonitoringSchedule: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringExecution>;
  
  StopTrainingJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJob>;
  
  StopTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob>;
  
  StopTuningJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TuningJob>;
  
}

export interface BatchDefinition extends grpc.ServiceDefinition {
  CreateAlertRule: MethodDefinition<_modelserve_batch_v1_AlertRuleSpec, _modelserve_batch_v1_AlertRule, _modelserve_batch_v1_AlertRuleSpec__Output, _modelserve_batch_v1_AlertRule__Output>
  CreateBaselineJob: MethodDefinition<_modelserve_batch_v1_BaselineJobSpec, _modelserve_batch_v1_BaselineJob, _modelserve_batch_v1_BaselineJobSpec__Output, _modelserve_batch_v1_BaselineJob__Output>
  CreateMonitoringSchedule: MethodDefinition<_modelserve_batch_v1_MonitoringScheduleSpec, _modelserve_batch_v1_MonitoringSchedule, _modelserve_batch_v1_MonitoringScheduleSpec__Output, _modelserve_batch_v1_MonitoringSchedule__Output>
  CreateStreamJob: MethodDefinition<_modelserve_batch_v1_StreamJobSpec, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_StreamJobSpec__Output, _modelserve_batch_v1_StreamJob__Output>
  CreateTrainingJob: MethodDefinition<_modelserve_batch_v1_TrainingJobSpec, _modelserve_batch_v1_TrainingJob, _modelserve_batch_v1_TrainingJobSpec__Output, _modelserve_batch_v1_TrainingJob__Output>
  CreateTransformJob: MethodDefinition<_modelserve_batch_v1_TransformJobSpec, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_TransformJobSpec__Output, _modelserve_batch_v1_TransformJob__Output>
  CreateTuningJob: MethodDefinition<_modelserve_batch_v1_TuningJobSpec, _modelserve_batch_v1_TuningJob, _modelserve_batch_v1_TuningJobSpec__Output, _modelserve_batch_v1_TuningJob__Output>
  DeleteAlertRule: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_AlertRule, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_AlertRule__Output>
  DeleteMonitoringSchedule: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_MonitoringSchedule, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringSchedule__Output>
  DeleteStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  GetAlertRule: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_AlertRule, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_AlertRule__Output>
  GetBaselineJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_BaselineJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_BaselineJob__Output>
  GetMonitoringSchedule: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_MonitoringSchedule, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringSchedule__Output>
  GetQualityReport: MethodDefinition<_modelserve_batch_v1_QualityReportRequest, _modelserve_batch_v1_QualityReport, _modelserve_batch_v1_QualityReportRequest__Output, _modelserve_batch_v1_QualityReport__Output>
  GetStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  GetTrainingJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TrainingJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJob__Output>
  GetTrainingJobLogs: MethodDefinition<_modelserve_batch_v1_TrainingLogsRequest, _modelserve_batch_v1_TrainingLogsResponse, _modelserve_batch_v1_TrainingLogsRequest__Output, _modelserve_batch_v1_TrainingLogsResponse__Output>
  GetTrainingJobMetrics: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TrainingJobMetricsResponse, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJobMetricsResponse__Output>
  GetTransformJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob__Output>
  GetTuningJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TuningJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TuningJob__Output>
  InvokeEndpointAsync: MethodDefinition<_modelserve_batch_v1_AsyncInvocationRequest, _modelserve_batch_v1_AsyncInvocation, _modelserve_batch_v1_AsyncInvocationRequest__Output, _modelserve_batch_v1_AsyncInvocation__Output>
  ListAlertEvents: MethodDefinition<_modelserve_batch_v1_ListAlertEventsRequest, _modelserve_batch_v1_ListAlertEventsResponse, _modelserve_batch_v1_ListAlertEventsRequest__Output, _modelserve_batch_v1_ListAlertEventsResponse__Output>
  ListAlertRules: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListAlertRulesResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListAlertRulesResponse__Output>
  ListBaselineJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListBaselineJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListBaselineJobsResponse__Output>
  ListMonitoringExecutions: MethodDefinition<_modelserve_batch_v1_ListMonitoringExecutionsRequest, _modelserve_batch_v1_ListMonitoringExecutionsResponse, _modelserve_batch_v1_ListMonitoringExecutionsRequest__Output, _modelserve_batch_v1_ListMonitoringExecutionsResponse__Output>
  ListMonitoringSchedules: MethodDefinition<_modelserve_batch_v1_ListMonitoringSchedulesRequest, _modelserve_batch_v1_ListMonitoringSchedulesResponse, _modelserve_batch_v1_ListMonitoringSchedulesRequest__Output, _modelserve_batch_v1_ListMonitoringSchedulesResponse__Output>
  ListStreamJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListStreamJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListStreamJobsResponse__Output>
  ListTrainingJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListTrainingJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTrainingJobsResponse__Output>
  ListTransformJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListTransformJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTransformJobsResponse__Output>
  ListTuningJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListTuningJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTuningJobsResponse__Output>
  LoadGroundTruth: MethodDefinition<_modelserve_batch_v1_LoadGroundTruthRequest, _modelserve_batch_v1_GroundTruthAccepted, _modelserve_batch_v1_LoadGroundTruthRequest__Output, _modelserve_batch_v1_GroundTruthAccepted__Output>
  PauseStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  PutGroundTruth: MethodDefinition<_modelserve_batch_v1_GroundTruthBatch, _modelserve_batch_v1_GroundTruthAccepted, _modelserve_batch_v1_GroundTruthBatch__Output, _modelserve_batch_v1_GroundTruthAccepted__Output>
  RegisterBestModel: MethodDefinition<_modelserve_batch_v1_RegisterBestModelRequest, _modelserve_batch_v1_RegisteredBestModel, _modelserve_batch_v1_RegisterBestModelRequest__Output, _modelserve_batch_v1_RegisteredBestModel__Output>
  ResumeStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  RunMonitoringSchedule: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_MonitoringExecution, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_MonitoringExecution__Output>
  StopTrainingJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TrainingJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TrainingJob__Output>
  StopTransformJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob__Output>
  StopTuningJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TuningJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TuningJob__Output>
}
