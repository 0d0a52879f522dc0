/**
 * Metric values from a training job's output, as SageMaker reads them: each metric definition's regex
 * is applied to every line, and its first capture group (or the whole match, without one) is the value.
 */
export class MetricParser {
  private readonly definitions: { name: string; pattern: RegExp }[];

  constructor(definitions: readonly { name: string; regex: string }[]) {
    this.definitions = definitions.map(({ name, regex }) => ({ name, pattern: new RegExp(regex) }));
  }

  get empty() {
    return this.definitions.length === 0;
  }

  /** The values one line holds; lines that match no definition, or match with a non-number, give none. */
  parse(line: string): { name: string; value: number }[] {
    const values: { name: string; value: number }[] = [];
    for (const { name, pattern } of this.definitions) {
      const match = pattern.exec(line);
      if (!match) continue;
      const value = Number.parseFloat(match[1] ?? match[0]);
      if (Number.isFinite(value)) values.push({ name, value });
    }
    return values;
  }
}
