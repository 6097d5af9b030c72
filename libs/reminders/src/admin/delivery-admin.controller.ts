import { Roles } from '@jixiao/people';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DeliveryStatus } from '../delivery/reminder-delivery.entity';
import { DeliveryAdminService } from './delivery-admin.service';
import { DeliveryList, RetryQueued } from './delivery.view';

export class DeliveryQueryDto {
  @ApiPropertyOptional({ enum: ['failed', 'sending', 'sent'], default: 'failed' })
  @IsOptional()
  @IsIn(['failed', 'sending', 'sent'])
  status?: DeliveryStatus;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  offset?: number;
}

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/reminder-deliveries')
export class DeliveryAdminController {
  constructor(private readonly deliveries: DeliveryAdminService) {}

  /** Deliveries by status, failed ones by default (each with its last error). */
  @Get()
  @ApiOperation({ summary: '提醒发送记录', description: 'Deliveries by status (failed ones to retry), newest first.' })
  list(@Query() query: DeliveryQueryDto): Promise<DeliveryList> {
    return this.deliveries.list(query.status ?? 'failed', query.limit ?? 50, query.offset ?? 0);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: '重新发送提醒', description: 'Queues the delivery again (202).' })
  async retry(@Param('id', ParseUUIDPipe) id: string): Promise<RetryQueued> {
    await this.deliveries.retry(id);
    return { queued: true };
  }
}
