import { logFormat } from './logger';

describe('logFormat', () => {
  it('is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    // Anything else is the default (the services' configuration refuses it at start).
    expect(logFormat({ LOG_FORMAT: 'xml' }, false)).toBe('json');
  });
});
