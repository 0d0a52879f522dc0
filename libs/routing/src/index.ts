export * from './routing-table';
export * from './variants';
export * from './worker-pool';
