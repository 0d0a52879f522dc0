/**
 * The baseline a user would write instead of the platform: one process, Fastify, onnxruntime-node,
 * the model loaded once. POST /invocations {"instances": [...]} -> {"predictions": [[...]]}.
 * Arguments: model path, port, and the shape of one row (13, or 1,32,32).
 */
import Fastify from 'fastify';
import * as ort from 'onnxruntime-node';

async function main() {
  const [modelPath, port, rowShape] = [process.argv[2], Number(process.argv[3]), process.argv[4].split(',').map(Number)];
  const session = await ort.InferenceSession.create(modelPath, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const input = session.inputNames[0];
  const output = session.outputNames[0];
  const app = Fastify({ bodyLimit: 6 * 1024 * 1024 });
  app.post('/invocations', async (request) => {
    const rows = (request.body as { instances: unknown[] }).instances;
    const values = Float32Array.from(rows.flat(Infinity) as number[]);
    const result = await session.run({ [input]: new ort.Tensor('float32', values, [rows.length, ...rowShape]) });
    const data = result[output].data as Float32Array;
    const columns = data.length / rows.length;
    return { predictions: rows.map((_, i) => Array.from(data.subarray(i * columns, (i + 1) * columns))) };
  });
  await app.listen({ port, host: '127.0.0.1' });
  process.send?.('ready');
}

void main();
