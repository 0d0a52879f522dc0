export * from './errors';
export * from './logger';
export * from './request-id';
export * from './paths';
export * from './private-file';
export * from './child-processes';
