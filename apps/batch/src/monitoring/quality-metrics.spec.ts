import { classificationMetrics, positiveClass, rankAuc, regressionMetrics, sortLabels } from './quality-metrics';

describe('quality metrics', () => {
  it('gives accuracy, per-class and macro precision, recall and F1, and the confusion matrix', () => {
    const actual = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'a'];
    const predicted = ['a', 'b', 'b', 'a', 'c', 'c', 'b', 'a'];
    const metrics = classificationMetrics(actual.map((a, i) => ({ actual: a, predicted: predicted[i] })));
    // Worked out by hand (and what sklearn.metrics answers for the same lists).
    expect(metrics.accuracy).toBeCloseTo(0.625, 10);
    expect(metrics.confusionMatrix).toEqual({
      labels: ['a', 'b', 'c'],
      rows: [{ counts: [3, 1, 0] }, { counts: [0, 1, 1] }, { counts: [0, 1, 1] }],
    });
    expect(metrics.classes.map((c) => [c.label, c.precision, c.recall, c.support])).toEqual([
      ['a', 1, 0.75, 4],
      ['b', 1 / 3, 0.5, 2],
      ['c', 0.5, 0.5, 2],
    ]);
    expect(metrics.classes[0].f1).toBeCloseTo(6 / 7, 10);
    expect(metrics.macroPrecision).toBeCloseTo(0.6111111111, 9);
    expect(metrics.macroRecall).toBeCloseTo(0.5833333333, 9);
    expect(metrics.macroF1).toBeCloseTo(0.5857142857, 9);
    expect(metrics.auc).toBeUndefined();
  });

  it('counts a class never predicted as precision 0, not NaN', () => {
    const metrics = classificationMetrics([
      { actual: '1', predicted: '0' },
      { actual: '0', predicted: '0' },
    ]);
    expect(metrics.classes.find((c) => c.label === '1')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('computes AUC as the chance a positive outscores a negative, ties counting half', () => {
    expect(rankAuc([0.1, 0.4, 0.35, 0.8, 0.4, 0.2], [false, false, true, true, true, false])).toBeCloseTo(7.5 / 9, 10);
    expect(rankAuc([0.3, 0.2], [true, true])).toBeUndefined();
    const rows = [0.1, 0.4, 0.35, 0.8, 0.4, 0.2].map((score, i) => ({
      actual: [0, 0, 1, 1, 1, 0][i] ? '1' : '0',
      predicted: score >= 0.5 ? '1' : '0',
      scores: { '0': 1 - score, '1': score },
    }));
    expect(classificationMetrics(rows).auc).toBeCloseTo(7.5 / 9, 10);
    // The positive class can be declared: the AUC of class 0's score against class 0.
    expect(classificationMetrics(rows, '0').auc).toBeCloseTo(7.5 / 9, 10);
  });

  it('orders numeric labels numerically and picks 1 as the positive class', () => {
    expect(sortLabels(['10', '2', '1'])).toEqual(['1', '2', '10']);
    expect(sortLabels(['b', 'a'])).toEqual(['a', 'b']);
    expect(positiveClass(['0', '1'])).toBe('1');
    expect(positiveClass(['no', 'yes'])).toBe('yes');
  });

  it('gives MAE, RMSE and R2 for a regressor, and no R2 when the labels do not vary', () => {
    const metrics = regressionMetrics([3, -0.5, 2, 7].map((actual, i) => ({ actual, predicted: [2.5, 0, 2, 8][i] })));
    expect(metrics.mae).toBeCloseTo(0.5, 10);
    expect(metrics.rmse).toBeCloseTo(Math.sqrt(0.375), 10);
    expect(metrics.r2).toBeCloseTo(1 - 1.5 / 29.1875, 10);
    expect(regressionMetrics([{ actual: 1, predicted: 2 }]).r2).toBeUndefined();
  });
});
