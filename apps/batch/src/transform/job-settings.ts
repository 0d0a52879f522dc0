import {
  compileJsonPath,
  CONTENT_TYPES,
  recordLineFormat,
  requestFormat,
  responseFormat,
  type RecordFilter,
  type RecordFormat,
} from '@modelserve/codecs';
import type { TransformJobSpec__Output } from '@modelserve/contracts';
import { parseS3Uri, type ObjectLocation } from '@modelserve/storage';
import { posix } from 'node:path';
import { OutputRecordEncoder } from '../records/output-record-encoder';

/** A transform job's spec turned into what the runner uses. */
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
  outputEncoder: OutputRecordEncoder;
  /** Written after each output record. */
  separator: string;
  maxFailedRecordsPercent: number;
}

function location(uri: string): ObjectLocation {
  const parsed = parseS3Uri(uri)!;
  return { bucket: parsed.bucket, key: parsed.key.replace(/\/+$/, '') };
}

/**
 * The settings of a stored job spec. Specs are stored only once checked against TransformJobRequest
 * (@modelserve/schemas), with every default filled in.
 */
export function transformSettings(spec: TransformJobSpec__Output): TransformSettings {
  const input = spec.input!;
  const output = spec.output!;
  const processing = spec.dataProcessing!;
  const splitLines = input.splitType === 'Line';
  let inputFormat = requestFormat(input.contentType);
  let outputFormat = responseFormat(output.accept);
  // Split by lines, a JSON file is JSON Lines, and so is its output.
  if (splitLines && inputFormat === 'json') inputFormat = 'jsonlines';
  if (splitLines && outputFormat === 'json') outputFormat = 'jsonlines';
  const filter = (path: string) => (path.trim() !== '$' ? compileJsonPath(path) : undefined);
  return {
    input: location(input.uri),
    output: location(output.uri),
    inputFormat,
    outputFormat,
    outputContentType: CONTENT_TYPES[outputFormat],
    splitLines,
    gzip: input.compression === 'Gzip',
    maxPayloadBytes: Math.floor(spec.maxPayloadMb * 1024 * 1024),
    maxRecordsPerBatch: spec.batchStrategy === 'SingleRecord' ? 1 : Number.MAX_SAFE_INTEGER,
    concurrency: spec.maxConcurrentTransforms,
    inputFilter: filter(processing.inputFilter),
    outputEncoder: new OutputRecordEncoder({
      inputFormat: recordLineFormat(inputFormat),
      accept: recordLineFormat(outputFormat),
      joinInput: processing.joinSource === 'Input',
      outputFilter: filter(processing.outputFilter),
    }),
    separator: output.assembleWith === 'Line' ? '\n' : '',
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
