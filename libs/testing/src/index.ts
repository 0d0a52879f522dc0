export * from './s3-server';
export * from './postgres';
export * from './wait';
export * from './processes';
export * from './examples';
export * from './s3-config';
export * from './http';
export * from './deployed-platform';
