import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SavePreferenceDto } from '../preferences/preference.dto';
import { PreferenceService } from '../preferences/preference.service';
import { NotificationService } from './notification.service';
import { MarkedCount, NotificationPage, UnreadCount } from './notification.view';
import { PreferenceView } from '../preferences/preference.view';

export class NotificationQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  unread?: boolean;

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

/** The caller's own notifications and reminder preferences: everyone, for themselves only. */
@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin', 'manager', 'evaluator')
@Controller('me')
export class NotificationController {
  constructor(
    private readonly notifications: NotificationService,
    private readonly preferences: PreferenceService,
  ) {}

  @Get('notifications')
  @ApiOperation({ summary: '我的通知', description: 'Newest first; `unread=true` for unread ones only.' })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    return this.notifications.list(user.id, {
      unreadOnly: query.unread ?? false,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get('notifications/unread-count')
  @ApiOperation({ summary: '未读通知数' })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { unread: await this.notifications.unreadCount(user.id) };
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记通知为已读' })
  markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.notifications.markRead(user.id, id);
  }

  @Post('notifications/read-all')
  @ApiOperation({ summary: '全部标记为已读' })
  async markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedCount> {
    return { marked: await this.notifications.markAllRead(user.id) };
  }

  @Get('reminder-preferences')
  @ApiOperation({ summary: '我的提醒方式' })
  getPreferences(@CurrentUser() user: AuthUser): Promise<PreferenceView> {
    return this.preferences.get(user.id);
  }

  @Put('reminder-preferences')
  @ApiOperation({ summary: '设置提醒方式', description: 'In-app always; e-mail and webhook (企业微信/钉钉) where this server can send them.' })
  savePreferences(@CurrentUser() user: AuthUser, @Body() body: SavePreferenceDto): Promise<PreferenceView> {
    return this.preferences.save(user.id, body);
  }
}
