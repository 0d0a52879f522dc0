import { MetricParser } from './metric-parser';

describe('MetricParser', () => {
  const parser = new MetricParser([
    { name: 'train:loss', regex: 'loss=([0-9.eE+-]+)' },
    { name: 'validation:accuracy', regex: 'val_acc: ([0-9.]+)' },
    { name: 'epoch', regex: '\\d+(?= epochs done)' },
  ]);

  it('reads the first capture group of every definition that matches a line', () => {
    expect(parser.parse('epoch 3 loss=0.125 val_acc: 0.97')).toEqual([
      { name: 'train:loss', value: 0.125 },
      { name: 'validation:accuracy', value: 0.97 },
    ]);
  });

  it('reads the whole match when the regex has no group, and scientific notation', () => {
    expect(parser.parse('12 epochs done, loss=1.5e-3')).toEqual([
      { name: 'train:loss', value: 0.0015 },
      { name: 'epoch', value: 12 },
    ]);
  });

  it('gives nothing for lines that do not match or whose match is not a number', () => {
    expect(parser.parse('starting')).toEqual([]);
    expect(parser.parse('loss=-e')).toEqual([]);
  });
});
