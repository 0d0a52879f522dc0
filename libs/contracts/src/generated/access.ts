import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccessClient as _modelserve_access_v1_AccessClient, AccessDefinition as _modelserve_access_v1_AccessDefinition } from './modelserve/access/v1/Access';
import type { ApiKey as _modelserve_access_v1_ApiKey, ApiKey__Output as _modelserve_access_v1_ApiKey__Output } from './modelserve/access/v1/ApiKey';
import type { AuditEvent as _modelserve_access_v1_AuditEvent, AuditEvent__Output as _modelserve_access_v1_AuditEvent__Output } from './modelserve/access/v1/AuditEvent';
import type { CreateApiKeyRequest as _modelserve_access_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _modelserve_access_v1_CreateApiKeyRequest__Output } from './modelserve/access/v1/CreateApiKeyRequest';
import type { DeleteApiKeyRequest as _modelserve_access_v1_DeleteApiKeyRequest, DeleteApiKeyRequest__Output as _modelserve_access_v1_DeleteApiKeyRequest__Output } from './modelserve/access/v1/DeleteApiKeyRequest';
import type { EndpointQuota as _modelserve_access_v1_EndpointQuota, EndpointQuota__Output as _modelserve_access_v1_EndpointQuota__Output } from './modelserve/access/v1/EndpointQuota';
import type { GetApiKeyRequest as _modelserve_access_v1_GetApiKeyRequest, GetApiKeyRequest__Output as _modelserve_access_v1_GetApiKeyRequest__Output } from './modelserve/access/v1/GetApiKeyRequest';
import type { GetEndpointQuotaRequest as _modelserve_access_v1_GetEndpointQuotaRequest, GetEndpointQuotaRequest__Output as _modelserve_access_v1_GetEndpointQuotaRequest__Output } from './modelserve/access/v1/GetEndpointQuotaRequest';
import type { IssuedApiKey as _modelserve_access_v1_IssuedApiKey, IssuedApiKey__Output as _modelserve_access_v1_IssuedApiKey__Output } from './modelserve/access/v1/IssuedApiKey';
import type { ListApiKeysRequest as _modelserve_access_v1_ListApiKeysRequest, ListApiKeysRequest__Output as _modelserve_access_v1_ListApiKeysRequest__Output } from './modelserve/access/v1/ListApiKeysRequest';
import type { ListApiKeysResponse as _modelserve_access_v1_ListApiKeysResponse, ListApiKeysResponse__Output as _modelserve_access_v1_ListApiKeysResponse__Output } from './modelserve/access/v1/ListApiKeysResponse';
import type { ListAuditEventsRequest as _modelserve_access_v1_ListAuditEventsRequest, ListAuditEventsRequest__Output as _modelserve_access_v1_ListAuditEventsRequest__Output } from './modelserve/access/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse as _modelserve_access_v1_ListAuditEventsResponse, ListAuditEventsResponse__Output as _modelserve_access_v1_ListAuditEventsResponse__Output } from './modelserve/access/v1/ListAuditEventsResponse';
import type { QuotaLimits as _modelserve_access_v1_QuotaLimits, QuotaLimits__Output as _modelserve_access_v1_QuotaLimits__Output } from './modelserve/access/v1/QuotaLimits';
import type { RecordAuditResponse as _modelserve_access_v1_RecordAuditResponse, RecordAuditResponse__Output as _modelserve_access_v1_RecordAuditResponse__Output } from './modelserve/access/v1/RecordAuditResponse';
import type { ResolveCredentialRequest as _modelserve_access_v1_ResolveCredentialRequest, ResolveCredentialRequest__Output as _modelserve_access_v1_ResolveCredentialRequest__Output } from './modelserve/access/v1/ResolveCredentialRequest';
import type { ResolvedCredential as _modelserve_access_v1_ResolvedCredential, ResolvedCredential__Output as _modelserve_access_v1_ResolvedCredential__Output } from './modelserve/access/v1/ResolvedCredential';
import type { RotateApiKeyRequest as _modelserve_access_v1_RotateApiKeyRequest, RotateApiKeyRequest__Output as _modelserve_access_v1_RotateApiKeyRequest__Output } from './modelserve/access/v1/RotateApiKeyRequest';
import type { SetEndpointQuotaRequest as _modelserve_access_v1_SetEndpointQuotaRequest, SetEndpointQuotaRequest__Output as _modelserve_access_v1_SetEndpointQuotaRequest__Output } from './modelserve/access/v1/SetEndpointQuotaRequest';
import type { SigV4Scope as _modelserve_access_v1_SigV4Scope, SigV4Scope__Output as _modelserve_access_v1_SigV4Scope__Output } from './modelserve/access/v1/SigV4Scope';
import type { TakeQuotaRequest as _modelserve_access_v1_TakeQuotaRequest, TakeQuotaRequest__Output as _modelserve_access_v1_TakeQuotaRequest__Output } from './modelserve/access/v1/TakeQuotaRequest';
import type { TakeQuotaResponse as _modelserve_access_v1_TakeQuotaResponse, TakeQuotaResponse__Output as _modelserve_access_v1_TakeQuotaResponse__Output } from './modelserve/access/v1/TakeQuotaResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    access: {
      v1: {
        Access: SubtypeConstructor<typeof grpc.Client, _modelserve_access_v1_AccessClient> & { service: _modelserve_access_v1_AccessDefinition }
        ApiKey: MessageTypeDefinition<_modelserve_access_v1_ApiKey, _modelserve_access_v1_ApiKey__Output>
        AuditEvent: MessageTypeDefinition<_modelserve_access_v1_AuditEvent, _modelserve_access_v1_AuditEvent__Output>
        CreateApiKeyRequest: MessageTypeDefinition<_modelserve_access_v1_CreateApiKeyRequest, _modelserve_access_v1_CreateApiKeyRequest__Output>
        DeleteApiKeyRequest: MessageTypeDefinition<_modelserve_access_v1_DeleteApiKeyRequest, _modelserve_access_v1_DeleteApiKeyRequest__Output>
        EndpointQuota: MessageTypeDefinition<_modelserve_access_v1_EndpointQuota, _modelserve_access_v1_EndpointQuota__Output>
        GetApiKeyRequest: MessageTypeDefinition<_modelserve_access_v1_GetApiKeyRequest, _modelserve_access_v1_GetApiKeyRequest__Output>
        GetEndpointQuotaRequest: MessageTypeDefinition<_modelserve_access_v1_GetEndpointQuotaRequest, _modelserve_access_v1_GetEndpointQuotaRequest__Output>
        IssuedApiKey: MessageTypeDefinition<_modelserve_access_v1_IssuedApiKey, _modelserve_access_v1_IssuedApiKey__Output>
        ListApiKeysRequest: MessageTypeDefinition<_modelserve_access_v1_ListApiKeysRequest, _modelserve_access_v1_ListApiKeysRequest__Output>
        ListApiKeysResponse: MessageTypeDefinition<_modelserve_access_v1_ListApiKeysResponse, _modelserve_access_v1_ListApiKeysResponse__Output>
        ListAuditEventsRequest: MessageTypeDefinition<_modelserve_access_v1_ListAuditEventsRequest, _modelserve_access_v1_ListAuditEventsRequest__Output>
        ListAuditEventsResponse: MessageTypeDefinition<_modelserve_access_v1_ListAuditEventsResponse, _modelserve_access_v1_ListAuditEventsResponse__Output>
        QuotaLimits: MessageTypeDefinition<_modelserve_access_v1_QuotaLimits, _modelserve_access_v1_QuotaLimits__Output>
        RecordAuditResponse: MessageTypeDefinition<_modelserve_access_v1_RecordAuditResponse, _modelserve_access_v1_RecordAuditResponse__Output>
        ResolveCredentialRequest: MessageTypeDefinition<_modelserve_access_v1_ResolveCredentialRequest, _modelserve_access_v1_ResolveCredentialRequest__Output>
        ResolvedCredential: MessageTypeDefinition<_modelserve_access_v1_ResolvedCredential, _modelserve_access_v1_ResolvedCredential__Output>
        RotateApiKeyRequest: MessageTypeDefinition<_modelserve_access_v1_RotateApiKeyRequest, _modelserve_access_v1_RotateApiKeyRequest__Output>
        SetEndpointQuotaRequest: MessageTypeDefinition<_modelserve_access_v1_SetEndpointQuotaRequest, _modelserve_access_v1_SetEndpointQuotaRequest__Output>
        SigV4Scope: MessageTypeDefinition<_modelserve_access_v1_SigV4Scope, _modelserve_access_v1_SigV4Scope__Output>
        TakeQuotaRequest: MessageTypeDefinition<_modelserve_access_v1_TakeQuotaRequest, _modelserve_access_v1_TakeQuotaRequest__Output>
        TakeQuotaResponse: MessageTypeDefinition<_modelserve_access_v1_TakeQuotaResponse, _modelserve_access_v1_TakeQuotaResponse__Output>
      }
    }
  }
}

