import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Api as _modelserve_functions_v1_Api, Api__Output as _modelserve_functions_v1_Api__Output } from './modelserve/functions/v1/Api';
import type { ApiRoute as _modelserve_functions_v1_ApiRoute, ApiRoute__Output as _modelserve_functions_v1_ApiRoute__Output } from './modelserve/functions/v1/ApiRoute';
import type { AppendFunctionLogsRequest as _modelserve_functions_v1_AppendFunctionLogsRequest, AppendFunctionLogsRequest__Output as _modelserve_functions_v1_AppendFunctionLogsRequest__Output } from './modelserve/functions/v1/AppendFunctionLogsRequest';
import type { AppendFunctionLogsResponse as _modelserve_functions_v1_AppendFunctionLogsResponse, AppendFunctionLogsResponse__Output as _modelserve_functions_v1_AppendFunctionLogsResponse__Output } from './modelserve/functions/v1/AppendFunctionLogsResponse';
import type { Cors as _modelserve_functions_v1_Cors, Cors__Output as _modelserve_functions_v1_Cors__Output } from './modelserve/functions/v1/Cors';
import type { CreatePublicKeyRequest as _modelserve_functions_v1_CreatePublicKeyRequest, CreatePublicKeyRequest__Output as _modelserve_functions_v1_CreatePublicKeyRequest__Output } from './modelserve/functions/v1/CreatePublicKeyRequest';
import type { DeleteFunctionAliasRequest as _modelserve_functions_v1_DeleteFunctionAliasRequest, DeleteFunctionAliasRequest__Output as _modelserve_functions_v1_DeleteFunctionAliasRequest__Output } from './modelserve/functions/v1/DeleteFunctionAliasRequest';
import type { DeleteFunctionRequest as _modelserve_functions_v1_DeleteFunctionRequest, DeleteFunctionRequest__Output as _modelserve_functions_v1_DeleteFunctionRequest__Output } from './modelserve/functions/v1/DeleteFunctionRequest';
import type { DeletePublicKeyRequest as _modelserve_functions_v1_DeletePublicKeyRequest, DeletePublicKeyRequest__Output as _modelserve_functions_v1_DeletePublicKeyRequest__Output } from './modelserve/functions/v1/DeletePublicKeyRequest';
import type { FunctionAlias as _modelserve_functions_v1_FunctionAlias, FunctionAlias__Output as _modelserve_functions_v1_FunctionAlias__Output } from './modelserve/functions/v1/FunctionAlias';
import type { FunctionCode as _modelserve_functions_v1_FunctionCode, FunctionCode__Output as _modelserve_functions_v1_FunctionCode__Output } from './modelserve/functions/v1/FunctionCode';
import type { FunctionConfig as _modelserve_functions_v1_FunctionConfig, FunctionConfig__Output as _modelserve_functions_v1_FunctionConfig__Output } from './modelserve/functions/v1/FunctionConfig';
import type { FunctionDetail as _modelserve_functions_v1_FunctionDetail, FunctionDetail__Output as _modelserve_functions_v1_FunctionDetail__Output } from './modelserve/functions/v1/FunctionDetail';
import type { FunctionLogEntry as _modelserve_functions_v1_FunctionLogEntry, FunctionLogEntry__Output as _modelserve_functions_v1_FunctionLogEntry__Output } from './modelserve/functions/v1/FunctionLogEntry';
import type { FunctionTarget as _modelserve_functions_v1_FunctionTarget, FunctionTarget__Output as _modelserve_functions_v1_FunctionTarget__Output } from './modelserve/functions/v1/FunctionTarget';
import type { FunctionsClient as _modelserve_functions_v1_FunctionsClient, FunctionsDefinition as _modelserve_functions_v1_FunctionsDefinition } from './modelserve/functions/v1/Functions';
import type { GetApiRequest as _modelserve_functions_v1_GetApiRequest, GetApiRequest__Output as _modelserve_functions_v1_GetApiRequest__Output } from './modelserve/functions/v1/GetApiRequest';
import type { GetFunctionCodeRequest as _modelserve_functions_v1_GetFunctionCodeRequest, GetFunctionCodeRequest__Output as _modelserve_functions_v1_GetFunctionCodeRequest__Output } from './modelserve/functions/v1/GetFunctionCodeRequest';
import type { GetFunctionRequest as _modelserve_functions_v1_GetFunctionRequest, GetFunctionRequest__Output as _modelserve_functions_v1_GetFunctionRequest__Output } from './modelserve/functions/v1/GetFunctionRequest';
import type { IssuedPublicKey as _modelserve_functions_v1_IssuedPublicKey, IssuedPublicKey__Output as _modelserve_functions_v1_IssuedPublicKey__Output } from './modelserve/functions/v1/IssuedPublicKey';
import type { ListApisRequest as _modelserve_functions_v1_ListApisRequest, ListApisRequest__Output as _modelserve_functions_v1_ListApisRequest__Output } from './modelserve/functions/v1/ListApisRequest';
import type { ListApisResponse as _modelserve_functions_v1_ListApisResponse, ListApisResponse__Output as _modelserve_functions_v1_ListApisResponse__Output } from './modelserve/functions/v1/ListApisResponse';
import type { ListFunctionLogsRequest as _modelserve_functions_v1_ListFunctionLogsRequest, ListFunctionLogsRequest__Output as _modelserve_functions_v1_ListFunctionLogsRequest__Output } from './modelserve/functions/v1/ListFunctionLogsRequest';
import type { ListFunctionLogsResponse as _modelserve_functions_v1_ListFunctionLogsResponse, ListFunctionLogsResponse__Output as _modelserve_functions_v1_ListFunctionLogsResponse__Output } from './modelserve/functions/v1/ListFunctionLogsResponse';
import type { ListFunctionsRequest as _modelserve_functions_v1_ListFunctionsRequest, ListFunctionsRequest__Output as _modelserve_functions_v1_ListFunctionsRequest__Output } from './modelserve/functions/v1/ListFunctionsRequest';
import type { ListFunctionsResponse as _modelserve_functions_v1_ListFunctionsResponse, ListFunctionsResponse__Output as _modelserve_functions_v1_ListFunctionsResponse__Output } from './modelserve/functions/v1/ListFunctionsResponse';
import type { PublicKey as _modelserve_functions_v1_PublicKey, PublicKey__Output as _modelserve_functions_v1_PublicKey__Output } from './modelserve/functions/v1/PublicKey';
import type { PublishFunctionVersionRequest as _modelserve_functions_v1_PublishFunctionVersionRequest, PublishFunctionVersionRequest__Output as _modelserve_functions_v1_PublishFunctionVersionRequest__Output } from './modelserve/functions/v1/PublishFunctionVersionRequest';
import type { PutApiRequest as _modelserve_functions_v1_PutApiRequest, PutApiRequest__Output as _modelserve_functions_v1_PutApiRequest__Output } from './modelserve/functions/v1/PutApiRequest';
import type { PutFunctionRequest as _modelserve_functions_v1_PutFunctionRequest, PutFunctionRequest__Output as _modelserve_functions_v1_PutFunctionRequest__Output } from './modelserve/functions/v1/PutFunctionRequest';
import type { PutSiteRequest as _modelserve_functions_v1_PutSiteRequest, PutSiteRequest__Output as _modelserve_functions_v1_PutSiteRequest__Output } from './modelserve/functions/v1/PutSiteRequest';
import type { ResolvePublicKeyRequest as _modelserve_functions_v1_ResolvePublicKeyRequest, ResolvePublicKeyRequest__Output as _modelserve_functions_v1_ResolvePublicKeyRequest__Output } from './modelserve/functions/v1/ResolvePublicKeyRequest';
import type { Site as _modelserve_functions_v1_Site, Site__Output as _modelserve_functions_v1_Site__Output } from './modelserve/functions/v1/Site';
import type { SiteArchive as _modelserve_functions_v1_SiteArchive, SiteArchive__Output as _modelserve_functions_v1_SiteArchive__Output } from './modelserve/functions/v1/SiteArchive';
import type { UsagePlan as _modelserve_functions_v1_UsagePlan, UsagePlan__Output as _modelserve_functions_v1_UsagePlan__Output } from './modelserve/functions/v1/UsagePlan';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  modelserve: {
    functions: {
      v1: {
        Api: MessageTypeDefinition<_modelserve_functions_v1_Api, _modelserve_functions_v1_Api__Output>
        ApiRoute: MessageTypeDefinition<_modelserve_functions_v1_ApiRoute, _modelserve_functions_v1_ApiRoute__Output>
        AppendFunctionLogsRequest: MessageTypeDefinition<_modelserve_functions_v1_AppendFunctionLogsRequest, _modelserve_functions_v1_AppendFunctionLogsRequest__Output>
        AppendFunctionLogsResponse: MessageTypeDefinition<_modelserve_functions_v1_AppendFunctionLogsResponse, _modelserve_functions_v1_AppendFunctionLogsResponse__Output>
        Cors: MessageTypeDefinition<_modelserve_functions_v1_Cors, _modelserve_functions_v1_Cors__Output>
        CreatePublicKeyRequest: MessageTypeDefinition<_modelserve_functions_v1_CreatePublicKeyRequest, _modelserve_functions_v1_CreatePublicKeyRequest__Output>
        DeleteFunctionAliasRequest: MessageTypeDefinition<_modelserve_functions_v1_DeleteFunctionAliasRequest, _modelserve_functions_v1_DeleteFunctionAliasRequest__Output>
        DeleteFunctionRequest: MessageTypeDefinition<_modelserve_functions_v1_DeleteFunctionRequest, _modelserve_functions_v1_DeleteFunctionRequest__Output>
        DeletePublicKeyRequest: MessageTypeDefinition<_modelserve_functions_v1_DeletePublicKeyRequest, _modelserve_functions_v1_DeletePublicKeyRequest__Output>
        FunctionAlias: MessageTypeDefinition<_modelserve_functions_v1_FunctionAlias, _modelserve_functions_v1_FunctionAlias__Output>
        FunctionCode: MessageTypeDefinition<_modelserve_functions_v1_FunctionCode, _modelserve_functions_v1_FunctionCode__Output>
        FunctionConfig: MessageTypeDefinition<_modelserve_functions_v1_FunctionConfig, _modelserve_functions_v1_FunctionConfig__Output>
        FunctionDetail: MessageTypeDefinition<_modelserve_functions_v1_FunctionDetail, _modelserve_functions_v1_FunctionDetail__Output>
        FunctionLogEntry: MessageTypeDefinition<_modelserve_functions_v1_FunctionLogEntry, _modelserve_functions_v1_FunctionLogEntry__Output>
        FunctionTarget: MessageTypeDefinition<_modelserve_functions_v1_FunctionTarget, _modelserve_functions_v1_FunctionTarget__Output>
        Functions: SubtypeConstructor<typeof grpc.Client, _modelserve_functions_v1_FunctionsClient> & { service: _modelserve_functions_v1_FunctionsDefinition }
        GetApiRequest: MessageTypeDefinition<_modelserve_functions_v1_GetApiRequest, _modelserve_functions_v1_GetApiRequest__Output>
        GetFunctionCodeRequest: MessageTypeDefinition<_modelserve_functions_v1_GetFunctionCodeRequest, _modelserve_functions_v1_GetFunctionCodeRequest__Output>
        GetFunctionRequest: MessageTypeDefinition<_modelserve_functions_v1_GetFunctionRequest, _modelserve_functions_v1_GetFunctionRequest__Output>
        IssuedPublicKey: MessageTypeDefinition<_modelserve_functions_v1_IssuedPublicKey, _modelserve_functions_v1_IssuedPublicKey__Output>
        ListApisRequest: MessageTypeDefinition<_modelserve_functions_v1_ListApisRequest, _modelserve_functions_v1_ListApisRequest__Output>
        ListApisResponse: MessageTypeDefinition<_modelserve_functions_v1_ListApisResponse, _modelserve_functions_v1_ListApisResponse__Output>
        ListFunctionLogsRequest: MessageTypeDefinition<_modelserve_functions_v1_ListFunctionLogsRequest, _modelserve_functions_v1_ListFunctionLogsRequest__Output>
        ListFunctionLogsResponse: MessageTypeDefinition<_modelserve_functions_v1_ListFunctionLogsResponse, _modelserve_functions_v1_ListFunctionLogsResponse__Output>
        ListFunctionsRequest: MessageTypeDefinition<_modelserve_functions_v1_ListFunctionsRequest, _modelserve_functions_v1_ListFunctionsRequest__Output>
        ListFunctionsResponse: MessageTypeDefinition<_modelserve_functions_v1_ListFunctionsResponse, _modelserve_functions_v1_ListFunctionsResponse__Output>
        PublicKey: MessageTypeDefinition<_modelserve_functions_v1_PublicKey, _modelserve_functions_v1_PublicKey__Output>
        PublishFunctionVersionRequest: MessageTypeDefinition<_modelserve_functions_v1_PublishFunctionVersionRequest, _modelserve_functions_v1_PublishFunctionVersionRequest__Output>
        PutApiRequest: MessageTypeDefinition<_modelserve_functions_v1_PutApiRequest, _modelserve_functions_v1_PutApiRequest__Output>
        PutFunctionRequest: MessageTypeDefinition<_modelserve_functions_v1_PutFunctionRequest, _modelserve_functions_v1_PutFunctionRequest__Output>
        PutSiteRequest: MessageTypeDefinition<_modelserve_functions_v1_PutSiteRequest, _modelserve_functions_v1_PutSiteRequest__Output>
        ResolvePublicKeyRequest: MessageTypeDefinition<_modelserve_functions_v1_ResolvePublicKeyRequest, _modelserve_functions_v1_ResolvePublicKeyRequest__Output>
        Site: MessageTypeDefinition<_modelserve_functions_v1_Site, _modelserve_functions_v1_Site__Output>
        SiteArchive: MessageTypeDefinition<_modelserve_functions_v1_SiteArchive, _modelserve_functions_v1_SiteArchive__Output>
        UsagePlan: MessageTypeDefinition<_modelserve_functions_v1_UsagePlan, _modelserve_functions_v1_UsagePlan__Output>
      }
    }
  }
}

