import { AppError } from '@modelserve/common';
import { compileJsonPath } from './json-path';

describe('compileJsonPath', () => {
  const row = ['id-1', '1.5', '2.5', '3.5'];
  const record = { id: 'a', features: [1, 2, 3], nested: { deep: [10, 20] } };

  it.each([
    ['$', row, row],
    ['$[1:]', row, ['1.5', '2.5', '3.5']],
    ['$[:2]', row, ['id-1', '1.5']],
    ['$[1:-1]', row, ['1.5', '2.5']],
    ['$[0]', row, 'id-1'],
    ['$[-1]', row, '3.5'],
    ['$[0,-1]', row, ['id-1', '3.5']],
    ['$.features', record, [1, 2, 3]],
    ["$['features']", record, [1, 2, 3]],
    ['$.nested.deep[1]', record, 20],
    ["$['id','features']", record, { id: 'a', features: [1, 2, 3] }],
    ['$.missing', record, undefined],
  ])('%s selects what SageMaker would', (path, input, expected) => {
    expect(compileJsonPath(path)(input)).toEqual(expected);
  });

  it.each(['features', '$[1:', '$[a]', '$..x', '$[1:2:3]'])('refuses %s with a 400 naming the path', (path) => {
    expect(() => compileJsonPath(path)).toThrow(AppError);
    expect(() => compileJsonPath(path)).toThrow(path);
  });
});
