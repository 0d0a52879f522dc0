import { AppError } from '@modelserve/common';
import { RequestQueue, type QueuedRequest, type QueueSettings } from './request-queue';

const settings = (overrides: Partial<QueueSettings> = {}): QueueSettings => ({
  batching: true,
  maxBatchSize: 8,
  maxQueueDelayMs: 0,
  maxQueueSize: 100,
  maxInFlight: 1,
  ...overrides,
});

/** A queue whose runs are recorded and answered by hand. */
function recordingQueue(queueSettings: QueueSettings) {
  const runs: QueuedRequest<string>[][] = [];
  const finishers: (() => void)[] = [];
  const observed = { batches: [] as number[], shed: [] as string[] };
  const queue = new RequestQueue<string>(
    queueSettings,
    (batch) => {
      runs.push(batch);
      return new Promise<void>((resolve) => {
        finishers.push(() => {
          batch.forEach((request) => request.resolve(`answer to ${request.requestId}`));
          resolve();
        });
      });
    },
    { batch: (rows) => observed.batches.push(rows), waited: () => undefined, shed: (reason) => observed.shed.push(reason) },
  );
  const submit = (requestId: string, rows = 1, mergeKey: string | undefined = 'x', deadlineMs = 60_000) =>
    queue.submit({ inputs: [], rows, mergeKey, requestId, enqueuedAt: performance.now(), deadline: performance.now() + deadlineMs });
  return { queue, runs, finishers, observed, submit };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('RequestQueue', () => {
  it('merges the requests that arrive together into one run, and answers each', async () => {
    const { runs, finishers, submit } = recordingQueue(settings());
    const answers = ['a', 'b', 'c'].map((id) => submit(id));
    await turn();
    expect(runs.map((batch) => batch.map((r) => r.requestId))).toEqual([['a', 'b', 'c']]);
    finishers[0]();
    await expect(Promise.all(answers)).resolves.toEqual(['answer to a', 'answer to b', 'answer to c']);
  });

  it('gathers requests while its run slots are busy, and sends them together when one frees', async () => {
    const { runs, finishers, submit } = recordingQueue(settings());
    const first = submit('first');
    await turn();
    const later = ['b', 'c', 'd'].map((id) => submit(id));
    await turn();
    expect(runs).toHaveLength(1);
    finishers[0]();
    await first;
    await turn();
    expect(runs[1].map((r) => r.requestId)).toEqual(['b', 'c', 'd']);
    finishers[1]();
    await Promise.all(later);
  });

  it('keeps a batch within maxBatchSize rows, and runs a larger request alone', async () => {
    const { runs, finishers, submit } = recordingQueue(settings({ maxBatchSize: 4, maxInFlight: 10 }));
    const answers = [submit('a', 3), submit('b', 2), submit('big', 9), submit('c', 1)];
    await turn();
    expect(runs.map((batch) => batch.map((r) => r.requestId))).toEqual([['a', 'c'], ['b'], ['big']]);
    finishers.forEach((finish) => finish());
    await Promise.all(answers);
  });

  it('never merges requests whose other dimensions differ, or any request without batching', async () => {
    const { runs, finishers, submit } = recordingQueue(settings({ maxInFlight: 10 }));
    const answers = [submit('a', 1, '13|'), submit('b', 1, '12|'), submit('c', 1, '13|')];
    await turn();
    expect(runs.map((batch) => batch.map((r) => r.requestId))).toEqual([['a', 'c'], ['b']]);
    finishers.forEach((finish) => finish());
    await Promise.all(answers);

    const unbatched = recordingQueue(settings({ batching: false, maxInFlight: 10 }));
    const more = ['x', 'y'].map((id) => unbatched.submit(id));
    await turn();
    expect(unbatched.runs.map((batch) => batch.length)).toEqual([1, 1]);
    unbatched.finishers.forEach((finish) => finish());
    await Promise.all(more);
  });

  it('refuses a request past maxQueueSize with 429 and a Retry-After, without running it', async () => {
    const { runs, finishers, observed, submit } = recordingQueue(settings({ maxQueueSize: 2, maxBatchSize: 1 }));
    const running = submit('running');
    await turn();
    const waiting = [submit('w1'), submit('w2')];
    const refused = submit('refused');
    await expect(refused).rejects.toMatchObject({ code: 'TooManyRequests', retryAfterSeconds: expect.any(Number) });
    expect((await refused.catch((error: AppError) => error)).httpStatus).toBe(429);
    expect(observed.shed).toEqual(['queue_full']);
    for (let i = 0; i < 3; i++) {
      finishers[i]();
      await turn();
    }
    await Promise.all([running, ...waiting]);
    expect(runs.flat().map((r) => r.requestId)).toEqual(['running', 'w1', 'w2']);
  });

  it('answers 504 to a request whose deadline passes while it waits, without running it', async () => {
    const { runs, finishers, observed, submit } = recordingQueue(settings());
    const running = submit('running');
    await turn();
    const late = submit('late', 1, 'x', 30);
    const outcome = late.catch((error: AppError) => error);
    // The slot stays busy past the deadline; the queue notices on its own.
    const error = await outcome;
    expect(error).toMatchObject({ code: 'DeadlineExceeded' });
    expect((error as AppError).httpStatus).toBe(504);
    expect(observed.shed).toEqual(['deadline']);
    finishers[0]();
    await running;
    await turn();
    expect(runs.flat().map((r) => r.requestId)).toEqual(['running']);
  });

  it('fails every request of a run that throws, and goes on with the next', async () => {
    let calls = 0;
    const queue = new RequestQueue<string>(settings({ maxBatchSize: 2 }), async (batch) => {
      calls++;
      if (calls === 1) throw new AppError('Unavailable', 'worker gone');
      batch.forEach((request) => request.resolve('ok'));
    });
    const submit = (id: string) =>
      queue.submit({
        inputs: [],
        rows: 1,
        mergeKey: 'x',
        requestId: id,
        enqueuedAt: performance.now(),
        deadline: performance.now() + 1000,
      });
    const failed = [submit('a'), submit('b')];
    const next = submit('c');
    await expect(failed[0]).rejects.toMatchObject({ code: 'Unavailable' });
    await expect(failed[1]).rejects.toMatchObject({ code: 'Unavailable' });
    await expect(next).resolves.toBe('ok');
  });
});
