import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { fieldProblems } from './validation-messages';

class Row {
  @IsInt() @Min(0) position!: number;
  @IsOptional() @IsString() @MaxLength(5) actual?: string;
  @IsOptional() @IsIn(['achieved', 'not-achieved']) band?: string;
}

class Body {
  @IsInt() @Min(1) @Max(9) version!: number;
  @IsUUID() projectId!: string;
  @Matches(/^-?\d{1,14}(\.\d{1,2})?$/, { message: '$property must be a decimal string' }) budget!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) asOf!: string;
  @IsOptional() @ArrayMaxSize(2) @ValidateNested({ each: true }) @Type(() => Row) rows?: Row[];
}

const problems = (plain: object) =>
  fieldProblems(validateSync(plainToInstance(Body, plain), { whitelist: true, forbidNonWhitelisted: true }));

describe('validation messages', () => {
  it('says what is wrong in Chinese from each constraint and its arguments, naming fields as sent', () => {
    const found = problems({
      version: 0,
      projectId: 'x',
      budget: '1.234',
      asOf: '2024/06/30',
      year: 2024,
      rows: [{ position: 1 }, { position: -1, actual: '123456', band: 'great' }],
    });
    expect(found.map(({ field, messages }) => [field, messages])).toEqual([
      ['year', ['不允许的字段']],
      ['version', ['不能小于 1']],
      ['projectId', ['须为 UUID']],
      ['budget', ['须为数字字符串，最多 2 位小数（如 "1672.81"）']],
      ['asOf', ['须为日期，格式 YYYY-MM-DD（如 2024-06-30）']],
      ['rows[1].position', ['不能小于 0']],
      ['rows[1].actual', ['长度不能超过 5 个字符']],
      ['rows[1].band', ['须为以下之一：achieved、not-achieved']],
    ]);
  });

  it('keeps class-validator English for Accept-Language: en, with the field as sent', () => {
    const [year, position] = problems({
      version: 1,
      projectId: '7d9f6a1e-3c1b-4f7e-9a55-0c7b8d1e2f3a',
      budget: '1',
      asOf: '2024-06-30',
      year: 1,
      rows: [{ position: 'a' }],
    });
    expect(year.english).toEqual(['year is not allowed']);
    expect(position).toEqual({
      field: 'rows[0].position',
      messages: ['不能小于 0', '须为整数'],
      english: ['rows[0].position must not be less than 0', 'rows[0].position must be an integer number'],
    });
  });
});
