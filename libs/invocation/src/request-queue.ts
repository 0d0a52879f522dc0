import { AppError } from '@modelserve/common';
import type { Tensor } from '@modelserve/codecs';
import { BatchPolicy } from './batch-policy';

/** How one variant's requests are queued and merged; see BatchingSettings in proto/modelserve/common.proto. */
export interface QueueSettings {
  batching: boolean;
  maxBatchSize: number;
  maxQueueDelayMs: number;
  maxQueueSize: number;
  /** Runs of this variant in flight at once; more requests wait in the queue. */
  maxInFlight: number;
}

/** A decoded request waiting for its run. */
export interface QueuedRequest<Result> {
  inputs: Tensor[];
  /** Rows along the batch dimension (the first dimension of every input), when it can be merged. */
  rows: number;
  /** Requests merge only with requests whose inputs have the same dimensions past the first. */
  mergeKey: string | undefined;
  requestId: string;
  enqueuedAt: number;
  deadline: number;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/** What the queue reports of its work, per variant. */
export interface QueueObserver {
  batch(rows: number, requests: number): void;
  waited(seconds: number): void;
  shed(reason: 'queue_full' | 'deadline'): void;
}

/**
 * One variant's requests on their way to its workers. A request that arrives while a run slot is free
 * is sent at the end of the current event-loop turn, together with the requests that arrived in that
 * turn, unless the batch policy says a bigger batch is worth a short wait. While every slot is busy,
 * requests gather and the next free slot takes as many as fit in one batch. The queue is bounded: past
 * maxQueueSize a request is refused at once (429), and a request whose deadline passes while it waits
 * is answered 504; neither reaches a worker.
 */
export class RequestQueue<Result> {
  private readonly waiting: QueuedRequest<Result>[] = [];
  private inFlight = 0;
  private pumpScheduled = false;
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  readonly policy = new BatchPolicy();

  constructor(
    public settings: QueueSettings,
    /** Runs a batch; resolves or rejects each of its requests itself. */
    private readonly run: (batch: QueuedRequest<Result>[]) => Promise<void>,
    private readonly observer?: QueueObserver,
  ) {}

  get depth() {
    return this.waiting.length;
  }

  get busy() {
    return this.inFlight > 0 || this.waiting.length > 0;
  }

  submit(request: Omit<QueuedRequest<Result>, 'resolve' | 'reject'>): Promise<Result> {
    if (this.waiting.length >= this.settings.maxQueueSize) {
      this.observer?.shed('queue_full');
      const seconds = Math.max(1, Math.ceil(this.policy.drainMs(this.queuedRows(), this.settings.maxBatchSize) / 1000));
      return Promise.reject(
        new AppError('TooManyRequests', `the variant has ${this.waiting.length} requests waiting, its limit; retry in ${seconds} s`, {
          retryAfterSeconds: seconds,
        }),
      );
    }
    this.policy.arrived(request.enqueuedAt, request.rows);
    return new Promise<Result>((resolve, reject) => {
      const queued = { ...request, resolve, reject };
      // Nothing waiting, a slot free and no batch worth waiting for: run it now, not at the end of the turn.
      if (this.waiting.length === 0 && this.inFlight < this.settings.maxInFlight && this.runsAlone()) {
        this.dispatch([queued], performance.now());
        return;
      }
      this.waiting.push(queued);
      this.schedulePump();
    });
  }

  /** Under light load (a lone row keeps up with the traffic), a request gains nothing by waiting for others. */
  private runsAlone(): boolean {
    return !this.settings.batching || this.policy.targetRows(this.settings.maxBatchSize) <= 1;
  }

  private schedulePump() {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private queuedRows() {
    let rows = 0;
    for (const request of this.waiting) rows += request.rows;
    return rows;
  }

  private pump() {
    const now = performance.now();
    this.expire(now);
    while (this.waiting.length && this.inFlight < this.settings.maxInFlight) {
      const { batching, maxBatchSize, maxQueueDelayMs } = this.settings;
      if (batching) {
        const wait = this.policy.waitMs(this.queuedRows(), now - this.waiting[0].enqueuedAt, maxBatchSize, maxQueueDelayMs);
        // Timers tick in whole milliseconds: a shorter wait is not worth one.
        if (wait >= 0.5) {
          this.wakeAt(now + wait);
          return;
        }
      }
      this.dispatch(this.takeBatch(), now);
    }
    // Requests wait behind busy slots: make sure the first deadline is noticed even if no run ends.
    if (this.waiting.length) this.wakeAt(this.waiting[0].deadline);
  }

  /** The oldest request and the later ones that can share its run, up to maxBatchSize rows. */
  private takeBatch(): QueuedRequest<Result>[] {
    const first = this.waiting.shift()!;
    const batch = [first];
    if (!this.settings.batching || first.mergeKey === undefined) return batch;
    let rows = first.rows;
    for (let i = 0; i < this.waiting.length && rows < this.settings.maxBatchSize;) {
      const candidate = this.waiting[i];
      if (candidate.mergeKey === first.mergeKey && rows + candidate.rows <= this.settings.maxBatchSize) {
        batch.push(candidate);
        rows += candidate.rows;
        this.waiting.splice(i, 1);
      } else {
        i++;
      }
    }
    return batch;
  }

  private dispatch(batch: QueuedRequest<Result>[], now: number) {
    let rows = 0;
    for (const request of batch) {
      rows += request.rows;
      this.observer?.waited((now - request.enqueuedAt) / 1000);
    }
    this.observer?.batch(rows, batch.length);
    this.inFlight++;
    const started = performance.now();
    void this.run(batch)
      .catch((error: unknown) => batch.forEach((request) => request.reject(error)))
      .finally(() => {
        this.inFlight--;
        this.policy.ran(rows, performance.now() - started);
        this.pump();
      });
  }

  /** Answers 504 to the requests whose deadline passed while they waited. */
  private expire(now: number) {
    for (let i = 0; i < this.waiting.length;) {
      const request = this.waiting[i];
      if (request.deadline > now) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.observer?.shed('deadline');
      request.reject(
        new AppError('DeadlineExceeded', `the request waited ${Math.round(now - request.enqueuedAt)} ms in the queue, past its deadline`),
      );
    }
  }

  private wakeAt(at: number) {
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, at - performance.now()),
    );
    this.timer.unref();
  }

  /** Fails everything waiting (the variant is gone). */
  close(error: AppError) {
    clearTimeout(this.timer);
    for (const request of this.waiting.splice(0)) request.reject(error);
  }
}
