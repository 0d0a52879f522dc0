// Generates TypeScript types for every contract in proto/ into libs/contracts/src/generated.
// `node tools/gen-proto-types.mjs --out DIR` writes elsewhere (used by the staleness test).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'libs/contracts/src/generated');
const protoDir = join(root, 'proto');
const files = [
  'inference/grpc_predict_v2.proto',
  'modelserve/common.proto',
  'modelserve/access.proto',
  'modelserve/batch.proto',
  'modelserve/functions.proto',
  'modelserve/monitoring.proto',
  'modelserve/notebooks.proto',
  'modelserve/registry.proto',
  'modelserve/training.proto',
  'modelserve/worker_control.proto',
];

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
    '--longs=Number',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--grpcLib=@grpc/grpc-js',
    `--includeDirs=${protoDir}`,
    `--outDir=${outDir}`,
    ...files,
  ],
  { stdio: 'inherit', cwd: root },
);
// The generator names each source by absolute path; keep output identical in every checkout.
for (const entry of readdirSync(outDir, { recursive: true })) {
  const file = join(outDir, String(entry));
  if (!file.endsWith('.ts')) continue;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.split(protoDir + '/').join('proto/'));
}
console.log(`generated ${readdirSync(outDir).length} entries in ${relative(root, outDir) || outDir}`);
