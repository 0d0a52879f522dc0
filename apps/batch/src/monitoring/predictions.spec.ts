import type { TensorSpec__Output } from '@modelserve/contracts';
import { predictionRows, readPrediction, resolveQualitySpec } from './predictions';

const tensor = (name: string, datatype: string, shape: number[], classLabels: string[] = []): TensorSpec__Output => ({
  name,
  datatype,
  shape,
  classLabels,
});

describe('reading predictions for quality reports', () => {
  it('reads a ZipMap classifier: the label output and the class probabilities', () => {
    const spec = resolveQualitySpec(null, [
      tensor('output_label', 'INT64', [-1]),
      tensor('output_probability', 'FP32', [-1, 2], ['0', '1']),
    ]);
    expect(spec).toEqual({
      problemType: 'BinaryClassification',
      labelOutput: 'output_label',
      scoreOutput: 'output_probability',
      classLabels: ['0', '1'],
    });
    const rows = predictionRows({
      contentType: 'application/json',
      data: '{"predictions":[{"output_label":1,"output_probability":{"0":0.2,"1":0.8}}]}',
    });
    expect(readPrediction(spec, rows[0])).toEqual({ label: '1', scores: { '0': 0.2, '1': 0.8 } });
  });

  it('reads a single output of class scores as the highest-scoring class', () => {
    const spec = resolveQualitySpec(null, [tensor('logits', 'FP32', [-1, 3])]);
    expect(spec.problemType).toBe('MulticlassClassification');
    expect(readPrediction(spec, [0.1, 2.5, -1])).toEqual({ label: '1', scores: { '0': 0.1, '1': 2.5, '2': -1 } });
    const csv = predictionRows({ contentType: 'text/csv', data: '0.1,2.5,-1\n3,0,0\n' });
    expect(csv.map((row) => readPrediction(spec, row))).toMatchObject([{ label: '1' }, { label: '0' }]);
  });

  it('reads a single float output as a regressor, from JSON and JSON Lines', () => {
    const spec = resolveQualitySpec(null, [tensor('price', 'FP32', [-1, 1])]);
    expect(spec.problemType).toBe('Regression');
    expect(readPrediction(spec, [3.5])).toEqual({ value: 3.5 });
    expect(predictionRows({ contentType: 'application/jsonlines', data: '[1.5]\n[2]\n' })).toEqual([[1.5], [2]]);
    expect(readPrediction(spec, 'text')).toBeUndefined();
  });

  it('takes the declared spec over the inferred one', () => {
    const outputs = [tensor('value', 'FP32', [-1]), tensor('other', 'FP32', [-1])];
    const spec = resolveQualitySpec({ problemType: 'Regression', labelOutput: 'other', scoreOutput: '', positiveLabel: '' }, outputs);
    expect(spec).toMatchObject({ problemType: 'Regression', labelOutput: 'other' });
    expect(readPrediction(spec, { value: 1, other: 7 })).toEqual({ value: 7 });
    const binary = resolveQualitySpec({ problemType: 'BinaryClassification', labelOutput: '', scoreOutput: '', positiveLabel: 'yes' }, [
      tensor('label', 'BYTES', [-1]),
    ]);
    expect(binary).toMatchObject({ problemType: 'BinaryClassification', positiveLabel: 'yes' });
    expect(readPrediction(binary, 'yes')).toEqual({ label: 'yes' });
  });
});
