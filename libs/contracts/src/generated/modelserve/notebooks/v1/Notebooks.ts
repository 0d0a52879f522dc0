// Original file: proto/modelserve/notebooks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNotebookInstanceRequest as _modelserve_notebooks_v1_CreateNotebookInstanceRequest, CreateNotebookInstanceRequest__Output as _modelserve_notebooks_v1_CreateNotebookInstanceRequest__Output } from '../../../modelserve/notebooks/v1/CreateNotebookInstanceRequest';
import type { CreateSignInTokenRequest as _modelserve_notebooks_v1_CreateSignInTokenRequest, CreateSignInTokenRequest__Output as _modelserve_notebooks_v1_CreateSignInTokenRequest__Output } from '../../../modelserve/notebooks/v1/CreateSignInTokenRequest';
import type { LifecycleConfig as _modelserve_notebooks_v1_LifecycleConfig, LifecycleConfig__Output as _modelserve_notebooks_v1_LifecycleConfig__Output } from '../../../modelserve/notebooks/v1/LifecycleConfig';
import type { LifecycleConfigName as _modelserve_notebooks_v1_LifecycleConfigName, LifecycleConfigName__Output as _modelserve_notebooks_v1_LifecycleConfigName__Output } from '../../../modelserve/notebooks/v1/LifecycleConfigName';
import type { ListLifecycleConfigsRequest as _modelserve_notebooks_v1_ListLifecycleConfigsRequest, ListLifecycleConfigsRequest__Output as _modelserve_notebooks_v1_ListLifecycleConfigsRequest__Output } from '../../../modelserve/notebooks/v1/ListLifecycleConfigsRequest';
import type { ListLifecycleConfigsResponse as _modelserve_notebooks_v1_ListLifecycleConfigsResponse, ListLifecycleConfigsResponse__Output as _modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output } from '../../../modelserve/notebooks/v1/ListLifecycleConfigsResponse';
import type { ListNotebookInstancesRequest as _modelserve_notebooks_v1_ListNotebookInstancesRequest, ListNotebookInstancesRequest__Output as _modelserve_notebooks_v1_ListNotebookInstancesRequest__Output } from '../../../modelserve/notebooks/v1/ListNotebookInstancesRequest';
import type { ListNotebookInstancesResponse as _modelserve_notebooks_v1_ListNotebookInstancesResponse, ListNotebookInstancesResponse__Output as _modelserve_notebooks_v1_ListNotebookInstancesResponse__Output } from '../../../modelserve/notebooks/v1/ListNotebookInstancesResponse';
import type { NotebookInstance as _modelserve_notebooks_v1_NotebookInstance, NotebookInstance__Output as _modelserve_notebooks_v1_NotebookInstance__Output } from '../../../modelserve/notebooks/v1/NotebookInstance';
import type { NotebookInstanceName as _modelserve_notebooks_v1_NotebookInstanceName, NotebookInstanceName__Output as _modelserve_notebooks_v1_NotebookInstanceName__Output } from '../../../modelserve/notebooks/v1/NotebookInstanceName';
import type { NotebookSession as _modelserve_notebooks_v1_NotebookSession, NotebookSession__Output as _modelserve_notebooks_v1_NotebookSession__Output } from '../../../modelserve/notebooks/v1/NotebookSession';
import type { OpenSessionRequest as _modelserve_notebooks_v1_OpenSessionRequest, OpenSessionRequest__Output as _modelserve_notebooks_v1_OpenSessionRequest__Output } from '../../../modelserve/notebooks/v1/OpenSessionRequest';
import type { ResolveSessionRequest as _modelserve_notebooks_v1_ResolveSessionRequest, ResolveSessionRequest__Output as _modelserve_notebooks_v1_ResolveSessionRequest__Output } from '../../../modelserve/notebooks/v1/ResolveSessionRequest';
import type { SessionTarget as _modelserve_notebooks_v1_SessionTarget, SessionTarget__Output as _modelserve_notebooks_v1_SessionTarget__Output } from '../../../modelserve/notebooks/v1/SessionTarget';
import type { SignInToken as _modelserve_notebooks_v1_SignInToken, SignInToken__Output as _modelserve_notebooks_v1_SignInToken__Output } from '../../../modelserve/notebooks/v1/SignInToken';
import type { UpdateNotebookInstanceRequest as _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, UpdateNotebookInstanceRequest__Output as _modelserve_notebooks_v1_UpdateNotebookInstanceRequest__Output } from '../../../modelserve/notebooks/v1/UpdateNotebookInstanceRequest';

