// Original file: proto/modelserve/access.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApiKey as _modelserve_access_v1_ApiKey, ApiKey__Output as _modelserve_access_v1_ApiKey__Output } from '../../../modelserve/access/v1/ApiKey';
import type { AuditEvent as _modelserve_access_v1_AuditEvent, AuditEvent__Output as _modelserve_access_v1_AuditEvent__Output } from '../../../modelserve/access/v1/AuditEvent';
import type { CreateApiKeyRequest as _modelserve_access_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _modelserve_access_v1_CreateApiKeyRequest__Output } from '../../../modelserve/access/v1/CreateApiKeyRequest';
import type { DeleteApiKeyRequest as _modelserve_access_v1_DeleteApiKeyRequest, DeleteApiKeyRequest__Output as _modelserve_access_v1_DeleteApiKeyRequest__Output } from '../../../modelserve/access/v1/DeleteApiKeyRequest';
import type { EndpointQuota as _modelserve_access_v1_EndpointQuota, EndpointQuota__Output as _modelserve_access_v1_EndpointQuota__Output } from '../../../modelserve/access/v1/EndpointQuota';
import type { GetApiKeyRequest as _modelserve_access_v1_GetApiKeyRequest, GetApiKeyRequest__Output as _modelserve_access_v1_GetApiKeyRequest__Output } from '../../../modelserve/access/v1/GetApiKeyRequest';
import type { GetEndpointQuotaRequest as _modelserve_access_v1_GetEndpointQuotaRequest, GetEndpointQuotaRequest__Output as _modelserve_access_v1_GetEndpointQuotaRequest__Output } from '../../../modelserve/access/v1/GetEndpointQuotaRequest';
import type { IssuedApiKey as _modelserve_access_v1_IssuedApiKey, IssuedApiKey__Output as _modelserve_access_v1_IssuedApiKey__Output } from '../../../modelserve/access/v1/IssuedApiKey';
import type { ListApiKeysRequest as _modelserve_access_v1_ListApiKeysRequest, ListApiKeysRequest__Output as _modelserve_access_v1_ListApiKeysRequest__Output } from '../../../modelserve/access/v1/ListApiKeysRequest';
import type { ListApiKeysResponse as _modelserve_access_v1_ListApiKeysResponse, ListApiKeysResponse__Output as _modelserve_access_v1_ListApiKeysResponse__Output } from '../../../modelserve/access/v1/ListApiKeysResponse';
import type { ListAuditEventsRequest as _modelserve_access_v1_ListAuditEventsRequest, ListAuditEventsRequest__Output as _modelserve_access_v1_ListAuditEventsRequest__Output } from '../../../modelserve/access/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse as _modelserve_access_v1_ListAuditEventsResponse, ListAuditEventsResponse__Output as _modelserve_access_v1_ListAuditEventsResponse__Output } from '../../../modelserve/access/v1/ListAuditEventsResponse';
import type { RecordAuditResponse as _modelserve_access_v1_RecordAuditResponse, RecordAuditResponse__Output as _modelserve_access_v1_RecordAuditResponse__Output } from '../../../modelserve/access/v1/RecordAuditResponse';
import type { ResolveCredentialRequest as _modelserve_access_v1_ResolveCredentialRequest, ResolveCredentialRequest__Output as _modelserve_access_v1_ResolveCredentialRequest__Output } from '../../../modelserve/access/v1/ResolveCredentialRequest';
import type { ResolvedCredential as _modelserve_access_v1_ResolvedCredential, ResolvedCredential__Output as _modelserve_access_v1_ResolvedCredential__Output } from '../../../modelserve/access/v1/ResolvedCredential';
import type { RotateApiKeyRequest as _modelserve_access_v1_RotateApiKeyRequest, RotateApiKeyRequest__Output as _modelserve_access_v1_RotateApiKeyRequest__Output } from '../../../modelserve/access/v1/RotateApiKeyRequest';
import type { SetEndpointQuotaRequest as _modelserve_access_v1_SetEndpointQuotaRequest, SetEndpointQuotaRequest__Output as _modelserve_access_v1_SetEndpointQuotaRequest__Output } from '../../../modelserve/access/v1/SetEndpointQuotaRequest';
import type { TakeQuotaRequest as _modelserve_access_v1_TakeQuotaRequest, TakeQuotaRequest__Output as _modelserve_access_v1_TakeQuotaRequest__Output } from '../../../modelserve/access/v1/TakeQuotaRequest';
import type { TakeQuotaResponse as _modelserve_access_v1_TakeQuotaResponse, TakeQuotaResponse__Output as _modelserve_access_v1_TakeQuotaResponse__Output } from '../../../modelserve/access/v1/TakeQuotaResponse';

