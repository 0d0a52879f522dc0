export * from './sigv4';
export * from './key-material';
export * from './scopes';
