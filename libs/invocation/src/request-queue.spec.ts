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
  it('sends a request at once when nothing waits and a slot is free', async () => {
    const { runs, finishers, submit } = recordingQueue(settings({ maxInFlight: 2 }));
    const answers = [submit('a'), submit('b')];
    // Both went out before the event loop turned: under light load nothing waits for company.
    expect(runs.map((batch) => batch.map((r) => r.requestId))).toEqual([['a'], ['b']]);
    finishers.forEach((finish) => finish());
    await expect(Promise.all(answers)).resolves.toEqual(['answer to a', 'answer to b']);
  });

  it('gathers requests while its run slots are busy, and sends them together when one frees', async () => {
    const { runs, finishers, submit } = recordingQueue(settings());
    const first = submit('first');
    const later = ['b', 'c', 'd'].map((id) => submit(id));
    await turn();
    expect(runs).toHaveLength(1);
    finishers[0]();
    await first;
    await turn();
    expect(runs[1].map((r) => r.requestId)).toEqual(['b', 'c', 'd']);
    finishers[1]();
    await expect(Promise.all(later)).resolves.toEqual(['answer to b', 'answer to c', 'answer to d']);
  });

  /** Submits `blocker` to hold the only slot, then the rest, and lets the blocker finish: the rest run as the queue batches them. */
  async function batchesBehindBlocker(queueSettings: QueueSettings, requests: [string, number, string][]) {
    const queue = recordingQueue(queueSettings);
    const blocker = queue.submit('blocker');
    const answers = requests.map(([id, rows, key]) => queue.submit(id, rows, key));
    queue.finishers[0]();
    await blocker;
    for (let i = 1; queue.runs.length > i - 1 && i < 10; i++) {
      await turn();
      queue.finishers[i]?.();
    }
    await Promise.all(answers);
    return queue.runs.slice(1).map((batch) => batch.map((r) => r.requestId));
  }

  it('keeps a batch within maxBatchSize rows, and runs a larger request alone', async () => {
    const batches = await batchesBehindBlocker(settings({ maxBatchSize: 4 }), [
      ['a', 3, 'x'],
      ['b', 2, 'x'],
      ['big', 9, 'x'],
      ['c', 1, 'x'],
    ]);
    expect(batches).toEqual([['a', 'c'], ['b'], ['big']]);
  });

  it('never merges requests whose other dimensions differ, or any request without batching', async () => {
    const batches = await batchesBehindBlocker(settings(), [
      ['a', 1, '13|'],
      ['b', 1, '12|'],
      ['c', 1, '13|'],
    ]);
    expect(batches).toEqual([['a', 'c'], ['b']]);
    const unbatched = await batchesBehindBlocker(settings({ batching: false }), [
      ['x', 1, 'k'],
      ['y', 1, 'k'],
    ]);
    expect(unbatched).toEqual([['x'], ['y']]);
  });

  it('refuses a request past maxQueueSize with 429 and a Retry-After, without running it', async () => {
    const { runs, finishers, observed, submit } = recordingQueue(settings({ maxQueueSize: 2, maxBatchSize: 1 }));
    const running = submit('running');
    await turn();
    const waiting = [submit('w1'), submit('w2')];
    const refused = submit('refused');
    await expect(refused).rejects.toMatchObject({ code: 'TooManyRequests', retryAfterSeconds: expect.any(Number) });
    expect(((await refused.catch((error: unknown) => error)) as AppError).httpStatus).toBe(429);
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
      // The second run (a and b, merged behind the first) fails as a whole.
      if (calls === 2) throw new AppError('Unavailable', 'worker gone');
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
    const first = submit('first');
    const failed = [submit('a'), submit('b')];
    const next = submit('c');
    await expect(first).resolves.toBe('ok');
    await expect(failed[0]).rejects.toMatchObject({ code: 'Unavailable' });
    await expect(failed[1]).rejects.toMatchObject({ code: 'Unavailable' });
    await expect(next).resolves.toBe('ok');
  });
});
