import type { Logger } from '@modelserve/common';
import { captureHour, type CaptureRecord, type DataCapture__Output } from '@modelserve/contracts';
import { ObjectStore, parseS3Uri, type ObjectLocation } from '@modelserve/storage';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { GatewayMetrics } from '../observability/metrics';

interface Pending {
  destination: ObjectLocation;
  record: CaptureRecord;
}

/**
 * Captures a sample of invocations to object storage for monitoring and retraining. The request path
 * only appends to a bounded buffer; files are written in batches off the request path, partitioned as
 * <prefix>/<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/. When the buffer is full a record is dropped
 * and counted: capture never slows or fails an invocation.
 */
@Injectable()
export class DataCaptureWriter implements OnApplicationShutdown {
  private buffer: Pending[] = [];
  private readonly store: ObjectStore;
  private readonly timer: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
    private readonly metrics: GatewayMetrics,
  ) {
    this.store = new ObjectStore(config);
    this.timer = setInterval(() => void this.flush(), config.CAPTURE_FLUSH_MS);
    this.timer.unref();
  }

  /** Samples and buffers one invocation; cheap and synchronous. */
  offer(settings: DataCapture__Output | null | undefined, record: () => CaptureRecord): void {
    if (!settings || !(Math.random() * 100 < settings.samplingPercent)) return;
    const captured = record();
    if (this.buffer.length >= this.config.CAPTURE_BUFFER_RECORDS) {
      this.metrics.captured.inc({ endpoint: captured.endpoint, outcome: 'dropped' });
      return;
    }
    this.buffer.push({ destination: this.destinationOf(settings), record: captured });
    if (this.buffer.length >= this.config.CAPTURE_BATCH_RECORDS) void this.flush();
  }

  private destinationOf(settings: DataCapture__Output): ObjectLocation {
    return (settings.destination && parseS3Uri(`${settings.destination}/x`)) || this.store.location('capture/x');
  }

  /** Writes everything buffered, one file per destination, endpoint, variant and hour. */
  flush(): Promise<void> {
    if (this.flushing || this.buffer.length === 0) return this.flushing ?? Promise.resolve();
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.write(batch).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(batch: Pending[]) {
    const files = new Map<string, { location: ObjectLocation; records: CaptureRecord[] }>();
    for (const { destination, record } of batch) {
      const prefix = destination.key.replace(/\/x$/, '');
      const hour = captureHour(record.time);
      const key = `${prefix}/${record.endpoint}/${record.variant}/${hour}`;
      const file = files.get(`${destination.bucket}/${key}`) ?? { location: { bucket: destination.bucket, key }, records: [] };
      file.records.push(record);
      files.set(`${destination.bucket}/${key}`, file);
    }
    for (const { location, records } of files.values()) {
      const body = Buffer.from(records.map((r) => JSON.stringify(r) + '\n').join(''));
      const key = `${location.key}/${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.jsonl`;
      try {
        await this.store.ensureBucket(location.bucket);
        await this.store.uploadStream({ bucket: location.bucket, key }, body, body.length);
        this.metrics.captured.inc({ endpoint: records[0].endpoint, outcome: 'written' }, records.length);
      } catch (error) {
        this.metrics.captured.inc({ endpoint: records[0].endpoint, outcome: 'failed' }, records.length);
        this.logger.warn({ err: error, bucket: location.bucket, key, records: records.length }, 'data capture write failed');
      }
    }
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}
