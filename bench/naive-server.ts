/**
 * The baseline a user would write instead of the platform: one process, Fastify, onnxruntime-node,
 * the model loaded once. POST /invocations {"instances": [[...]]} -> {"predictions": [[...]]}.
 */
import Fastify from 'fastify';
import * as ort from 'onnxruntime-node';

async function main() {
  const [modelPath, port] = [process.argv[2], Number(process.argv[3])];
  const session = await ort.InferenceSession.create(modelPath, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const input = session.inputNames[0];
  const output = session.outputNames[0];
  const app = Fastify();
  app.post('/invocations', async (request) => {
    const rows = (request.body as { instances: number[][] }).instances;
    const width = rows[0].length;
    const result = await session.run({ [input]: new ort.Tensor('float32', Float32Array.from(rows.flat()), [rows.length, width]) });
    const data = result[output].data as Float32Array;
    const columns = data.length / rows.length;
    return { predictions: rows.map((_, i) => Array.from(data.subarray(i * columns, (i + 1) * columns))) };
  });
  await app.listen({ port, host: '127.0.0.1' });
  process.send?.('ready');
}

void main();
