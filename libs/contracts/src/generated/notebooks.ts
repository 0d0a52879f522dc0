import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNotebookInstanceRequest as _modelserve_notebooks_v1_CreateNotebookInstanceRequest, CreateNotebookInstanceRequest__Output as _modelserve_notebooks_v1_CreateNotebookInstanceRequest__Output } from './modelserve/notebooks/v1/CreateNotebookInstanceRequest';
import type { CreateSignInTokenRequest as _modelserve_notebooks_v1_CreateSignInTokenRequest, CreateSignInTokenRequest__Output as _modelserve_notebooks_v1_CreateSignInTokenRequest__Output } from './modelserve/notebooks/v1/CreateSignInTokenRequest';
import type { LifecycleConfig as _modelserve_notebooks_v1_LifecycleConfig, LifecycleConfig__Output as _modelserve_notebooks_v1_LifecycleConfig__Output } from './modelserve/notebooks/v1/LifecycleConfig';
import type { LifecycleConfigName as _modelserve_notebooks_v1_LifecycleConfigName, LifecycleConfigName__Output as _modelserve_notebooks_v1_LifecycleConfigName__Output } from './modelserve/notebooks/v1/LifecycleConfigName';
import type { ListLifecycleConfigsRequest as _modelserve_notebooks_v1_ListLifecycleConfigsRequest, ListLifecycleConfigsRequest__Output as _modelserve_notebooks_v1_ListLifecycleConfigsRequest__Output } from './modelserve/notebooks/v1/ListLifecycleConfigsRequest';
import type { ListLifecycleConfigsResponse as _modelserve_notebooks_v1_ListLifecycleConfigsResponse, ListLifecycleConfigsResponse__Output as _modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output } from './modelserve/notebooks/v1/ListLifecycleConfigsResponse';
import type { ListNotebookInstancesRequest as _modelserve_notebooks_v1_ListNotebookInstancesRequest, ListNotebookInstancesRequest__Output as _modelserve_notebooks_v1_ListNotebookInstancesRequest__Output } from './modelserve/notebooks/v1/ListNotebookInstancesRequest';
import type { ListNotebookInstancesResponse as _modelserve_notebooks_v1_ListNotebookInstancesResponse, ListNotebookInstancesResponse__Output as _modelserve_notebooks_v1_ListNotebookInstancesResponse__Output } from './modelserve/notebooks/v1/ListNotebookInstancesResponse';
import type { NotebookInstance as _modelserve_notebooks_v1_NotebookInstance, NotebookInstance__Output as _modelserve_notebooks_v1_NotebookInstance__Output } from './modelserve/notebooks/v1/NotebookInstance';
import type { NotebookInstanceName as _modelserve_notebooks_v1_NotebookInstanceName, NotebookInstanceName__Output as _modelserve_notebooks_v1_NotebookInstanceName__Output } from './modelserve/notebooks/v1/NotebookInstanceName';
import type { NotebookSession as _modelserve_notebooks_v1_NotebookSession, NotebookSession__Output as _modelserve_notebooks_v1_NotebookSession__Output } from './modelserve/notebooks/v1/NotebookSession';
import type { NotebooksClient as _modelserve_notebooks_v1_NotebooksClient, NotebooksDefinition as _modelserve_notebooks_v1_NotebooksDefinition } from './modelserve/notebooks/v1/Notebooks';
import type { OpenSessionRequest as _modelserve_notebooks_v1_OpenSessionRequest, OpenSessionRequest__Output as _modelserve_notebooks_v1_OpenSessionRequest__Output } from './modelserve/notebooks/v1/OpenSessionRequest';
import type { ResolveSessionRequest as _modelserve_notebooks_v1_ResolveSessionRequest, ResolveSessionRequest__Output as _modelserve_notebooks_v1_ResolveSessionRequest__Output } from './modelserve/notebooks/v1/ResolveSessionRequest';
import type { SessionTarget as _modelserve_notebooks_v1_SessionTarget, SessionTarget__Output as _modelserve_notebooks_v1_SessionTarget__Output } from './modelserve/notebooks/v1/SessionTarget';
import type { SignInToken as _modelserve_notebooks_v1_SignInToken, SignInToken__Output as _modelserve_notebooks_v1_SignInToken__Output } from './modelserve/notebooks/v1/SignInToken';
import type { UpdateNotebookInstanceRequest as _modelserve_notebooks_v1_UpdateNotebookInstanceRequest, UpdateNotebookInstanceRequest__Output as _modelserve_notebooks_v1_UpdateNotebookInstanceRequest__Output } from './modelserve/notebooks/v1/UpdateNotebookInstanceRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    notebooks: {
      v1: {
        CreateNotebookInstanceRequest: MessageTypeDefinition<_modelserve_notebooks_v1_CreateNotebookInstanceRequest, _modelserve_notebooks_v1_CreateNotebookInstanceRequest__Output>
        CreateSignInTokenRequest: MessageTypeDefinition<_modelserve_notebooks_v1_CreateSignInTokenRequest, _modelserve_notebooks_v1_CreateSignInTokenRequest__Output>
        LifecycleConfig: MessageTypeDefinition<_modelserve_notebooks_v1_LifecycleConfig, _modelserve_notebooks_v1_LifecycleConfig__Output>
        LifecycleConfigName: MessageTypeDefinition<_modelserve_notebooks_v1_LifecycleConfigName, _modelserve_notebooks_v1_LifecycleConfigName__Output>
        ListLifecycleConfigsRequest: MessageTypeDefinition<_modelserve_notebooks_v1_ListLifecycleConfigsRequest, _modelserve_notebooks_v1_ListLifecycleConfigsRequest__Output>
        ListLifecycleConfigsResponse: MessageTypeDefinition<_modelserve_notebooks_v1_ListLifecycleConfigsResponse, _modelserve_notebooks_v1_ListLifecycleConfigsResponse__Output>
        ListNotebookInstancesRequest: MessageTypeDefinition<_modelserve_notebooks_v1_ListNotebookInstancesRequest, _modelserve_notebooks_v1_ListNotebookInstancesRequest__Output>
        ListNotebookInstancesResponse: MessageTypeDefinition<_modelserve_notebooks_v1_ListNotebookInstancesResponse, _modelserve_notebooks_v1_ListNotebookInstancesResponse__Output>
        NotebookInstance: MessageTypeDefinition<_modelserve_notebooks_v1_NotebookInstance, _modelserve_notebooks_v1_NotebookInstance__Output>
        NotebookInstanceName: MessageTypeDefinition<_modelserve_notebooks_v1_NotebookInstanceName, _modelserve_notebooks_v1_NotebookInstanceName__Output>
        NotebookSession: MessageTypeDefinition<_modelserve_notebooks_v1_NotebookSession, _modelserve_notebooks_v1_NotebookSession__Output>
        Notebooks: SubtypeConstructor<typeof grpc.Client, _modelserve_notebooks_v1_NotebooksClient> & { service: _modelserve_notebooks_v1_NotebooksDefinition }
        OpenSessionRequest: MessageTypeDefinition<_modelserve_notebooks_v1_OpenSessionRequest, _modelserve_notebooks_v1_OpenSessionRequest__Output>
        ResolveSessionRequest: MessageTypeDefinition<_modelserve_notebooks_v1_ResolveSessionRequest, _modelserve_notebooks_v1_ResolveSessionRequest__Output>
        SessionTarget: MessageTypeDefinition<_modelserve_notebooks_v1_SessionTarget, _modelserve_notebooks_v1_SessionTarget__Output>
        SignInToken: MessageTypeDefinition<_modelserve_notebooks_v1_SignInToken, _modelserve_notebooks_v1_SignInToken__Output>
        UpdateNotebookInstanceRequest: MessageTypeDefinition<_modelserve_notebooks_v1_UpdateNotebookInstanceRequest, _modelserve_notebooks_v1_UpdateNotebookInstanceRequest__Output>
      }
    }
  }
}

