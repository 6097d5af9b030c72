import { Public } from '@jixiao/people';
import { QueueHealthIndicator, queueHealthError } from '@jixiao/reminders';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ security: [], summary: '健康检查', description: 'Liveness and readiness: PostgreSQL must answer.' })
  check() {
    return this.health.check([() => this.database.pingCheck('database')]);
  }

  @Get('queue')
  @Public()
  @HealthCheck()
  @ApiOperation({ security: [], summary: '提醒队列健康检查', description: 'The reminder queue (Redis), apart: the API serves everything else without it, so it must not take the API out of a load balancer. 503 while Redis is down.' })
  checkQueue() {
    return this.health.check([() => this.queue.check('queue')]).catch(queueHealthError);
  }
}
