// Original file: proto/modelserve/batch.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AsyncInvocation as _modelserve_batch_v1_AsyncInvocation, AsyncInvocation__Output as _modelserve_batch_v1_AsyncInvocation__Output } from '../../../modelserve/batch/v1/AsyncInvocation';
import type { AsyncInvocationRequest as _modelserve_batch_v1_AsyncInvocationRequest, AsyncInvocationRequest__Output as _modelserve_batch_v1_AsyncInvocationRequest__Output } from '../../../modelserve/batch/v1/AsyncInvocationRequest';
import type { JobName as _modelserve_batch_v1_JobName, JobName__Output as _modelserve_batch_v1_JobName__Output } from '../../../modelserve/batch/v1/JobName';
import type { ListJobsRequest as _modelserve_batch_v1_ListJobsRequest, ListJobsRequest__Output as _modelserve_batch_v1_ListJobsRequest__Output } from '../../../modelserve/batch/v1/ListJobsRequest';
import type { ListStreamJobsResponse as _modelserve_batch_v1_ListStreamJobsResponse, ListStreamJobsResponse__Output as _modelserve_batch_v1_ListStreamJobsResponse__Output } from '../../../modelserve/batch/v1/ListStreamJobsResponse';
import type { ListTransformJobsResponse as _modelserve_batch_v1_ListTransformJobsResponse, ListTransformJobsResponse__Output as _modelserve_batch_v1_ListTransformJobsResponse__Output } from '../../../modelserve/batch/v1/ListTransformJobsResponse';
import type { StreamJob as _modelserve_batch_v1_StreamJob, StreamJob__Output as _modelserve_batch_v1_StreamJob__Output } from '../../../modelserve/batch/v1/StreamJob';
import type { StreamJobSpec as _modelserve_batch_v1_StreamJobSpec, StreamJobSpec__Output as _modelserve_batch_v1_StreamJobSpec__Output } from '../../../modelserve/batch/v1/StreamJobSpec';
import type { TransformJob as _modelserve_batch_v1_TransformJob, TransformJob__Output as _modelserve_batch_v1_TransformJob__Output } from '../../../modelserve/batch/v1/TransformJob';
import type { TransformJobSpec as _modelserve_batch_v1_TransformJobSpec, TransformJobSpec__Output as _modelserve_batch_v1_TransformJobSpec__Output } from '../../../modelserve/batch/v1/TransformJobSpec';

export interface BatchClient extends grpc.Client {
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  CreateStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  createStreamJob(argument: _modelserve_batch_v1_StreamJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  CreateTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  createTransformJob(argument: _modelserve_batch_v1_TransformJobSpec, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  DeleteStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  deleteStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  GetStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  GetStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  getStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  GetTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  GetTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  getTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  InvokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  invokeEndpointAsync(argument: _modelserve_batch_v1_AsyncInvocationRequest, callback: grpc.requestCallback<_modelserve_batch_v1_AsyncInvocation__Output>): grpc.ClientUnaryCall;
  
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  ListStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  listStreamJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListStreamJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  listTransformJobs(argument: _modelserve_batch_v1_ListJobsRequest, callback: grpc.requestCallback<_modelserve_batch_v1_ListTransformJobsResponse__Output>): grpc.ClientUnaryCall;
  
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  PauseStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  pauseStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  ResumeStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  resumeStreamJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_StreamJob__Output>): grpc.ClientUnaryCall;
  
  StopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  StopTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  stopTransformJob(argument: _modelserve_batch_v1_JobName, callback: grpc.requestCallback<_modelserve_batch_v1_TransformJob__Output>): grpc.ClientUnaryCall;
  
}

export interface BatchHandlers extends grpc.UntypedServiceImplementation {
  CreateStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_StreamJobSpec__Output, _modelserve_batch_v1_StreamJob>;
  
  CreateTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_TransformJobSpec__Output, _modelserve_batch_v1_TransformJob>;
  
  DeleteStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  GetStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  GetTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob>;
  
  InvokeEndpointAsync: grpc.handleUnaryCall<_modelserve_batch_v1_AsyncInvocationRequest__Output, _modelserve_batch_v1_AsyncInvocation>;
  
  ListStreamJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListStreamJobsResponse>;
  
  ListTransformJobs: grpc.handleUnaryCall<_modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTransformJobsResponse>;
  
  PauseStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  ResumeStreamJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob>;
  
  StopTransformJob: grpc.handleUnaryCall<_modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob>;
  
}

export interface BatchDefinition extends grpc.ServiceDefinition {
  CreateStreamJob: MethodDefinition<_modelserve_batch_v1_StreamJobSpec, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_StreamJobSpec__Output, _modelserve_batch_v1_StreamJob__Output>
  CreateTransformJob: MethodDefinition<_modelserve_batch_v1_TransformJobSpec, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_TransformJobSpec__Output, _modelserve_batch_v1_TransformJob__Output>
  DeleteStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  GetStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  GetTransformJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob__Output>
  InvokeEndpointAsync: MethodDefinition<_modelserve_batch_v1_AsyncInvocationRequest, _modelserve_batch_v1_AsyncInvocation, _modelserve_batch_v1_AsyncInvocationRequest__Output, _modelserve_batch_v1_AsyncInvocation__Output>
  ListStreamJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListStreamJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListStreamJobsResponse__Output>
  ListTransformJobs: MethodDefinition<_modelserve_batch_v1_ListJobsRequest, _modelserve_batch_v1_ListTransformJobsResponse, _modelserve_batch_v1_ListJobsRequest__Output, _modelserve_batch_v1_ListTransformJobsResponse__Output>
  PauseStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  ResumeStreamJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_StreamJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_StreamJob__Output>
  StopTransformJob: MethodDefinition<_modelserve_batch_v1_JobName, _modelserve_batch_v1_TransformJob, _modelserve_batch_v1_JobName__Output, _modelserve_batch_v1_TransformJob__Output>
}
