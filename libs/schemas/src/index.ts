export * from './parse';
export * from './fields';
export * from './models';
export * from './endpoints';
export * from './jobs';
export * from './access';
export * from './async';
export * from './monitoring';
