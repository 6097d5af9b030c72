import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { AuditQueryDto } from './audit-query.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** 审计日志 for administrators: newest first, filtered by user, action, object and time range. */
  @Get()
  @Roles('admin')
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
