export * from './bootstrap';
export * from './grpc-errors';
export * from './grpc-handlers';
export * from './grpc-metadata';
export * from './health';
export * from './internal-tls';
export * from './metrics';
export * from './nest-logger';
