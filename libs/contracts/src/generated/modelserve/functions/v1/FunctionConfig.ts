// Original file: proto/modelserve/functions.proto

import type { Long } from '@grpc/proto-loader';

export interface FunctionConfig {
  'name'?: (string);
  'version'?: (string);
  'runtime'?: (string);
  'handler'?: (string);
  'timeoutSeconds'?: (number);
  'memoryMb'?: (number);
  'environment'?: ({[key: string]: string});
  'allowedEndpoints'?: (string)[];
  'codeSha256'?: (string);
  'codeSize'?: (number | string | Long);
  'description'?: (string);
  'lastModified'?: (string);
  'maxConcurrency'?: (number);
}

export interface FunctionConfig__Output {
  'name': (string);
  'version': (string);
  'runtime': (string);
  'handler': (string);
  'timeoutSeconds': (number);
  'memoryMb': (number);
  'environment': ({[key: string]: string});
  'allowedEndpoints': (string)[];
  'codeSha256': (string);
  'codeSize': (number);
  'description': (string);
  'lastModified': (string);
  'maxConcurrency': (number);
}
