import { Controller, Get, HttpCode, Inject, Module, Res, type DynamicModule } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** What a service reports on /readyz: ready only when it can do its job, with a reason when not. */
export interface ReadinessCheck {
  (): Promise<{ ready: boolean; detail?: Record<string, unknown> }> | { ready: boolean; detail?: Record<string, unknown> };
}

export const READINESS_CHECK = Symbol('READINESS_CHECK');

@Controller()
class HealthController {
  constructor(@Inject(READINESS_CHECK) private readonly readiness: ReadinessCheck) {}

  @Get('healthz')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const { ready, detail } = await this.readiness();
    reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not ready', ...detail };
  }
}

/** /healthz (process is up) and /readyz (dependencies are there), on every service. */
@Module({})
export class HealthModule {
  static register(readinessProvider: { useFactory: (...deps: never[]) => ReadinessCheck; inject?: unknown[] }): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: READINESS_CHECK, ...(readinessProvider as object) } as never],
    };
  }
}
