/**
 * One captured invocation, as the gateway's data capture writes it (one JSON object per line, in
 * <destination>/<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/<file>.jsonl) and monitoring reads it back.
 */
export interface CaptureRecord {
  time: string;
  requestId: string;
  /** The caller's X-Amzn-SageMaker-Inference-Id, or the one the gateway made: how ground truth finds this record. */
  inferenceId?: string;
  endpoint: string;
  variant: string;
  model: string;
  version: number;
  latencyMs: number;
  /** JSON bodies as their value; CSV and JSON Lines as text. */
  input: { contentType: string; data: unknown };
  output: { contentType: string; data: string };
}

/** The hour folder (yyyy/mm/dd/hh, UTC) a capture record of this time is filed under. */
export const captureHour = (time: string | number | Date) => new Date(time).toISOString().slice(0, 13).replace(/[-T]/g, '/');
