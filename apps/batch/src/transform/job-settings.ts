import { checkResourceName, invalidRequest } from '@modelserve/common';
import { compileJsonPath, recordLineFormat, requestFormat, responseFormat, type RecordFilter, type RecordFormat } from '@modelserve/codecs';
import type { TransformJobSpec__Output } from '@modelserve/contracts';
import { parseS3Uri, type ObjectLocation } from '@modelserve/storage';
import { posix } from 'node:path';
import { RecordOutput } from '../records/record-output';

/** Longest job name: the endpoint a job places for itself is named `tj-<job name>` within 63 characters. */
export const JOB_NAME_MAX = 60;

/** A transform job's request, checked and turned into what the runner uses. */
export interface TransformSettings {
  input: ObjectLocation;
  output: ObjectLocation;
  inputFormat: RecordFormat;
  outputFormat: RecordFormat;
  outputContentType: string;
  /** Each line is a record (Line); or each object is one request (None). */
  splitLines: boolean;
  gzip: boolean;
  maxPayloadBytes: number;
  /** 1 for SingleRecord. */
  maxRecordsPerBatch: number;
  concurrency: number;
  inputFilter?: RecordFilter;
  records: RecordOutput;
  /** Written after each output record. */
  separator: string;
  maxFailedRecordsPercent: number;
}

/** Defaults of the fields a request may leave out (SageMaker's, where it has them). */
export function withDefaults(spec: TransformJobSpec__Output): TransformJobSpec__Output {
  const input = spec.input ?? { uri: '', contentType: '', splitType: '', compression: '' };
  const output = spec.output ?? { uri: '', accept: '', assembleWith: '' };
  return {
    ...spec,
    target: spec.target ? { ...spec.target, instanceCount: spec.target.instanceCount || 1 } : null,
    input: { ...input, splitType: input.splitType || 'Line', compression: input.compression || 'None' },
    output: { ...output, accept: output.accept || input.contentType, assembleWith: output.assembleWith || 'Line' },
    batchStrategy: spec.batchStrategy || 'MultiRecord',
    maxPayloadMb: spec.maxPayloadMb || 6,
    maxConcurrentTransforms: spec.maxConcurrentTransforms || 2,
    dataProcessing: {
      inputFilter: spec.dataProcessing?.inputFilter || '$',
      joinSource: spec.dataProcessing?.joinSource || 'None',
      outputFilter: spec.dataProcessing?.outputFilter || '$',
    },
  };
}

function location(uri: string, what: string): ObjectLocation {
  const parsed = parseS3Uri(uri);
  if (!parsed) throw invalidRequest(`${what} ${JSON.stringify(uri)} is not an s3://bucket/prefix URI`);
  return { bucket: parsed.bucket, key: parsed.key.replace(/\/+$/, '') };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw invalidRequest(`${field} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  return value as T;
}

/** Checks a job request; throws a 400 naming the first problem. */
export function transformSettings(spec: TransformJobSpec__Output): TransformSettings {
  checkResourceName('transform job', spec.name);
  if (spec.name.length > JOB_NAME_MAX) throw invalidRequest(`transform job name must be at most ${JOB_NAME_MAX} characters`);
  if (!spec.input || !spec.output) throw invalidRequest('a transform job needs input and output');
  const splitLines = oneOf(spec.input.splitType, ['Line', 'None'], 'input.splitType') === 'Line';
  const gzip = oneOf(spec.input.compression, ['None', 'Gzip'], 'input.compression') === 'Gzip';
  let inputFormat = requestFormat(spec.input.contentType);
  let outputFormat = responseFormat(spec.output.accept);
  // Split by lines, a JSON file is JSON Lines, and so is its output.
  if (splitLines && inputFormat === 'json') inputFormat = 'jsonlines';
  if (splitLines && outputFormat === 'json') outputFormat = 'jsonlines';
  const separator = oneOf(spec.output.assembleWith, ['Line', 'None'], 'output.assembleWith') === 'Line' ? '\n' : '';
  const single = oneOf(spec.batchStrategy, ['MultiRecord', 'SingleRecord'], 'batchStrategy') === 'SingleRecord';
  if (!(spec.maxPayloadMb > 0 && spec.maxPayloadMb <= 100)) throw invalidRequest('maxPayloadMB must be above 0 and at most 100');
  if (!(spec.maxConcurrentTransforms >= 1 && spec.maxConcurrentTransforms <= 64)) {
    throw invalidRequest('maxConcurrentTransforms must be between 1 and 64');
  }
  if (!(spec.maxFailedRecordsPercent >= 0 && spec.maxFailedRecordsPercent <= 100)) {
    throw invalidRequest('errorPolicy.maxFailedRecordsPercent must be between 0 and 100');
  }
  const processing = spec.dataProcessing;
  const joinInput = oneOf(processing?.joinSource || 'None', ['None', 'Input'], 'dataProcessing.joinSource') === 'Input';
  const filter = (path: string | undefined) => (path && path.trim() !== '$' ? compileJsonPath(path) : undefined);
  const inputFilter = filter(processing?.inputFilter);
  const outputFilter = filter(processing?.outputFilter);
  if (!splitLines && (joinInput || inputFilter || outputFilter)) {
    throw invalidRequest('dataProcessing needs input.splitType Line: filters and joins apply to records, not whole objects');
  }
  return {
    input: location(spec.input.uri, 'input.uri'),
    output: location(spec.output.uri, 'output.uri'),
    inputFormat,
    outputFormat,
    outputContentType: { csv: 'text/csv', jsonlines: 'application/jsonlines', json: 'application/json' }[outputFormat],
    splitLines,
    gzip,
    maxPayloadBytes: Math.floor(spec.maxPayloadMb * 1024 * 1024),
    maxRecordsPerBatch: single ? 1 : Number.MAX_SAFE_INTEGER,
    concurrency: spec.maxConcurrentTransforms,
    inputFilter,
    records: new RecordOutput({
      inputFormat: recordLineFormat(inputFormat),
      accept: recordLineFormat(outputFormat),
      joinInput,
      outputFilter,
    }),
    separator,
    maxFailedRecordsPercent: spec.maxFailedRecordsPercent,
  };
}

/** Where an input object's output goes: `<output prefix>/<key relative to the input prefix>.out`. */
export function outputKeyOf(settings: Pick<TransformSettings, 'input' | 'output'>, key: string, suffix = '.out'): string {
  const relative = key === settings.input.key ? posix.basename(key) : key.slice(settings.input.key.length).replace(/^\/+/, '');
  return `${settings.output.key}/${relative}${suffix}`;
}

/** The error file of an input object: `<output prefix>/_errors/<relative key>.jsonl`. */
export function errorKeyOf(settings: Pick<TransformSettings, 'input' | 'output'>, key: string): string {
  return outputKeyOf({ input: settings.input, output: { ...settings.output, key: `${settings.output.key}/_errors` } }, key, '.jsonl');
}
