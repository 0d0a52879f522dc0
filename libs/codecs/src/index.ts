export * from './datatypes';
export * from './media-types';
export * from './request-decoder';
export * from './response-encoder';
export * from './signature-check';
export * from './compare';
export * from './record-batch';
export * from './json-path';
