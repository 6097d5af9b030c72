import { Public } from '@jixiao/people';
import { QueueHealthIndicator, queueHealthError } from '@jixiao/reminders';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  /** Liveness and readiness: PostgreSQL must answer. */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.database.pingCheck('database')]);
  }

  /**
   * The reminder queue (Redis), apart: the API serves everything else without it, so it must not
   * take the API out of a load balancer. 503 while Redis is down.
   */
  @Get('queue')
  @Public()
  @HealthCheck()
  checkQueue() {
    return this.health.check([() => this.queue.check('queue')]).catch(queueHealthError);
  }
}
