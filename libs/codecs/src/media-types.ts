import { AppError } from '@modelserve/common';

export type RecordFormat = 'json' | 'csv' | 'jsonlines';

/** Every media type a record body may have, and how it is read. */
const FORMATS = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/jsonlines': 'jsonlines',
  'application/jsonl': 'jsonlines',
  'application/x-jsonlines': 'jsonlines',
  'application/x-ndjson': 'jsonlines',
} as const satisfies Record<string, RecordFormat>;

export type RecordMediaType = keyof typeof FORMATS;
export const RECORD_MEDIA_TYPES = Object.keys(FORMATS) as [RecordMediaType, ...RecordMediaType[]];

const formatOf = (mediaType: string): RecordFormat | undefined =>
  Object.hasOwn(FORMATS, mediaType) ? FORMATS[mediaType as RecordMediaType] : undefined;

/** The media type the platform writes for each format. */
export const CONTENT_TYPES: Record<RecordFormat, RecordMediaType> = {
  json: 'application/json',
  csv: 'text/csv',
  jsonlines: 'application/jsonlines',
};

const mediaType = (value: string) => value.split(';')[0].trim().toLowerCase();

/** The format of a request body, from its Content-Type; 415 when the platform cannot read it. */
export function requestFormat(contentType: string | undefined): RecordFormat {
  const format = contentType ? formatOf(mediaType(contentType)) : undefined;
  if (!format) {
    throw new AppError(
      'UnsupportedMediaType',
      `Content-Type ${contentType ?? '(none)'} is not supported; use application/json, text/csv or application/jsonlines`,
    );
  }
  return format;
}

/** The format of the response, from Accept: JSON when absent or anything goes; 406 when nothing offered fits. */
export function responseFormat(accept: string | undefined): RecordFormat {
  if (!accept) return 'json';
  for (const offer of accept.split(',')) {
    const type = mediaType(offer);
    if (type === '*/*' || type === 'application/*') return 'json';
    if (type === 'text/*') return 'csv';
    const format = formatOf(type);
    if (format) return format;
  }
  throw new AppError('NotAcceptable', `Accept ${accept} cannot be served; use application/json, text/csv or application/jsonlines`);
}
