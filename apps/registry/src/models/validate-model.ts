/**
 * Validates one model file and exits: `node validate-model.js <file>` prints a ValidationReport as
 * JSON. The registry runs it as a child process, so that onnxruntime's sessions (and their memory,
 * and a crash on a hostile file) never live in the registry itself.
 */
import { AppError } from '@modelserve/common';
import { ortErrorText } from '@modelserve/onnx';
import { readFile } from 'node:fs/promises';
import { validateModelFile, type ValidationReport } from './model-validator';

async function main(): Promise<ValidationReport> {
  try {
    const { inputs, outputs, rewritten, batchSupport } = await validateModelFile(await readFile(process.argv[2]));
    return { ok: true, inputs, outputs, rewritten, batchSupport };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'InvalidModel', message: `the model cannot be validated: ${ortErrorText(error)}` };
  }
}

void main().then((report) => {
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
});
