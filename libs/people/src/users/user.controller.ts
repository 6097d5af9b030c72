import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit, AuditContext } from '../audit/audit-context';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreateUserDto, UpdateUserDto, UserListQuery } from './user.dto';
import { UserService } from './user.service';

/** Account administration. Managers may read the accounts of their departments; only admins write. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @Roles('admin', 'manager')
  list(@CurrentUser() user: AuthUser, @Query() query: UserListQuery) {
    return this.users.list(user, query);
  }

  @Get(':id')
  @Roles('admin', 'manager')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.get(user, id);
  }

  /** Returns the generated first-login password once. */
  @Post()
  @Roles('admin')
  create(@Body() body: CreateUserDto, @Audit() audit: AuditContext) {
    return this.users.create(audit, body);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ) {
    return this.users.update(user, audit, id, body);
  }

  @Post(':id/reset-password')
  @Roles('admin')
  @HttpCode(200)
  resetPassword(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.users.resetPassword(user, audit, id);
  }

  @Post(':id/unlock')
  @Roles('admin')
  @HttpCode(200)
  unlock(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.users.unlock(user, audit, id);
  }
}
