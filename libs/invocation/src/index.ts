export * from './batch-policy';
export * from './request-queue';
export * from './invoker';
