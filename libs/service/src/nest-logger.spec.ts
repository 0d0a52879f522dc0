import pino from 'pino';
import { NestPinoLogger } from './nest-logger';

function loggerAt(level: string) {
  const lines: { level: number; msg: string; context?: string }[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { nest: new NestPinoLogger(logger), lines };
}

describe('NestPinoLogger', () => {
  it("keeps Nest's start-up narration out of the info level, and everything else in", () => {
    const { nest, lines } = loggerAt('info');
    nest.log('Mapped {/v1/models, POST} route', 'RouterExplorer');
    nest.log('ModelsController {/v1/models}:', 'RoutesResolver');
    nest.log('GatewayModule dependencies initialized', 'InstanceLoader');
    nest.log('something the application says', 'Custom');
    nest.warn('a warning', 'RouterExplorer');
    expect(lines.map((l) => l.msg)).toEqual(['something the application says', 'a warning']);
  });

  it('shows the narration at debug level', () => {
    const { nest, lines } = loggerAt('debug');
    nest.log('Mapped {/v1/models, POST} route', 'RouterExplorer');
    expect(lines).toEqual([expect.objectContaining({ level: 20, msg: 'Mapped {/v1/models, POST} route', context: 'RouterExplorer' })]);
  });
});
