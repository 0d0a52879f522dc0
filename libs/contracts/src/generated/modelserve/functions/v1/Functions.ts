// Original file: proto/modelserve/functions.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Api as _modelserve_functions_v1_Api, Api__Output as _modelserve_functions_v1_Api__Output } from '../../../modelserve/functions/v1/Api';
import type { AppendFunctionLogsRequest as _modelserve_functions_v1_AppendFunctionLogsRequest, AppendFunctionLogsRequest__Output as _modelserve_functions_v1_AppendFunctionLogsRequest__Output } from '../../../modelserve/functions/v1/AppendFunctionLogsRequest';
import type { AppendFunctionLogsResponse as _modelserve_functions_v1_AppendFunctionLogsResponse, AppendFunctionLogsResponse__Output as _modelserve_functions_v1_AppendFunctionLogsResponse__Output } from '../../../modelserve/functions/v1/AppendFunctionLogsResponse';
import type { CreatePublicKeyRequest as _modelserve_functions_v1_CreatePublicKeyRequest, CreatePublicKeyRequest__Output as _modelserve_functions_v1_CreatePublicKeyRequest__Output } from '../../../modelserve/functions/v1/CreatePublicKeyRequest';
import type { DeleteFunctionAliasRequest as _modelserve_functions_v1_DeleteFunctionAliasRequest, DeleteFunctionAliasRequest__Output as _modelserve_functions_v1_DeleteFunctionAliasRequest__Output } from '../../../modelserve/functions/v1/DeleteFunctionAliasRequest';
import type { DeleteFunctionRequest as _modelserve_functions_v1_DeleteFunctionRequest, DeleteFunctionRequest__Output as _modelserve_functions_v1_DeleteFunctionRequest__Output } from '../../../modelserve/functions/v1/DeleteFunctionRequest';
import type { DeletePublicKeyRequest as _modelserve_functions_v1_DeletePublicKeyRequest, DeletePublicKeyRequest__Output as _modelserve_functions_v1_DeletePublicKeyRequest__Output } from '../../../modelserve/functions/v1/DeletePublicKeyRequest';
import type { FunctionAlias as _modelserve_functions_v1_FunctionAlias, FunctionAlias__Output as _modelserve_functions_v1_FunctionAlias__Output } from '../../../modelserve/functions/v1/FunctionAlias';
import type { FunctionCode as _modelserve_functions_v1_FunctionCode, FunctionCode__Output as _modelserve_functions_v1_FunctionCode__Output } from '../../../modelserve/functions/v1/FunctionCode';
import type { FunctionConfig as _modelserve_functions_v1_FunctionConfig, FunctionConfig__Output as _modelserve_functions_v1_FunctionConfig__Output } from '../../../modelserve/functions/v1/FunctionConfig';
import type { FunctionDetail as _modelserve_functions_v1_FunctionDetail, FunctionDetail__Output as _modelserve_functions_v1_FunctionDetail__Output } from '../../../modelserve/functions/v1/FunctionDetail';
import type { GetApiRequest as _modelserve_functions_v1_GetApiRequest, GetApiRequest__Output as _modelserve_functions_v1_GetApiRequest__Output } from '../../../modelserve/functions/v1/GetApiRequest';
import type { GetFunctionCodeRequest as _modelserve_functions_v1_GetFunctionCodeRequest, GetFunctionCodeRequest__Output as _modelserve_functions_v1_GetFunctionCodeRequest__Output } from '../../../modelserve/functions/v1/GetFunctionCodeRequest';
import type { GetFunctionRequest as _modelserve_functions_v1_GetFunctionRequest, GetFunctionRequest__Output as _modelserve_functions_v1_GetFunctionRequest__Output } from '../../../modelserve/functions/v1/GetFunctionRequest';
import type { IssuedPublicKey as _modelserve_functions_v1_IssuedPublicKey, IssuedPublicKey__Output as _modelserve_functions_v1_IssuedPublicKey__Output } from '../../../modelserve/functions/v1/IssuedPublicKey';
import type { ListApisRequest as _modelserve_functions_v1_ListApisRequest, ListApisRequest__Output as _modelserve_functions_v1_ListApisRequest__Output } from '../../../modelserve/functions/v1/ListApisRequest';
import type { ListApisResponse as _modelserve_functions_v1_ListApisResponse, ListApisResponse__Output as _modelserve_functions_v1_ListApisResponse__Output } from '../../../modelserve/functions/v1/ListApisResponse';
import type { ListFunctionLogsRequest as _modelserve_functions_v1_ListFunctionLogsRequest, ListFunctionLogsRequest__Output as _modelserve_functions_v1_ListFunctionLogsRequest__Output } from '../../../modelserve/functions/v1/ListFunctionLogsRequest';
import type { ListFunctionLogsResponse as _modelserve_functions_v1_ListFunctionLogsResponse, ListFunctionLogsResponse__Output as _modelserve_functions_v1_ListFunctionLogsResponse__Output } from '../../../modelserve/functions/v1/ListFunctionLogsResponse';
import type { ListFunctionsRequest as _modelserve_functions_v1_ListFunctionsRequest, ListFunctionsRequest__Output as _modelserve_functions_v1_ListFunctionsRequest__Output } from '../../../modelserve/functions/v1/ListFunctionsRequest';
import type { ListFunctionsResponse as _modelserve_functions_v1_ListFunctionsResponse, ListFunctionsResponse__Output as _modelserve_functions_v1_ListFunctionsResponse__Output } from '../../../modelserve/functions/v1/ListFunctionsResponse';
import type { PublicKey as _modelserve_functions_v1_PublicKey, PublicKey__Output as _modelserve_functions_v1_PublicKey__Output } from '../../../modelserve/functions/v1/PublicKey';
import type { PublishFunctionVersionRequest as _modelserve_functions_v1_PublishFunctionVersionRequest, PublishFunctionVersionRequest__Output as _modelserve_functions_v1_PublishFunctionVersionRequest__Output } from '../../../modelserve/functions/v1/PublishFunctionVersionRequest';
import type { PutApiRequest as _modelserve_functions_v1_PutApiRequest, PutApiRequest__Output as _modelserve_functions_v1_PutApiRequest__Output } from '../../../modelserve/functions/v1/PutApiRequest';
import type { PutFunctionRequest as _modelserve_functions_v1_PutFunctionRequest, PutFunctionRequest__Output as _modelserve_functions_v1_PutFunctionRequest__Output } from '../../../modelserve/functions/v1/PutFunctionRequest';
import type { PutSiteRequest as _modelserve_functions_v1_PutSiteRequest, PutSiteRequest__Output as _modelserve_functions_v1_PutSiteRequest__Output } from '../../../modelserve/functions/v1/PutSiteRequest';
import type { ResolvePublicKeyRequest as _modelserve_functions_v1_ResolvePublicKeyRequest, ResolvePublicKeyRequest__Output as _modelserve_functions_v1_ResolvePublicKeyRequest__Output } from '../../../modelserve/functions/v1/ResolvePublicKeyRequest';
import type { Site as _modelserve_functions_v1_Site, Site__Output as _modelserve_functions_v1_Site__Output } from '../../../modelserve/functions/v1/Site';
import type { SiteArchive as _modelserve_functions_v1_SiteArchive, SiteArchive__Output as _modelserve_functions_v1_SiteArchive__Output } from '../../../modelserve/functions/v1/SiteArchive';
import type { UsagePlan as _modelserve_functions_v1_UsagePlan, UsagePlan__Output as _modelserve_functions_v1_UsagePlan__Output } from '../../../modelserve/functions/v1/UsagePlan';

