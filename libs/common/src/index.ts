export * from './errors';
export * from './logger';
export * from './request-id';
export * from './grpc-handlers';
export * from './health';
export * from './bootstrap';
export * from './names';
export * from './paths';
