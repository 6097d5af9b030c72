import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { CHANNELS, ChannelName } from '../delivery/reminder-message';

export class SavePreferenceDto {
  @ApiProperty({ example: ['in-app', 'email'], description: 'in-app is always on' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(CHANNELS, { each: true })
  channels!: ChannelName[];

  @ApiPropertyOptional({ example: 'zhang.san@example.gov.cn', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  webhookUrl?: string | null;
}
