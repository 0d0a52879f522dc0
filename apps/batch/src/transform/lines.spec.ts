import { Readable } from 'node:stream';
import { readLines, type Line } from './lines';

async function collect(chunks: string[], start = { line: 0, byte: 0 }, max = 1000): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const batch of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), start, max)) lines.push(...batch);
  return lines;
}

describe('readLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, with numbers and resume offsets', async () => {
    const lines = await collect(['a,1\r\nbb', ',2\n', '\nlast']);
    expect(lines).toEqual([
      { text: 'a,1', number: 1, end: 5 },
      { text: 'bb,2', number: 2, end: 10 },
      { text: '', number: 3, end: 11 },
      { text: 'last', number: 4, end: 15 },
    ]);
  });

  it('counts bytes, not characters, so that a resume offset is exact for UTF-8', async () => {
    const [first, second] = await collect(['é,1\nz,2\n']);
    expect(first.end).toBe(5);
    expect(second).toEqual({ text: 'z,2', number: 2, end: 9 });
  });

  it('continues numbering from a resume position', async () => {
    expect(await collect(['x\n'], { line: 41, byte: 900 })).toEqual([{ text: 'x', number: 42, end: 902 }]);
  });

  it('fails on a line longer than the limit instead of buffering it', async () => {
    await expect(collect(['x'.repeat(50), 'y'.repeat(60)], undefined, 100)).rejects.toThrow(/line 1 is longer than 100 bytes/);
  });
});
