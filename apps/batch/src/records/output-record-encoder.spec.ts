import { compileJsonPath, type OutputTensor } from '@modelserve/codecs';
import { OutputRecordEncoder } from './output-record-encoder';

const probabilities: OutputTensor = { name: 'p', datatype: 'FP32', shape: [2, 2], data: Float32Array.from([0.25, 0.75, 0.5, 0.5]) };
const labelled: OutputTensor = { ...probabilities, classLabels: ['no', 'yes'] };

describe('OutputRecordEncoder', () => {
  it('writes one CSV line or JSON value per prediction', () => {
    expect(
      new OutputRecordEncoder({ inputFormat: 'csv', accept: 'csv', joinInput: false }).records([probabilities], ['1,2', '3,4']),
    ).toEqual(['0.25,0.75', '0.5,0.5']);
    expect(
      new OutputRecordEncoder({ inputFormat: 'csv', accept: 'jsonlines', joinInput: false }).records([labelled], ['1,2', '3,4']),
    ).toEqual(['{"no":0.25,"yes":0.75}', '{"no":0.5,"yes":0.5}']);
  });

  it('joins the input record: CSV cells first, JSON objects gain "prediction"', () => {
    const csv = new OutputRecordEncoder({ inputFormat: 'csv', accept: 'csv', joinInput: true, outputFilter: compileJsonPath('$[0,-1]') });
    expect(csv.records([probabilities], ['"id, 1",9', 'id-2,8'])).toEqual(['"id, 1",0.75', 'id-2,0.5']);
    const json = new OutputRecordEncoder({ inputFormat: 'jsonlines', accept: 'jsonlines', joinInput: true });
    expect(json.records([probabilities], ['{"id":"a","x":[1]}', '[1,2]'])).toEqual([
      '{"id":"a","x":[1],"prediction":[0.25,0.75]}',
      '{"input":[1,2],"prediction":[0.5,0.5]}',
    ]);
  });

  it('refuses outputs that do not match the records', () => {
    expect(() =>
      new OutputRecordEncoder({ inputFormat: 'csv', accept: 'csv', joinInput: false }).records([probabilities], ['only one']),
    ).toThrow(/2 rows for 1 records/);
  });
});
