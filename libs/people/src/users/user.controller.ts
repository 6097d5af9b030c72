import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audit, AuditContext } from '../audit/audit-context';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreateUserDto, UpdateUserDto, UserListQuery } from './user.dto';
import { UserService } from './user.service';
import { ApiErrors } from '@jixiao/platform';
import { CreatedUser, TemporaryPassword, UserPage, UserView } from './user.view';

/** Account administration. Managers may read the accounts of their departments; only admins write. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '账号列表', description: 'Admins see every account, managers those of their departments and units.' })
  list(@CurrentUser() user: AuthUser, @Query() query: UserListQuery): Promise<UserPage> {
    return this.users.list(user, query);
  }

  @Get(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '账号详情' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '新建账号', description: 'Returns the generated first-login password once.' })
  @ApiErrors(409)
  create(@Body() body: CreateUserDto, @Audit() audit: AuditContext): Promise<CreatedUser> {
    return this.users.create(audit, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: '修改账号', description: '`version` must be the one read (409 when stale).' })
  @ApiErrors(409)
  update(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(user, audit, id, body);
  }

  @Post(':id/reset-password')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码', description: 'A new one-time password, returned once; the account changes it at its next login.' })
  resetPassword(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TemporaryPassword> {
    return this.users.resetPassword(user, audit, id);
  }

  @Post(':id/unlock')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '解除锁定' })
  unlock(
    @CurrentUser() user: AuthUser,
    @Audit() audit: AuditContext,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UserView> {
    return this.users.unlock(user, audit, id);
  }
}
