import { seededRandom, type SeededRandom } from '@modelserve/testing';
import { protos } from './grpc';
import type { InferParameter } from './generated/inference/InferParameter';
import {
  decodeInferRequest,
  decodeInferResponse,
  decodeStreamInferResponse,
  encodeInferCall,
  encodeInferResponse,
  encodeStreamInferResponse,
  MalformedMessageError,
  type InferCall,
} from './model-infer-codec';

/** proto-loader's own (de)serializers for ModelInfer: the reference the hand-written codec must match byte for byte. */
const reference = protos().inference.inference.GRPCInferenceService.service.ModelInfer;

const text = (r: SeededRandom) => r.pick(['', 'm', 'wine', 'é-model', 'x'.repeat(200)]);
const shape = (r: SeededRandom) => Array.from({ length: r.int(5) }, () => r.pick([0, 1, 3, 127, 128, 300, 2 ** 31, 2 ** 40, -1]));
const bytes = (r: SeededRandom) => Buffer.from(Array.from({ length: r.pick([0, 1, 7, 130, 2_000]) }, () => r.int(256)));

function randomCall(r: SeededRandom): InferCall {
  const inputs = Array.from({ length: r.int(4) }, () => ({ name: text(r), datatype: r.pick(['FP32', 'INT64', 'BOOL']), shape: shape(r) }));
  return {
    modelName: text(r),
    modelVersion: r.pick(['', '1', '42']),
    id: text(r),
    inputs,
    // Each input's bytes in up to three parts, as merged requests send them.
    raw: inputs.map(() => Array.from({ length: 1 + r.int(3) }, () => bytes(r))),
    outputs: r.next() < 0.5 ? undefined : Array.from({ length: r.int(3) }, () => text(r)),
  };
}

describe('ModelInfer wire codec', () => {
  it('writes requests that protobufjs reads back to the same fields (fuzz)', () => {
    const r = seededRandom(21);
    for (let i = 0; i < 500; i++) {
      const call = randomCall(r);
      const decoded = reference.requestDeserialize(encodeInferCall(call));
      expect(decoded).toMatchObject({
        modelName: call.modelName,
        modelVersion: call.modelVersion,
        id: call.id,
        inputs: call.inputs.map((input) => ({ name: input.name, datatype: input.datatype, shape: input.shape })),
        outputs: (call.outputs ?? []).map((name) => ({ name })),
      });
      expect(decoded.rawInputContents.map((b) => Buffer.from(b).toString('hex'))).toEqual(
        call.raw.map((parts) => Buffer.concat(parts).toString('hex')),
      );
    }
  });

  it('reads any V2 request as proto-loader does, typed contents and parameters included (fuzz)', () => {
    const r = seededRandom(22);
    for (let i = 0; i < 500; i++) {
      const parameter = (): InferParameter => r.pick<InferParameter>([{ boolParam: true }, { int64Param: 7 }, { stringParam: 'p' }]);
      const sometimes = (p: number, key: string): Record<string, InferParameter> => (r.next() < p ? { [key]: parameter() } : {});
      const request = {
        modelName: text(r),
        modelVersion: r.pick(['', '3']),
        id: text(r),
        parameters: sometimes(0.5, 'priority'),
        inputs: Array.from({ length: r.int(3) }, () => ({
          name: text(r),
          datatype: 'FP32',
          shape: shape(r),
          parameters: sometimes(0.3, 'binary_data_size'),
          contents: r.next() < 0.5 ? { fp32Contents: [1.5, -2, 0], int64Contents: [5, -3] } : undefined,
        })),
        outputs: Array.from({ length: r.int(3) }, () => ({
          name: text(r),
          parameters: sometimes(0.3, 'classification'),
        })),
        rawInputContents: Array.from({ length: r.int(3) }, () => bytes(r)),
      };
      const wire = reference.requestSerialize(request);
      const expected = reference.requestDeserialize(wire);
      const got = decodeInferRequest(wire);
      expect({ ...got, rawInputContents: got.rawInputContents.map((b) => b.toString('hex')) }).toEqual({
        ...expected,
        rawInputContents: expected.rawInputContents.map((b) => Buffer.from(b).toString('hex')),
      });
    }
  });

  it('writes and reads responses as proto-loader does, both ways (fuzz)', () => {
    const r = seededRandom(23);
    for (let i = 0; i < 500; i++) {
      const outputs = Array.from({ length: r.int(4) }, () => ({ name: text(r), datatype: 'FP32', shape: shape(r) }));
      const response = { modelName: text(r), modelVersion: '1', id: text(r), outputs, raw: outputs.map(() => bytes(r)) };
      const read = reference.responseDeserialize(encodeInferResponse(response));
      expect(read).toMatchObject({ modelName: response.modelName, id: response.id, outputs });
      expect(read.rawOutputContents.map((b) => Buffer.from(b).toString('hex'))).toEqual(response.raw.map((b) => b.toString('hex')));

      const wire = reference.responseSerialize({ ...response, rawOutputContents: response.raw });
      const decoded = decodeInferResponse(wire);
      expect({ ...decoded, raw: decoded.raw.map((b) => b.toString('hex')) }).toEqual({
        ...response,
        raw: response.raw.map((b) => b.toString('hex')),
        parameters: {},
      });
    }
  });

  it("carries each request's answer or failure on a ModelStreamInfer stream, as Triton's protocol reads it", () => {
    const stream = protos().inference.inference.GRPCInferenceService.service.ModelStreamInfer;
    const response = {
      modelName: 'm',
      modelVersion: '2',
      id: '7/req',
      outputs: [{ name: 'y', datatype: 'FP32', shape: [1, 2] }],
      raw: [Buffer.alloc(8, 3)],
    };
    const answered = encodeStreamInferResponse(response);
    expect(stream.responseDeserialize(answered)).toMatchObject({ errorMessage: '', inferResponse: { id: '7/req', modelVersion: '2' } });
    expect(decodeStreamInferResponse(answered)).toMatchObject({ id: '7/req', answer: { outputs: response.outputs } });

    const failed = encodeStreamInferResponse({ id: '8/req', message: 'input "x" is missing', code: 'InvalidInput' });
    expect(stream.responseDeserialize(failed)).toMatchObject({
      errorMessage: 'input "x" is missing',
      inferResponse: { id: '8/req', parameters: { error_code: { stringParam: 'InvalidInput' } } },
    });
    expect(decodeStreamInferResponse(failed)).toEqual({
      id: '8/req',
      failure: { id: '8/req', message: 'input "x" is missing', code: 'InvalidInput' },
    });
  });

  it('reads raw tensor bytes as views of the message, without copying them', () => {
    const wire = encodeInferResponse({
      modelName: 'm',
      modelVersion: '1',
      id: '',
      outputs: [{ name: 'y', datatype: 'FP32', shape: [2] }],
      raw: [Buffer.alloc(8, 1)],
    });
    const decoded = decodeInferResponse(wire);
    expect(decoded.raw[0].buffer).toBe(wire.buffer);
  });

  it('refuses a truncated message instead of reading past it', () => {
    const wire = encodeInferCall({
      modelName: 'm',
      modelVersion: '1',
      id: 'r',
      inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 4] }],
      raw: [[Buffer.alloc(16)]],
    });
    let refused = 0;
    for (let cut = 1; cut < wire.length; cut++) {
      try {
        // A cut at a field boundary is a valid, shorter message.
        decodeInferRequest(wire.subarray(0, cut));
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedMessageError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(wire.length / 2);
  });
});
