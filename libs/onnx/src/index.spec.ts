import { EXAMPLES, predictInProcess } from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { InvalidOnnxModelError, ortErrorText, prepareOnnxModel } from './index';

describe('prepareOnnxModel', () => {
  it('reads the signature of a PyTorch export and leaves its bytes alone', () => {
    const bytes = readFileSync(EXAMPLES.wine.model);
    const prepared = prepareOnnxModel(bytes);
    expect(prepared.inputs).toEqual([{ name: 'features', datatype: 'FP32', shape: [-1, 13], classLabels: [] }]);
    expect(prepared.outputs).toEqual([{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3], classLabels: [] }]);
    expect(prepared.rewritten).toBe(false);
    expect(prepared.bytes).toBe(bytes);
  });

  it('rewrites a ZipMap ending into a probability tensor with its class labels', () => {
    const prepared = prepareOnnxModel(readFileSync(EXAMPLES.cancer.model));
    expect(prepared.rewritten).toBe(true);
    expect(prepared.outputs).toEqual([
      { name: 'output_label', datatype: 'INT64', shape: [-1], classLabels: [] },
      { name: 'output_probability', datatype: 'FP32', shape: [-1, 2], classLabels: ['0', '1'] },
    ]);
  });

  it('makes the ZipMap model runnable, agreeing with scikit-learn on every held-out row', async () => {
    const example = EXAMPLES.cancer;
    // The original cannot run in onnxruntime-node at all: that is why the rewrite exists.
    const original = await ort.InferenceSession.create(readFileSync(example.model));
    await expect(original.run({ input: new ort.Tensor('float32', new Float32Array(30), [1, 30]) })).rejects.toThrow(/Non tensor type/);
    await original.release();

    const outputs = await predictInProcess(example, example.rows);
    const labels = Array.from(outputs.output_label.data as BigInt64Array, Number);
    expect(labels).toEqual(example.expected.output_label);
    const probabilities = outputs.output_probability.data as Float32Array;
    (example.expected.output_probability as number[][]).forEach((row, i) => {
      expect(probabilities[i * 2]).toBeCloseTo(row[0], 5);
      expect(probabilities[i * 2 + 1]).toBeCloseTo(row[1], 5);
    });
  });

  it.each([
    ['random bytes', Buffer.from('this is not a model at all, just some text')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated model', readFileSync(EXAMPLES.wine.model).subarray(0, 500)],
  ])('rejects %s', (_title, bytes) => {
    expect(() => prepareOnnxModel(bytes)).toThrow(InvalidOnnxModelError);
  });
});

describe('ortErrorText', () => {
  it("keeps onnxruntime's own source paths and status prefixes out of what callers read", () => {
    expect(
      ortErrorText(
        new Error('[ONNXRuntimeError] : 2 : INVALID_ARGUMENT : Got invalid dimensions for input: features\n index: 1 Got: 12 Expected: 13'),
      ),
    ).toBe('Got invalid dimensions for input: features');
    const internal = ortErrorText(
      new Error('/onnxruntime_src/onnxruntime/core/framework/execution_frame.cc:173 onnxruntime::common::Status Run() shape mismatch'),
    );
    expect(internal).not.toMatch(/onnxruntime_src|\.cc:/);
    expect(internal).toMatch(/shape mismatch/);
    expect(ortErrorText(new Error('Load model from /var/lib/modelserve/x.onnx failed: Protobuf parsing failed.'))).toBe(
      'Load model from <path> failed: Protobuf parsing failed.',
    );
  });
});
