import {
  csvCell,
  parseRecord,
  predictionCells,
  predictionsOf,
  batchSize,
  type OutputTensor,
  type RecordFilter,
  type RecordLineFormat,
} from '@modelserve/codecs';

export interface OutputOptions {
  inputFormat: RecordLineFormat;
  accept: RecordLineFormat;
  /** Each output record carries its input record. */
  joinInput: boolean;
  outputFilter?: RecordFilter;
}

/**
 * Writes one output record per predicted row. Without a join or filter this is the prediction alone.
 * With joinSource Input, a CSV output is the input's cells followed by the prediction's; a JSON output
 * is the input object with a "prediction" key, or {"input": ..., "prediction": ...} for other inputs.
 * The output filter then selects from that record.
 */
export class OutputRecordEncoder {
  constructor(private readonly options: OutputOptions) {}

  /** Each output record on its own (for one message per record). */
  records(outputs: readonly OutputTensor[], inputs: readonly string[]): string[] {
    const records: string[] = [];
    this.eachRecord(outputs, inputs, (record) => records.push(record));
    return records;
  }

  private eachRecord(outputs: readonly OutputTensor[], inputs: readonly string[], take: (record: string) => void) {
    const { accept, joinInput, outputFilter } = this.options;
    const rows = batchSize(outputs);
    if (rows !== inputs.length) throw new Error(`the model answered ${rows} rows for ${inputs.length} records`);
    if (accept === 'csv') {
      for (let row = 0; row < rows; row++) {
        let cells = predictionCells(outputs, row);
        if (joinInput) cells = [...this.inputCells(inputs[row]), ...cells];
        if (outputFilter) cells = asArray(outputFilter(cells));
        take(cells.map(csvCell).join(','));
      }
      return;
    }
    const predictions = predictionsOf(outputs);
    for (let row = 0; row < rows; row++) {
      let record = predictions[row];
      if (joinInput) record = this.joined(inputs[row], record);
      if (outputFilter) record = outputFilter(record);
      take(JSON.stringify(record ?? null));
    }
  }

  private inputCells(line: string): unknown[] {
    const input = parseRecord(this.options.inputFormat, line);
    return Array.isArray(input) ? input : [JSON.stringify(input)];
  }

  private joined(line: string, prediction: unknown): unknown {
    const input = parseRecord(this.options.inputFormat, line);
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) return { ...input, prediction };
    return { input, prediction };
  }
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
