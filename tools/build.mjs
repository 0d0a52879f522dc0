// `npm run build`: the TypeScript build (tsc -b, then tsc-alias to resolve the workspace's path
// aliases), saying what it does and how long it took; on a terminal, the seconds count as it runs.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  [bin('tsc'), ['-b', 'tsconfig.build.json']],
  [bin('tsc-alias'), ['-p', 'tsconfig.build.json']],
];

const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);
const terminal = process.stdout.isTTY === true;
const clearLine = () => terminal && process.stdout.write('\r\x1b[K');
const ticker = terminal
  ? setInterval(() => process.stdout.write(`\r\x1b[Kbuilding modelserve (TypeScript)... ${seconds()} s`), 1000)
  : undefined;
if (!terminal) console.log('building modelserve (TypeScript)...');

for (const [command, args] of steps) {
  const code = await new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // Compiler messages are shown whole, after the progress line is cleared.
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => resolve(((output += String(error)), 1)));
    child.once('exit', (exit) => {
      if (output) {
        clearLine();
        process.stdout.write(output);
      }
      resolve(exit ?? 1);
    });
  });
  if (code !== 0) {
    clearInterval(ticker);
    clearLine();
    console.error(`build failed after ${seconds()} s`);
    process.exit(code);
  }
}
clearInterval(ticker);
clearLine();
console.log(`built in ${seconds()} s`);
