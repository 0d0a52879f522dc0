export * from './errors';
export * from './logger';
export * from './request-id';
export * from './names';
export * from './paths';
