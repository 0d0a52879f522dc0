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
  cancer: {
    ...example('cancer', 'breast-cancer-logreg'),
    /** A second version: the same inputs, a weaker classifier (examples/generate.py). */
    modelV2: join(REPO_ROOT, 'examples', 'breast-cancer-logreg', 'model-v2.onnx'),
    /** The true class of each row of rows.csv. */
    labels: JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'breast-cancer-logreg', 'labels.json'), 'utf8')) as number[],
  },
  /** Rows are the 1,024 pixels of a 32x32 image; the model takes [batch, 1, 32, 32]. */
  digits: example('digits', 'digits-cnn'),
};

/** A digits row as the image a client sends: [1][32][32]. */
export const digitsImage = (row: readonly number[]) => [Array.from({ length: 32 }, (_, y) => row.slice(y * 32, (y + 1) * 32))];

/** The stateful RNN example: requests with named inputs (a scalar included) and what PyTorch answers to each. */
export const STATEFUL_RNN = (() => {
  const dir = join(REPO_ROOT, 'examples', 'stateful-rnn');
  return {
    name: 'rnn',
    dir,
    model: join(dir, 'model.onnx'),
    requests: JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8')) as { inputs: Record<string, unknown> }[],
    expected: (
      JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { responses: { output: number[][]; stateN: number[][][] }[] }
    ).responses,
  };
})();

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