export interface NotebooksClient extends grpc.Client {
  CreateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  CreateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  CreateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  CreateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  createLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  createLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  createLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  createLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  
  CreateNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  CreateNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  CreateNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  CreateNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  createNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  createNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  createNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  createNotebookInstance(argument: _modelserve_notebooks_v1_CreateNotebookInstanceRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
  CreateSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  CreateSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  CreateSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  CreateSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  createSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  createSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  createSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  createSignInToken(argument: _modelserve_notebooks_v1_CreateSignInTokenRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_SignInToken__Output>): grpc.ClientUnaryCall;
  
  DeleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  DeleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  DeleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  DeleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  deleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  deleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  deleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  deleteLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  
  DeleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  DeleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  DeleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  DeleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  deleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  deleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  deleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  deleteNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
  GetLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  GetLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  GetLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  GetLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  getLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  getLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  getLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  getLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfigName, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  
  GetNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  GetNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  GetNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  GetNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  getNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  getNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  getNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  getNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
  ListLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  listLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  listLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  listLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  listLifecycleConfigs(argument: _modelserve_notebooks_v1_ListLifecycleConfigsRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>): grpc.ClientUnaryCall;
  
  ListNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  listNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  listNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  listNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  listNotebookInstances(argument: _modelserve_notebooks_v1_ListNotebookInstancesRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>): grpc.ClientUnaryCall;
  
  OpenSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  OpenSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  OpenSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  OpenSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  openSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  openSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  openSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  openSession(argument: _modelserve_notebooks_v1_OpenSessionRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookSession__Output>): grpc.ClientUnaryCall;
  
  ResolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  ResolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  ResolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  ResolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  resolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  resolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  resolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  resolveSession(argument: _modelserve_notebooks_v1_ResolveSessionRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_SessionTarget__Output>): grpc.ClientUnaryCall;
  
  StartNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StartNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StartNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StartNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  startNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  startNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  startNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  startNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
  StopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  StopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  stopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  stopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  stopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  stopNotebookInstance(argument: _modelserve_notebooks_v1_NotebookInstanceName, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
  UpdateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  UpdateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  UpdateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  UpdateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  updateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  updateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  updateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  updateLifecycleConfig(argument: _modelserve_notebooks_v1_LifecycleConfig, callback: grpc.requestCallback<_modelserve_notebooks_v1_LifecycleConfig__Output>): grpc.ClientUnaryCall;
  
  UpdateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  UpdateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  UpdateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  UpdateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  updateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  updateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  updateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  updateNotebookInstance(argument: _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, callback: grpc.requestCallback<_modelserve_notebooks_v1_NotebookInstance__Output>): grpc.ClientUnaryCall;
  
}

export interface NotebooksHandlers extends grpc.UntypedServiceImplementation {
  CreateLifecycleConfig: grpc.handleUnaryCall<_modelserve_notebooks_v1_LifecycleConfig__Output, _modelserve_notebooks_v1_LifecycleConfig>;
  
  CreateNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_CreateNotebookInstanceRequest__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
  CreateSignInToken: grpc.handleUnaryCall<_modelserve_notebooks_v1_CreateSignInTokenRequest__Output, _modelserve_notebooks_v1_SignInToken>;
  
  DeleteLifecycleConfig: grpc.handleUnaryCall<_modelserve_notebooks_v1_LifecycleConfigName__Output, _modelserve_notebooks_v1_LifecycleConfig>;
  
  DeleteNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
  GetLifecycleConfig: grpc.handleUnaryCall<_modelserve_notebooks_v1_LifecycleConfigName__Output, _modelserve_notebooks_v1_LifecycleConfig>;
  
  GetNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
  ListLifecycleConfigs: grpc.handleUnaryCall<_modelserve_notebooks_v1_ListLifecycleConfigsRequest__Output, _modelserve_notebooks_v1_ListLifecycleConfigsResponse>;
  
  ListNotebookInstances: grpc.handleUnaryCall<_modelserve_notebooks_v1_ListNotebookInstancesRequest__Output, _modelserve_notebooks_v1_ListNotebookInstancesResponse>;
  
  OpenSession: grpc.handleUnaryCall<_modelserve_notebooks_v1_OpenSessionRequest__Output, _modelserve_notebooks_v1_NotebookSession>;
  
  ResolveSession: grpc.handleUnaryCall<_modelserve_notebooks_v1_ResolveSessionRequest__Output, _modelserve_notebooks_v1_SessionTarget>;
  
  StartNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
  StopNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
  UpdateLifecycleConfig: grpc.handleUnaryCall<_modelserve_notebooks_v1_LifecycleConfig__Output, _modelserve_notebooks_v1_LifecycleConfig>;
  
  UpdateNotebookInstance: grpc.handleUnaryCall<_modelserve_notebooks_v1_UpdateNotebookInstanceRequest__Output, _modelserve_notebooks_v1_NotebookInstance>;
  
}

export interface NotebooksDefinition extends grpc.ServiceDefinition {
  CreateLifecycleConfig: MethodDefinition<_modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfig__Output, _modelserve_notebooks_v1_LifecycleConfig__Output>
  CreateNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_CreateNotebookInstanceRequest, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_CreateNotebookInstanceRequest__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
  CreateSignInToken: MethodDefinition<_modelserve_notebooks_v1_CreateSignInTokenRequest, _modelserve_notebooks_v1_SignInToken, _modelserve_notebooks_v1_CreateSignInTokenRequest__Output, _modelserve_notebooks_v1_SignInToken__Output>
  DeleteLifecycleConfig: MethodDefinition<_modelserve_notebooks_v1_LifecycleConfigName, _modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfigName__Output, _modelserve_notebooks_v1_LifecycleConfig__Output>
  DeleteNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_NotebookInstanceName, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
  GetLifecycleConfig: MethodDefinition<_modelserve_notebooks_v1_LifecycleConfigName, _modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfigName__Output, _modelserve_notebooks_v1_LifecycleConfig__Output>
  GetNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_NotebookInstanceName, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
  ListLifecycleConfigs: MethodDefinition<_modelserve_notebooks_v1_ListLifecycleConfigsRequest, _modelserve_notebooks_v1_ListLifecycleConfigsResponse, _modelserve_notebooks_v1_ListLifecycleConfigsRequest__Output, _modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>
  ListNotebookInstances: MethodDefinition<_modelserve_notebooks_v1_ListNotebookInstancesRequest, _modelserve_notebooks_v1_ListNotebookInstancesResponse, _modelserve_notebooks_v1_ListNotebookInstancesRequest__Output, _modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>
  OpenSession: MethodDefinition<_modelserve_notebooks_v1_OpenSessionRequest, _modelserve_notebooks_v1_NotebookSession, _modelserve_notebooks_v1_OpenSessionRequest__Output, _modelserve_notebooks_v1_NotebookSession__Output>
  ResolveSession: MethodDefinition<_modelserve_notebooks_v1_ResolveSessionRequest, _modelserve_notebooks_v1_SessionTarget, _modelserve_notebooks_v1_ResolveSessionRequest__Output, _modelserve_notebooks_v1_SessionTarget__Output>
  StartNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_NotebookInstanceName, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
  StopNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_NotebookInstanceName, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_NotebookInstanceName__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
  UpdateLifecycleConfig: MethodDefinition<_modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfig__Output, _modelserve_notebooks_v1_LifecycleConfig__Output>
  UpdateNotebookInstance: MethodDefinition<_modelserve_notebooks_v1_UpdateNotebookInstanceRequest, _modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_UpdateNotebookInstanceRequest__Output, _modelserve_notebooks_v1_NotebookInstance__Output>
}
