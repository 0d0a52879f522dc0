import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListTrainingJobsResponse as _modelserve_batch_v1_ListTrainingJobsResponse, ListTrainingJobsResponse__Output as _modelserve_batch_v1_ListTrainingJobsResponse__Output } from './modelserve/batch/v1/ListTrainingJobsResponse';
import type { MetricDefinition as _modelserve_batch_v1_MetricDefinition, MetricDefinition__Output as _modelserve_batch_v1_MetricDefinition__Output } from './modelserve/batch/v1/MetricDefinition';
import type { MetricSeries as _modelserve_batch_v1_MetricSeries, MetricSeries__Output as _modelserve_batch_v1_MetricSeries__Output } from './modelserve/batch/v1/MetricSeries';
import type { MetricValue as _modelserve_batch_v1_MetricValue, MetricValue__Output as _modelserve_batch_v1_MetricValue__Output } from './modelserve/batch/v1/MetricValue';
import type { ModelRegistration as _modelserve_batch_v1_ModelRegistration, ModelRegistration__Output as _modelserve_batch_v1_ModelRegistration__Output } from './modelserve/batch/v1/ModelRegistration';
import type { SecondaryStatusTransition as _modelserve_batch_v1_SecondaryStatusTransition, SecondaryStatusTransition__Output as _modelserve_batch_v1_SecondaryStatusTransition__Output } from './modelserve/batch/v1/SecondaryStatusTransition';
import type { TrainingAlgorithm as _modelserve_batch_v1_TrainingAlgorithm, TrainingAlgorithm__Output as _modelserve_batch_v1_TrainingAlgorithm__Output } from './modelserve/batch/v1/TrainingAlgorithm';
import type { TrainingChannel as _modelserve_batch_v1_TrainingChannel, TrainingChannel__Output as _modelserve_batch_v1_TrainingChannel__Output } from './modelserve/batch/v1/TrainingChannel';
import type { TrainingJob as _modelserve_batch_v1_TrainingJob, TrainingJob__Output as _modelserve_batch_v1_TrainingJob__Output } from './modelserve/batch/v1/TrainingJob';
import type { TrainingJobMetricsResponse as _modelserve_batch_v1_TrainingJobMetricsResponse, TrainingJobMetricsResponse__Output as _modelserve_batch_v1_TrainingJobMetricsResponse__Output } from './modelserve/batch/v1/TrainingJobMetricsResponse';
import type { TrainingJobSpec as _modelserve_batch_v1_TrainingJobSpec, TrainingJobSpec__Output as _modelserve_batch_v1_TrainingJobSpec__Output } from './modelserve/batch/v1/TrainingJobSpec';
import type { TrainingLogLine as _modelserve_batch_v1_TrainingLogLine, TrainingLogLine__Output as _modelserve_batch_v1_TrainingLogLine__Output } from './modelserve/batch/v1/TrainingLogLine';
import type { TrainingLogsRequest as _modelserve_batch_v1_TrainingLogsRequest, TrainingLogsRequest__Output as _modelserve_batch_v1_TrainingLogsRequest__Output } from './modelserve/batch/v1/TrainingLogsRequest';
import type { TrainingLogsResponse as _modelserve_batch_v1_TrainingLogsResponse, TrainingLogsResponse__Output as _modelserve_batch_v1_TrainingLogsResponse__Output } from './modelserve/batch/v1/TrainingLogsResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    batch: {
      v1: {
        ListTrainingJobsResponse: MessageTypeDefinition<_modelserve_batch_v1_ListTrainingJobsResponse, _modelserve_batch_v1_ListTrainingJobsResponse__Output>
        MetricDefinition: MessageTypeDefinition<_modelserve_batch_v1_MetricDefinition, _modelserve_batch_v1_MetricDefinition__Output>
        MetricSeries: MessageTypeDefinition<_modelserve_batch_v1_MetricSeries, _modelserve_batch_v1_MetricSeries__Output>
        MetricValue: MessageTypeDefinition<_modelserve_batch_v1_MetricValue, _modelserve_batch_v1_MetricValue__Output>
        ModelRegistration: MessageTypeDefinition<_modelserve_batch_v1_ModelRegistration, _modelserve_batch_v1_ModelRegistration__Output>
        SecondaryStatusTransition: MessageTypeDefinition<_modelserve_batch_v1_SecondaryStatusTransition, _modelserve_batch_v1_SecondaryStatusTransition__Output>
        TrainingAlgorithm: MessageTypeDefinition<_modelserve_batch_v1_TrainingAlgorithm, _modelserve_batch_v1_TrainingAlgorithm__Output>
        TrainingChannel: MessageTypeDefinition<_modelserve_batch_v1_TrainingChannel, _modelserve_batch_v1_TrainingChannel__Output>
        TrainingJob: MessageTypeDefinition<_modelserve_batch_v1_TrainingJob, _modelserve_batch_v1_TrainingJob__Output>
        TrainingJobMetricsResponse: MessageTypeDefinition<_modelserve_batch_v1_TrainingJobMetricsResponse, _modelserve_batch_v1_TrainingJobMetricsResponse__Output>
        TrainingJobSpec: MessageTypeDefinition<_modelserve_batch_v1_TrainingJobSpec, _modelserve_batch_v1_TrainingJobSpec__Output>
        TrainingLogLine: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogLine, _modelserve_batch_v1_TrainingLogLine__Output>
        TrainingLogsRequest: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogsRequest, _modelserve_batch_v1_TrainingLogsRequest__Output>
        TrainingLogsResponse: MessageTypeDefinition<_modelserve_batch_v1_TrainingLogsResponse, _modelserve_batch_v1_TrainingLogsResponse__Output>
      }
    }
  }
}