export interface AccessClient extends grpc.Client {
  CreateApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _modelserve_access_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  
  DeleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  DeleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  DeleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  DeleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  deleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  deleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  deleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  deleteApiKey(argument: _modelserve_access_v1_DeleteApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  
  GetApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  GetApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  GetApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  GetApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  getApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  getApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  getApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  getApiKey(argument: _modelserve_access_v1_GetApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_ApiKey__Output>): grpc.ClientUnaryCall;
  
  GetEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  GetEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  GetEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  GetEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  getEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  getEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  getEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  getEndpointQuota(argument: _modelserve_access_v1_GetEndpointQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  
  ListApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _modelserve_access_v1_ListApiKeysRequest, callback: grpc.requestCallback<_modelserve_access_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _modelserve_access_v1_ListAuditEventsRequest, callback: grpc.requestCallback<_modelserve_access_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
  
  RecordAudit(argument: _modelserve_access_v1_AuditEvent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _modelserve_access_v1_AuditEvent, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _modelserve_access_v1_AuditEvent, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _modelserve_access_v1_AuditEvent, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _modelserve_access_v1_AuditEvent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _modelserve_access_v1_AuditEvent, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _modelserve_access_v1_AuditEvent, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _modelserve_access_v1_AuditEvent, callback: grpc.requestCallback<_modelserve_access_v1_RecordAuditResponse__Output>): grpc.ClientUnaryCall;
  
  ResolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  ResolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  ResolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  ResolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  resolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  resolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  resolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  resolveCredential(argument: _modelserve_access_v1_ResolveCredentialRequest, callback: grpc.requestCallback<_modelserve_access_v1_ResolvedCredential__Output>): grpc.ClientUnaryCall;
  
  RotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  RotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  RotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  RotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  rotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  rotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  rotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  rotateApiKey(argument: _modelserve_access_v1_RotateApiKeyRequest, callback: grpc.requestCallback<_modelserve_access_v1_IssuedApiKey__Output>): grpc.ClientUnaryCall;
  
  SetEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  SetEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  SetEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  SetEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  setEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  setEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  setEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  setEndpointQuota(argument: _modelserve_access_v1_SetEndpointQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_EndpointQuota__Output>): grpc.ClientUnaryCall;
  
  TakeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  TakeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  TakeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  TakeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  takeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  takeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  takeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  takeQuota(argument: _modelserve_access_v1_TakeQuotaRequest, callback: grpc.requestCallback<_modelserve_access_v1_TakeQuotaResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AccessHandlers extends grpc.UntypedServiceImplementation {
  CreateApiKey: grpc.handleUnaryCall<_modelserve_access_v1_CreateApiKeyRequest__Output, _modelserve_access_v1_IssuedApiKey>;
  
  DeleteApiKey: grpc.handleUnaryCall<_modelserve_access_v1_DeleteApiKeyRequest__Output, _modelserve_access_v1_ApiKey>;
  
  GetApiKey: grpc.handleUnaryCall<_modelserve_access_v1_GetApiKeyRequest__Output, _modelserve_access_v1_ApiKey>;
  
  GetEndpointQuota: grpc.handleUnaryCall<_modelserve_access_v1_GetEndpointQuotaRequest__Output, _modelserve_access_v1_EndpointQuota>;
  
  ListApiKeys: grpc.handleUnaryCall<_modelserve_access_v1_ListApiKeysRequest__Output, _modelserve_access_v1_ListApiKeysResponse>;
  
  ListAuditEvents: grpc.handleUnaryCall<_modelserve_access_v1_ListAuditEventsRequest__Output, _modelserve_access_v1_ListAuditEventsResponse>;
  
  RecordAudit: grpc.handleUnaryCall<_modelserve_access_v1_AuditEvent__Output, _modelserve_access_v1_RecordAuditResponse>;
  
  ResolveCredential: grpc.handleUnaryCall<_modelserve_access_v1_ResolveCredentialRequest__Output, _modelserve_access_v1_ResolvedCredential>;
  
  RotateApiKey: grpc.handleUnaryCall<_modelserve_access_v1_RotateApiKeyRequest__Output, _modelserve_access_v1_IssuedApiKey>;
  
  SetEndpointQuota: grpc.handleUnaryCall<_modelserve_access_v1_SetEndpointQuotaRequest__Output, _modelserve_access_v1_EndpointQuota>;
  
  TakeQuota: grpc.handleUnaryCall<_modelserve_access_v1_TakeQuotaRequest__Output, _modelserve_access_v1_TakeQuotaResponse>;
  
}

export interface AccessDefinition extends grpc.ServiceDefinition {
  CreateApiKey: MethodDefinition<_modelserve_access_v1_CreateApiKeyRequest, _modelserve_access_v1_IssuedApiKey, _modelserve_access_v1_CreateApiKeyRequest__Output, _modelserve_access_v1_IssuedApiKey__Output>
  DeleteApiKey: MethodDefinition<_modelserve_access_v1_DeleteApiKeyRequest, _modelserve_access_v1_ApiKey, _modelserve_access_v1_DeleteApiKeyRequest__Output, _modelserve_access_v1_ApiKey__Output>
  GetApiKey: MethodDefinition<_modelserve_access_v1_GetApiKeyRequest, _modelserve_access_v1_ApiKey, _modelserve_access_v1_GetApiKeyRequest__Output, _modelserve_access_v1_ApiKey__Output>
  GetEndpointQuota: MethodDefinition<_modelserve_access_v1_GetEndpointQuotaRequest, _modelserve_access_v1_EndpointQuota, _modelserve_access_v1_GetEndpointQuotaRequest__Output, _modelserve_access_v1_EndpointQuota__Output>
  ListApiKeys: MethodDefinition<_modelserve_access_v1_ListApiKeysRequest, _modelserve_access_v1_ListApiKeysResponse, _modelserve_access_v1_ListApiKeysRequest__Output, _modelserve_access_v1_ListApiKeysResponse__Output>
  ListAuditEvents: MethodDefinition<_modelserve_access_v1_ListAuditEventsRequest, _modelserve_access_v1_ListAuditEventsResponse, _modelserve_access_v1_ListAuditEventsRequest__Output, _modelserve_access_v1_ListAuditEventsResponse__Output>
  RecordAudit: MethodDefinition<_modelserve_access_v1_AuditEvent, _modelserve_access_v1_RecordAuditResponse, _modelserve_access_v1_AuditEvent__Output, _modelserve_access_v1_RecordAuditResponse__Output>
  ResolveCredential: MethodDefinition<_modelserve_access_v1_ResolveCredentialRequest, _modelserve_access_v1_ResolvedCredential, _modelserve_access_v1_ResolveCredentialRequest__Output, _modelserve_access_v1_ResolvedCredential__Output>
  RotateApiKey: MethodDefinition<_modelserve_access_v1_RotateApiKeyRequest, _modelserve_access_v1_IssuedApiKey, _modelserve_access_v1_RotateApiKeyRequest__Output, _modelserve_access_v1_IssuedApiKey__Output>
  SetEndpointQuota: MethodDefinition<_modelserve_access_v1_SetEndpointQuotaRequest, _modelserve_access_v1_EndpointQuota, _modelserve_access_v1_SetEndpointQuotaRequest__Output, _modelserve_access_v1_EndpointQuota__Output>
  TakeQuota: MethodDefinition<_modelserve_access_v1_TakeQuotaRequest, _modelserve_access_v1_TakeQuotaResponse, _modelserve_access_v1_TakeQuotaRequest__Output, _modelserve_access_v1_TakeQuotaResponse__Output>
}
