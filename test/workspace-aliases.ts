import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('node:module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };

/** `@modelserve/<lib>` resolves to libs/<lib>/src, as jest's moduleNameMapper and tsconfig paths say. */
const original = Module._resolveFilename;
Module._resolveFilename = function (request: string, ...rest: unknown[]) {
  const alias = /^@modelserve\/([a-z-]+)$/.exec(request);
  return original.call(this, alias ? join(__dirname, '..', 'libs', alias[1], 'src') : request, ...rest);
};
