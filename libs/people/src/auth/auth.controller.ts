import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audit, AuditContext } from '../audit/audit-context';
import { AuthenticatedRequest } from './auth.guard';
import { ChangePasswordDto, LoginDto, RefreshDto } from './auth.dto';
import { AuthService, LoginResult, TokenPair } from './auth.service';
import { ALL_ROLES, AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { AllowPasswordChangePending } from './password-change-pending.decorator';
import { Public, Roles } from './roles.decorator';
import { ApiErrors } from '@jixiao/platform';
import { MeView } from './auth.view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ security: [], summary: '登录', description: 'Rate limited per client address and username (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_SECONDS). With `mustChangePassword` the tokens reach only change-password, logout and /auth/me.' })
  @ApiErrors(429)
  login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, request.ip ?? null);
  }

  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ security: [], summary: '刷新令牌', description: 'Uses the refresh token up and returns a new pair; a reused token ends the session.' })
  @ApiErrors(429)
  refresh(@Body() body: RefreshDto, @Req() request: AuthenticatedRequest): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, request.ip ?? null);
  }

  @Post('logout')
  @Roles(...ALL_ROLES)
  @AllowPasswordChangePending()
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录', description: 'Ends the session: its refresh token stops working.' })
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
    @Audit() audit: AuditContext,
  ) {
    await this.auth.logout(user, request.authSessionId!, audit);
  }

  @Post('change-password')
  @Roles(...ALL_ROLES)
  @AllowPasswordChangePending()
  @HttpCode(204)
  @ApiOperation({ summary: '修改密码', description: 'Checked against the password policy; the error names the rules broken.' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Audit() audit: AuditContext,
  ) {
    await this.auth.changePassword(
      user,
      request.authSessionId ?? null,
      body.currentPassword,
      body.newPassword,
      audit,
    );
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @AllowPasswordChangePending()
  @ApiOperation({ summary: '当前用户', description: 'Role, display name, departments and units (with names) in scope, when the password expires.' })
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.auth.me(user);
  }
}
