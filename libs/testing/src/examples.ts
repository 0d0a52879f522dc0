import { prepareOnnxModel } from '@modelserve/onnx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { REPO_ROOT } from './processes';

export interface Example {
  name: string;
  dir: string;
  model: string;
  rows: number[][];
  /** The training framework's own predictions for `rows` (examples/generate.py). */
  expected: Record<string, unknown[]>;
}

function example(name: string, folder: string): Example {
  const dir = join(REPO_ROOT, 'examples', folder);
  const rows = readFileSync(join(dir, 'rows.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));
  return { name, dir, model: join(dir, 'model.onnx'), rows, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
}

export const EXAMPLES = {
  wine: example('wine', 'wine-mlp'),
  cancer: example('cancer', 'breast-cancer-logreg'),
};

/**
 * The baseline every served prediction is compared with: onnxruntime-node in this process, on the same
 * rows as float32. A ZipMap ending is rewritten the same way the platform does, as onnxruntime-node
 * cannot return maps.
 */
export async function predictInProcess(example: Example, rows: number[][]): Promise<Record<string, ort.Tensor>> {
  const prepared = prepareOnnxModel(readFileSync(example.model));
  const session = await ort.InferenceSession.create(prepared.bytes);
  try {
    const width = rows[0].length;
    const tensor = new ort.Tensor('float32', Float32Array.from(rows.flat()), [rows.length, width]);
    return await session.run({ [session.inputNames[0]]: tensor });
  } finally {
    await session.release();
  }
}
