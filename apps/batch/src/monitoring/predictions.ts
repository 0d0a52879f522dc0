import { parseCell } from '@modelserve/codecs';
import type { TensorSpec__Output } from '@modelserve/contracts';
import { PROBLEM_TYPES } from '@modelserve/schemas';
import { parse as parseCsv } from 'csv-parse/sync';

export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** A version's QualitySpec with its gaps filled from its outputs. */
export interface ResolvedQualitySpec {
  problemType: ProblemType;
  /** The output holding the label or value; undefined when the version has one output. */
  labelOutput?: string;
  /** The output holding class scores, when there is one. */
  scoreOutput?: string;
  positiveLabel?: string;
  /** Class names of the score columns (a ZipMap's classes); column indexes otherwise. */
  classLabels?: readonly string[];
}

export interface DeclaredQualitySpec {
  problemType: string;
  labelOutput: string;
  scoreOutput: string;
  positiveLabel: string;
}

/** What one row's prediction says: a class (with its scores, if any) or a value. */
export type Prediction = { label: string; scores?: Record<string, number> } | { value: number };

const INTEGER_OR_TEXT = new Set(['INT64', 'INT32', 'INT16', 'INT8', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'BYTES', 'BOOL']);
const columnsOf = (spec: TensorSpec__Output) => (spec.shape.length >= 2 ? Number(spec.shape[spec.shape.length - 1]) : 1);

/**
 * Fills a declared spec from the version's outputs: a classifier that ends in ZipMap has a label output
 * and a probability output with class labels; a single output of one float per row is a regressor; a
 * single output of several columns per row is a classifier whose label is the highest-scoring column.
 */
export function resolveQualitySpec(
  declared: DeclaredQualitySpec | null | undefined,
  outputs: readonly TensorSpec__Output[],
): ResolvedQualitySpec {
  const byName = (name: string | undefined) => (name ? outputs.find((o) => o.name === name) : undefined);
  const scores =
    byName(declared?.scoreOutput) ??
    outputs.find((o) => o.classLabels.length > 0) ??
    (outputs.length > 1 ? outputs.find((o) => o.shape.length >= 2 && columnsOf(o) > 1) : undefined);
  const label =
    byName(declared?.labelOutput) ??
    (outputs.length > 1
      ? (outputs.find((o) => o !== scores && INTEGER_OR_TEXT.has(o.datatype)) ?? outputs.find((o) => o !== scores))
      : undefined);
  const only = outputs.length === 1 ? outputs[0] : undefined;
  const scoreColumns = scores ?? (only && columnsOf(only) > 1 ? only : undefined);
  const classLabels = scoreColumns
    ? scoreColumns.classLabels.length > 0
      ? scoreColumns.classLabels
      : Array.from({ length: columnsOf(scoreColumns) }, (_, i) => String(i))
    : undefined;
  const inferred: ProblemType =
    classLabels && classLabels.length !== 2
      ? 'MulticlassClassification'
      : classLabels || (label && INTEGER_OR_TEXT.has(label.datatype)) || (only && INTEGER_OR_TEXT.has(only.datatype))
        ? 'BinaryClassification'
        : 'Regression';
  const problemType = (PROBLEM_TYPES as readonly string[]).includes(declared?.problemType ?? '')
    ? (declared!.problemType as ProblemType)
    : inferred;
  return {
    problemType,
    ...(label ? { labelOutput: label.name } : {}),
    ...(scores ? { scoreOutput: scores.name } : {}),
    ...(declared?.positiveLabel ? { positiveLabel: declared.positiveLabel } : {}),
    ...(classLabels ? { classLabels } : {}),
  };
}

/**
 * The per-row predictions of a captured answer, as the gateway encoded them: JSON's "predictions", one
 * JSON value per line, or CSV rows (whose cells are the outputs' values, flattened).
 */
export function predictionRows(output: { contentType: string; data: string }): unknown[] {
  if (output.contentType.includes('csv')) {
    return (parseCsv(output.data, { relax_column_count: true, skip_empty_lines: true }) as string[][]).map((cells) =>
      cells.length === 1 ? parseCell(cells[0]) : cells.map(parseCell),
    );
  }
  if (output.contentType.includes('jsonlines')) {
    return output.data
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
  }
  const body = JSON.parse(output.data) as { predictions?: unknown };
  return Array.isArray(body.predictions) ? body.predictions : [];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const single = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

function scoresOf(value: unknown, classLabels: readonly string[] | undefined): Record<string, number> | undefined {
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, score]) => typeof score === 'number') as [string, number][];
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (Array.isArray(value) && value.length > 1 && value.every((score) => typeof score === 'number')) {
    return Object.fromEntries(value.map((score, i) => [classLabels?.[i] ?? String(i), score as number]));
  }
  return undefined;
}

const highest = (scores: Record<string, number>) => Object.entries(scores).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];

/** One row's prediction read by the spec; undefined when the row does not hold what the spec names. */
export function readPrediction(spec: ResolvedQualitySpec, row: unknown): Prediction | undefined {
  // Several outputs per row come as an object keyed by output name; a single output as its value.
  const labelValue = spec.labelOutput && isRecord(row) ? row[spec.labelOutput] : isRecord(row) && !spec.scoreOutput ? undefined : row;
  const scoreValue = spec.scoreOutput && isRecord(row) ? row[spec.scoreOutput] : spec.labelOutput ? undefined : row;
  if (spec.problemType === 'Regression') {
    const value = single(labelValue);
    return typeof value === 'number' && Number.isFinite(value) ? { value } : undefined;
  }
  const scores = scoresOf(scoreValue, spec.classLabels);
  const label = single(labelValue);
  if (label !== undefined && label !== null && !Array.isArray(label) && !isRecord(label)) {
    return { label: String(label), ...(scores ? { scores } : {}) };
  }
  return scores ? { label: highest(scores), scores } : undefined;
}
