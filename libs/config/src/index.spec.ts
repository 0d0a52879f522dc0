import { commonShape, loadConfig, port, positiveInt, z } from './index';

/** loadConfig stops the process on a problem; here exit throws so the message can be read. */
function problemsOf(run: () => unknown): string {
  let written = '';
  const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('exit');
  });
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written += String(chunk);
    return true;
  });
  try {
    expect(run).toThrow('exit');
    expect(exit).toHaveBeenCalledWith(1);
    return written;
  } finally {
    exit.mockRestore();
    write.mockRestore();
  }
}

const shape = { ...commonShape, PORT: port(8080), SIZE: positiveInt(10), NAME: z.string().default('x') };

describe('loadConfig', () => {
  it('fills every default when nothing is set', () => {
    const config = loadConfig(shape, {});
    expect(config).toMatchObject({ PORT: 8080, SIZE: 10, NAME: 'x', LOG_LEVEL: 'info', REGISTRY_ADDRESS: '127.0.0.1:50051' });
    expect(config.DATA_DIR).toMatch(/\/\.data$/);
  });

  it('reads and coerces what is set', () => {
    expect(loadConfig(shape, { PORT: '9000', SIZE: '3', DATA_DIR: '/srv/data' })).toMatchObject({
      PORT: 9000,
      SIZE: 3,
      DATA_DIR: '/srv/data',
    });
  });

  it('stops with a message naming each bad variable', () => {
    const message = problemsOf(() => loadConfig(shape, { PORT: 'eighty', SIZE: '-1', REGISTRY_ADDRESS: 'nowhere' }));
    expect(message).toMatch(/^invalid configuration:/);
    expect(message).toMatch(/  PORT: /);
    expect(message).toMatch(/  SIZE: /);
    expect(message).toMatch(/  REGISTRY_ADDRESS: expected host:port/);
  });

  it('stops on a problem across variables found by the check', () => {
    const message = problemsOf(() => loadConfig(shape, { SIZE: '5' }, (c) => (c.SIZE < c.PORT ? [['SIZE', 'smaller than PORT']] : [])));
    expect(message).toContain('  SIZE: smaller than PORT');
  });
});