export interface FunctionsClient extends grpc.Client {
  AppendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  AppendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  AppendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  AppendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  appendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  appendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  appendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  appendFunctionLogs(argument: _modelserve_functions_v1_AppendFunctionLogsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_AppendFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  CreateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  CreateApi(argument: _modelserve_functions_v1_PutApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  CreateApi(argument: _modelserve_functions_v1_PutApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  createApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  createApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  createApi(argument: _modelserve_functions_v1_PutApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  createApi(argument: _modelserve_functions_v1_PutApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  
  CreateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  CreateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  CreateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  CreateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  createFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  createFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  createFunction(argument: _modelserve_functions_v1_PutFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  createFunction(argument: _modelserve_functions_v1_PutFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  
  CreatePublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  CreatePublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  CreatePublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  CreatePublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  createPublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  createPublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  createPublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  createPublicKey(argument: _modelserve_functions_v1_CreatePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_IssuedPublicKey__Output>): grpc.ClientUnaryCall;
  
  DeleteApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  DeleteApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  DeleteApi(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  DeleteApi(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  deleteApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  deleteApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  deleteApi(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  deleteApi(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  
  DeleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  DeleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  DeleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  DeleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  deleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  deleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  deleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  deleteFunction(argument: _modelserve_functions_v1_DeleteFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  
  DeleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  DeleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  DeleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  DeleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  deleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  deleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  deleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  deleteFunctionAlias(argument: _modelserve_functions_v1_DeleteFunctionAliasRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  
  DeletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  DeletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  DeletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  DeletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  deletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  deletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  deletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  deletePublicKey(argument: _modelserve_functions_v1_DeletePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  
  GetApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  GetApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  GetApi(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  GetApi(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  getApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  getApi(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  getApi(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  getApi(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  
  GetFunction(argument: _modelserve_functions_v1_GetFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  GetFunction(argument: _modelserve_functions_v1_GetFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  GetFunction(argument: _modelserve_functions_v1_GetFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  GetFunction(argument: _modelserve_functions_v1_GetFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  getFunction(argument: _modelserve_functions_v1_GetFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  getFunction(argument: _modelserve_functions_v1_GetFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  getFunction(argument: _modelserve_functions_v1_GetFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  getFunction(argument: _modelserve_functions_v1_GetFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionDetail__Output>): grpc.ClientUnaryCall;
  
  GetFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  GetFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  GetFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  GetFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  getFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  getFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  getFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  getFunctionCode(argument: _modelserve_functions_v1_GetFunctionCodeRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionCode__Output>): grpc.ClientUnaryCall;
  
  GetSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  GetSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  GetSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  GetSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  getSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  getSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  getSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  getSiteArchive(argument: _modelserve_functions_v1_GetApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_SiteArchive__Output>): grpc.ClientUnaryCall;
  
  ListApis(argument: _modelserve_functions_v1_ListApisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  ListApis(argument: _modelserve_functions_v1_ListApisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  ListApis(argument: _modelserve_functions_v1_ListApisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  ListApis(argument: _modelserve_functions_v1_ListApisRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  listApis(argument: _modelserve_functions_v1_ListApisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  listApis(argument: _modelserve_functions_v1_ListApisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  listApis(argument: _modelserve_functions_v1_ListApisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  listApis(argument: _modelserve_functions_v1_ListApisRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListApisResponse__Output>): grpc.ClientUnaryCall;
  
  ListFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  listFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  listFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  listFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  listFunctionLogs(argument: _modelserve_functions_v1_ListFunctionLogsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionLogsResponse__Output>): grpc.ClientUnaryCall;
  
  ListFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _modelserve_functions_v1_ListFunctionsRequest, callback: grpc.requestCallback<_modelserve_functions_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  
  PublishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  PublishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  PublishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  PublishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  publishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  publishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  publishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  publishFunctionVersion(argument: _modelserve_functions_v1_PublishFunctionVersionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  
  PutFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  PutFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  PutFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  PutFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  putFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  putFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  putFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  putFunctionAlias(argument: _modelserve_functions_v1_FunctionAlias, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionAlias__Output>): grpc.ClientUnaryCall;
  
  PutSite(argument: _modelserve_functions_v1_PutSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  PutSite(argument: _modelserve_functions_v1_PutSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  PutSite(argument: _modelserve_functions_v1_PutSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  PutSite(argument: _modelserve_functions_v1_PutSiteRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  putSite(argument: _modelserve_functions_v1_PutSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  putSite(argument: _modelserve_functions_v1_PutSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  putSite(argument: _modelserve_functions_v1_PutSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  putSite(argument: _modelserve_functions_v1_PutSiteRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Site__Output>): grpc.ClientUnaryCall;
  
  PutUsagePlan(argument: _modelserve_functions_v1_UsagePlan, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  PutUsagePlan(argument: _modelserve_functions_v1_UsagePlan, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  PutUsagePlan(argument: _modelserve_functions_v1_UsagePlan, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  PutUsagePlan(argument: _modelserve_functions_v1_UsagePlan, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  putUsagePlan(argument: _modelserve_functions_v1_UsagePlan, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  putUsagePlan(argument: _modelserve_functions_v1_UsagePlan, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  putUsagePlan(argument: _modelserve_functions_v1_UsagePlan, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  putUsagePlan(argument: _modelserve_functions_v1_UsagePlan, callback: grpc.requestCallback<_modelserve_functions_v1_UsagePlan__Output>): grpc.ClientUnaryCall;
  
  ResolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  ResolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  ResolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  ResolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  resolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  resolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  resolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  resolvePublicKey(argument: _modelserve_functions_v1_ResolvePublicKeyRequest, callback: grpc.requestCallback<_modelserve_functions_v1_PublicKey__Output>): grpc.ClientUnaryCall;
  
  UpdateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  UpdateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  UpdateApi(argument: _modelserve_functions_v1_PutApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  UpdateApi(argument: _modelserve_functions_v1_PutApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  updateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  updateApi(argument: _modelserve_functions_v1_PutApiRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  updateApi(argument: _modelserve_functions_v1_PutApiRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  updateApi(argument: _modelserve_functions_v1_PutApiRequest, callback: grpc.requestCallback<_modelserve_functions_v1_Api__Output>): grpc.ClientUnaryCall;
  
  UpdateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  UpdateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  UpdateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  UpdateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  updateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  updateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  updateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  updateFunction(argument: _modelserve_functions_v1_PutFunctionRequest, callback: grpc.requestCallback<_modelserve_functions_v1_FunctionConfig__Output>): grpc.ClientUnaryCall;
  
}

export interface FunctionsHandlers extends grpc.UntypedServiceImplementation {
  AppendFunctionLogs: grpc.handleUnaryCall<_modelserve_functions_v1_AppendFunctionLogsRequest__Output, _modelserve_functions_v1_AppendFunctionLogsResponse>;
  
  CreateApi: grpc.handleUnaryCall<_modelserve_functions_v1_PutApiRequest__Output, _modelserve_functions_v1_Api>;
  
  CreateFunction: grpc.handleUnaryCall<_modelserve_functions_v1_PutFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig>;
  
  CreatePublicKey: grpc.handleUnaryCall<_modelserve_functions_v1_CreatePublicKeyRequest__Output, _modelserve_functions_v1_IssuedPublicKey>;
  
  DeleteApi: grpc.handleUnaryCall<_modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_Api>;
  
  DeleteFunction: grpc.handleUnaryCall<_modelserve_functions_v1_DeleteFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig>;
  
  DeleteFunctionAlias: grpc.handleUnaryCall<_modelserve_functions_v1_DeleteFunctionAliasRequest__Output, _modelserve_functions_v1_FunctionAlias>;
  
  DeletePublicKey: grpc.handleUnaryCall<_modelserve_functions_v1_DeletePublicKeyRequest__Output, _modelserve_functions_v1_PublicKey>;
  
  GetApi: grpc.handleUnaryCall<_modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_Api>;
  
  GetFunction: grpc.handleUnaryCall<_modelserve_functions_v1_GetFunctionRequest__Output, _modelserve_functions_v1_FunctionDetail>;
  
  GetFunctionCode: grpc.handleUnaryCall<_modelserve_functions_v1_GetFunctionCodeRequest__Output, _modelserve_functions_v1_FunctionCode>;
  
  GetSiteArchive: grpc.handleUnaryCall<_modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_SiteArchive>;
  
  ListApis: grpc.handleUnaryCall<_modelserve_functions_v1_ListApisRequest__Output, _modelserve_functions_v1_ListApisResponse>;
  
  ListFunctionLogs: grpc.handleUnaryCall<_modelserve_functions_v1_ListFunctionLogsRequest__Output, _modelserve_functions_v1_ListFunctionLogsResponse>;
  
  ListFunctions: grpc.handleUnaryCall<_modelserve_functions_v1_ListFunctionsRequest__Output, _modelserve_functions_v1_ListFunctionsResponse>;
  
  PublishFunctionVersion: grpc.handleUnaryCall<_modelserve_functions_v1_PublishFunctionVersionRequest__Output, _modelserve_functions_v1_FunctionConfig>;
  
  PutFunctionAlias: grpc.handleUnaryCall<_modelserve_functions_v1_FunctionAlias__Output, _modelserve_functions_v1_FunctionAlias>;
  
  PutSite: grpc.handleUnaryCall<_modelserve_functions_v1_PutSiteRequest__Output, _modelserve_functions_v1_Site>;
  
  PutUsagePlan: grpc.handleUnaryCall<_modelserve_functions_v1_UsagePlan__Output, _modelserve_functions_v1_UsagePlan>;
  
  ResolvePublicKey: grpc.handleUnaryCall<_modelserve_functions_v1_ResolvePublicKeyRequest__Output, _modelserve_functions_v1_PublicKey>;
  
  UpdateApi: grpc.handleUnaryCall<_modelserve_functions_v1_PutApiRequest__Output, _modelserve_functions_v1_Api>;
  
  UpdateFunction: grpc.handleUnaryCall<_modelserve_functions_v1_PutFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig>;
  
}

export interface FunctionsDefinition extends grpc.ServiceDefinition {
  AppendFunctionLogs: MethodDefinition<_modelserve_functions_v1_AppendFunctionLogsRequest, _modelserve_functions_v1_AppendFunctionLogsResponse, _modelserve_functions_v1_AppendFunctionLogsRequest__Output, _modelserve_functions_v1_AppendFunctionLogsResponse__Output>
  CreateApi: MethodDefinition<_modelserve_functions_v1_PutApiRequest, _modelserve_functions_v1_Api, _modelserve_functions_v1_PutApiRequest__Output, _modelserve_functions_v1_Api__Output>
  CreateFunction: MethodDefinition<_modelserve_functions_v1_PutFunctionRequest, _modelserve_functions_v1_FunctionConfig, _modelserve_functions_v1_PutFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig__Output>
  CreatePublicKey: MethodDefinition<_modelserve_functions_v1_CreatePublicKeyRequest, _modelserve_functions_v1_IssuedPublicKey, _modelserve_functions_v1_CreatePublicKeyRequest__Output, _modelserve_functions_v1_IssuedPublicKey__Output>
  DeleteApi: MethodDefinition<_modelserve_functions_v1_GetApiRequest, _modelserve_functions_v1_Api, _modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_Api__Output>
  DeleteFunction: MethodDefinition<_modelserve_functions_v1_DeleteFunctionRequest, _modelserve_functions_v1_FunctionConfig, _modelserve_functions_v1_DeleteFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig__Output>
  DeleteFunctionAlias: MethodDefinition<_modelserve_functions_v1_DeleteFunctionAliasRequest, _modelserve_functions_v1_FunctionAlias, _modelserve_functions_v1_DeleteFunctionAliasRequest__Output, _modelserve_functions_v1_FunctionAlias__Output>
  DeletePublicKey: MethodDefinition<_modelserve_functions_v1_DeletePublicKeyRequest, _modelserve_functions_v1_PublicKey, _modelserve_functions_v1_DeletePublicKeyRequest__Output, _modelserve_functions_v1_PublicKey__Output>
  GetApi: MethodDefinition<_modelserve_functions_v1_GetApiRequest, _modelserve_functions_v1_Api, _modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_Api__Output>
  GetFunction: MethodDefinition<_modelserve_functions_v1_GetFunctionRequest, _modelserve_functions_v1_FunctionDetail, _modelserve_functions_v1_GetFunctionRequest__Output, _modelserve_functions_v1_FunctionDetail__Output>
  GetFunctionCode: MethodDefinition<_modelserve_functions_v1_GetFunctionCodeRequest, _modelserve_functions_v1_FunctionCode, _modelserve_functions_v1_GetFunctionCodeRequest__Output, _modelserve_functions_v1_FunctionCode__Output>
  GetSiteArchive: MethodDefinition<_modelserve_functions_v1_GetApiRequest, _modelserve_functions_v1_SiteArchive, _modelserve_functions_v1_GetApiRequest__Output, _modelserve_functions_v1_SiteArchive__Output>
  ListApis: MethodDefinition<_modelserve_functions_v1_ListApisRequest, _modelserve_functions_v1_ListApisResponse, _modelserve_functions_v1_ListApisRequest__Output, _modelserve_functions_v1_ListApisResponse__Output>
  ListFunctionLogs: MethodDefinition<_modelserve_functions_v1_ListFunctionLogsRequest, _modelserve_functions_v1_ListFunctionLogsResponse, _modelserve_functions_v1_ListFunctionLogsRequest__Output, _modelserve_functions_v1_ListFunctionLogsResponse__Output>
  ListFunctions: MethodDefinition<_modelserve_functions_v1_ListFunctionsRequest, _modelserve_functions_v1_ListFunctionsResponse, _modelserve_functions_v1_ListFunctionsRequest__Output, _modelserve_functions_v1_ListFunctionsResponse__Output>
  PublishFunctionVersion: MethodDefinition<_modelserve_functions_v1_PublishFunctionVersionRequest, _modelserve_functions_v1_FunctionConfig, _modelserve_functions_v1_PublishFunctionVersionRequest__Output, _modelserve_functions_v1_FunctionConfig__Output>
  PutFunctionAlias: MethodDefinition<_modelserve_functions_v1_FunctionAlias, _modelserve_functions_v1_FunctionAlias, _modelserve_functions_v1_FunctionAlias__Output, _modelserve_functions_v1_FunctionAlias__Output>
  PutSite: MethodDefinition<_modelserve_functions_v1_PutSiteRequest, _modelserve_functions_v1_Site, _modelserve_functions_v1_PutSiteRequest__Output, _modelserve_functions_v1_Site__Output>
  PutUsagePlan: MethodDefinition<_modelserve_functions_v1_UsagePlan, _modelserve_functions_v1_UsagePlan, _modelserve_functions_v1_UsagePlan__Output, _modelserve_functions_v1_UsagePlan__Output>
  ResolvePublicKey: MethodDefinition<_modelserve_functions_v1_ResolvePublicKeyRequest, _modelserve_functions_v1_PublicKey, _modelserve_functions_v1_ResolvePublicKeyRequest__Output, _modelserve_functions_v1_PublicKey__Output>
  UpdateApi: MethodDefinition<_modelserve_functions_v1_PutApiRequest, _modelserve_functions_v1_Api, _modelserve_functions_v1_PutApiRequest__Output, _modelserve_functions_v1_Api__Output>
  UpdateFunction: MethodDefinition<_modelserve_functions_v1_PutFunctionRequest, _modelserve_functions_v1_FunctionConfig, _modelserve_functions_v1_PutFunctionRequest__Output, _modelserve_functions_v1_FunctionConfig__Output>
}
