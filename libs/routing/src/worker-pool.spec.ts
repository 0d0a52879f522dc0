import * as grpc from '@grpc/grpc-js';
import { bindServer, channelOptions, inferenceServiceDefinition, type ModelInferRequest__Output } from '@modelserve/contracts';
import { freePort, waitFor } from '@modelserve/testing';
import type { RoutingTable } from './routing-table';
import { WorkerPool } from './worker-pool';

/**
 * A stand-in worker on loopback that answers each request on its ModelStreamInfer stream, fails it
 * with `failWith`, or, with `hold`, keeps every answer until release().
 */
async function fakeWorker({ failWith, hold = false }: { failWith?: string; hold?: boolean } = {}) {
  let served = 0;
  const held: (() => void)[] = [];
  const server = new grpc.Server(channelOptions(1024 * 1024));
  const handlers = {
    ModelStreamInfer: (call: grpc.ServerDuplexStream<ModelInferRequest__Output, unknown>) => {
      call.on('data', (request: ModelInferRequest__Output) => {
        served++;
        const answer = () => {
          if (failWith !== undefined) call.write({ id: request.id, message: 'not here', code: failWith });
          else call.write({ modelName: request.modelName, modelVersion: request.modelVersion, id: request.id, outputs: [], raw: [] });
        };
        if (hold) held.push(answer);
        else answer();
      });
      call.on('end', () => call.end());
    },
  };
  server.addService(inferenceServiceDefinition(), handlers as grpc.UntypedServiceImplementation);
  const port = await bindServer(server, '127.0.0.1', 0);
  return {
    address: `127.0.0.1:${port}`,
    served: () => served,
    release: () => held.splice(0).forEach((answer) => answer()),
    stop: () => server.forceShutdown(),
  };
}

describe('WorkerPool', () => {
  const routing = { onChange: () => undefined } as unknown as RoutingTable;
  const pool = new WorkerPool({ maxMessageBytes: 1024 * 1024, timeoutMs: 60_000 }, routing);
  const request = { modelName: 'm', modelVersion: '1', inputs: [], raw: [] };
  const workers: { stop(): void }[] = [];

  afterAll(() => {
    pool.onApplicationShutdown();
    workers.forEach((w) => w.stop());
  });

  it('sends each request to the instance with the fewest outstanding, not round robin', async () => {
    const busy = await fakeWorker({ hold: true });
    const idle = await fakeWorker();
    workers.push(busy, idle);
    // One request is held on the first instance...
    const pending = pool.infer([busy.address], request, 'r');
    await waitFor('the held request to reach its worker', () => busy.served() === 1);
    // ...so every request offered both instances goes to the other; round robin would send it half.
    for (let i = 0; i < 20; i++) await pool.infer([busy.address, idle.address], request, 'r');
    expect(idle.served()).toBe(20);
    expect(busy.served()).toBe(1);
    busy.release();
    await expect(pending).resolves.toMatchObject({ modelName: 'm' });
  });

  it("answers a worker's refusal of a request as that error, without trying elsewhere", async () => {
    const refusing = await fakeWorker({ failWith: 'InvalidInput' });
    const healthy = await fakeWorker();
    workers.push(refusing, healthy);
    await expect(pool.infer([refusing.address], request, 'r')).rejects.toMatchObject({ code: 'InvalidInput', message: 'not here' });
    expect(healthy.served()).toBe(0);
  });

  it('retries once on another instance when one cannot be reached or lacks the model', async () => {
    const healthy = await fakeWorker();
    const missingModel = await fakeWorker({ failWith: 'NotFound' });
    workers.push(healthy, missingModel);
    const unreachable = `127.0.0.1:${await freePort()}`;
    for (let i = 0; i < 20; i++) {
      await expect(pool.infer([unreachable, healthy.address], request, 'r')).resolves.toMatchObject({ modelName: 'm' });
      await expect(pool.infer([missingModel.address, healthy.address], request, 'r')).resolves.toMatchObject({ modelName: 'm' });
    }
    await expect(pool.infer([unreachable], request, 'r')).rejects.toMatchObject({ code: 'Unavailable' });
  });
});
