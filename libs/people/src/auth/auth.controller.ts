import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audit, AuditContext } from '../audit/audit-context';
import { AuthenticatedRequest } from './auth.guard';
import { ChangePasswordDto, LoginDto, RefreshDto } from './auth.dto';
import { AuthService, LoginResult, TokenPair } from './auth.service';
import { ALL_ROLES, AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { AllowPasswordChangePending } from './password-change-pending.decorator';
import { Public, Roles } from './roles.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Rate limited per client address and username (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_SECONDS). */
  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, request.ip ?? null);
  }

  /** Uses the refresh token up and returns a new pair; a reused token ends the session. */
  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  refresh(@Body() body: RefreshDto, @Req() request: AuthenticatedRequest): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, request.ip ?? null);
  }

  @Post('logout')
  @Roles(...ALL_ROLES)
  @AllowPasswordChangePending()
  @ApiBearerAuth()
  @HttpCode(204)
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
  @ApiBearerAuth()
  @HttpCode(204)
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

  /** Who am I: role and scope, for the client to shape its screens. */
  @Get('me')
  @Roles(...ALL_ROLES)
  @AllowPasswordChangePending()
  @ApiBearerAuth()
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
