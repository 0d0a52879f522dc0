/** A classifier's figures, in the shape of the ClassificationMetrics message. */
export interface ClassificationMetrics {
  accuracy: number;
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
  auc?: number;
  classes: { label: string; precision: number; recall: number; f1: number; support: number }[];
  confusionMatrix: { labels: string[]; rows: { counts: number[] }[] };
}

/** A regressor's figures, in the shape of the RegressionMetrics message. */
export interface RegressionMetrics {
  mae: number;
  rmse: number;
  r2?: number;
}

/** A classifier's prediction for one row, with its label: both as text, so 1, 1.0 and "1" are one class. */
export interface LabelledClassification {
  predicted: string;
  actual: string;
  /** Score of each class, when the model answers them (probabilities or logits). */
  scores?: Readonly<Record<string, number>>;
}

export interface LabelledValue {
  predicted: number;
  actual: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

/** sklearn's ordering of class labels: numerically when every label is a number, as text otherwise. */
export function sortLabels(labels: Iterable<string>): string[] {
  const all = [...new Set(labels)];
  const numeric = all.every((label) => label.trim() !== '' && Number.isFinite(Number(label)));
  return numeric ? all.sort((a, b) => Number(a) - Number(b)) : all.sort();
}

/**
 * Accuracy, per-class and macro precision, recall and F1 (0 where a class is never predicted or never
 * present, as sklearn's zero_division=0), the confusion matrix (rows actual, columns predicted) and, where
 * every row has scores, AUC: of the positive class for two classes, the mean one-vs-rest AUC otherwise.
 */
export function classificationMetrics(rows: readonly LabelledClassification[], positiveLabel?: string): ClassificationMetrics {
  const labels = sortLabels(rows.flatMap((row) => [row.actual, row.predicted]));
  const index = new Map(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (const row of rows) {
    matrix[index.get(row.actual)!][index.get(row.predicted)!]++;
    if (row.actual === row.predicted) correct++;
  }
  const classes = labels.map((label, i) => {
    const truePositives = matrix[i][i];
    const predicted = matrix.reduce((sum, actualRow) => sum + actualRow[i], 0);
    const support = matrix[i].reduce((sum, count) => sum + count, 0);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    return { label, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const mean = (pick: (c: (typeof classes)[number]) => number) =>
    ratio(
      classes.reduce((sum, c) => sum + pick(c), 0),
      classes.length,
    );
  const auc = areaUnderCurve(rows, labels, positiveLabel);
  return {
    accuracy: ratio(correct, rows.length),
    macroPrecision: mean((c) => c.precision),
    macroRecall: mean((c) => c.recall),
    macroF1: mean((c) => c.f1),
    ...(auc !== undefined ? { auc } : {}),
    classes,
    confusionMatrix: { labels, rows: matrix.map((counts) => ({ counts })) },
  };
}

/** The class whose score AUC ranks by, for two classes: the declared one, else 1 or true, else the last. */
export function positiveClass(labels: readonly string[], declared?: string): string {
  if (declared) return declared;
  return labels.find((label) => label === '1' || label === 'true') ?? labels[labels.length - 1];
}

function areaUnderCurve(rows: readonly LabelledClassification[], labels: readonly string[], positiveLabel?: string): number | undefined {
  if (rows.length === 0 || !rows.every((row) => row.scores)) return undefined;
  const ovr = (label: string) => {
    if (!rows.every((row) => typeof row.scores![label] === 'number')) return undefined;
    return rankAuc(
      rows.map((row) => row.scores![label]),
      rows.map((row) => row.actual === label),
    );
  };
  if (labels.length === 2) return ovr(positiveClass(labels, positiveLabel));
  const aucs = labels.map(ovr).filter((auc): auc is number => auc !== undefined);
  return aucs.length === labels.length && aucs.length > 0 ? aucs.reduce((a, b) => a + b, 0) / aucs.length : undefined;
}

/**
 * ROC AUC as the Mann-Whitney statistic: the chance that a positive row outscores a negative one, ties
 * counting half. Undefined without both positives and negatives.
 */
export function rankAuc(scores: readonly number[], positive: readonly boolean[]): number | undefined {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const positives = positive.filter(Boolean).length;
  const negatives = positive.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) if (positive[order[k]]) rankSum += meanRank;
    start = end + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean absolute error, root mean squared error and R² (unset when the labels do not vary). */
export function regressionMetrics(rows: readonly LabelledValue[]): RegressionMetrics {
  const n = rows.length;
  let absolute = 0;
  let squared = 0;
  let sum = 0;
  for (const { predicted, actual } of rows) {
    absolute += Math.abs(predicted - actual);
    squared += (predicted - actual) ** 2;
    sum += actual;
  }
  const mean = ratio(sum, n);
  const total = rows.reduce((acc, { actual }) => acc + (actual - mean) ** 2, 0);
  return {
    mae: ratio(absolute, n),
    rmse: Math.sqrt(ratio(squared, n)),
    ...(total > 0 ? { r2: 1 - squared / total } : {}),
  };
}
