import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { FieldProblem, fieldProblems } from './validation-messages';

/**
 * A request whose body, query or path failed validation. Carries each field's problems in Chinese and in
 * English; the error filter answers in the caller's language (Chinese unless `Accept-Language: en`).
 */
export class ValidationFailed extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super('VALIDATION.FAILED');
  }

  body(english: boolean): {
    code: string;
    message: string;
    details: { fields: { field: string; messages: string[] }[] };
  } {
    const fields = this.fields.map((f) => ({ field: f.field, messages: english ? f.english : f.messages }));
    const first = fields[0];
    const lead = english ? 'Invalid request parameters' : '请求参数无效';
    return {
      code: 'VALIDATION.FAILED',
      message: first ? `${lead}${english ? ': ' : '：'}${first.field} ${first.messages[0]}` : lead,
      details: { fields },
    };
  }
}

/** Whitelisting validation; a 400 names every bad field as the client sent it (`rows[3].actual`). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailed(fieldProblems(errors)),
  });
}
