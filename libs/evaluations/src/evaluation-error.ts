import { DomainError, notFound } from '@jixiao/platform';
import { ScoringValidationError } from '@jixiao/scoring';
import type { EvaluationState } from './entities';

/**
 * The engine refused a row: 400 naming it as the client knows it — `rows[i]` when this request sent the row
 * (i its index in the request's `rows`), else its `position` — with its 三级指标 (or `预算执行率`).
 */
export function scoringRefused(error: ScoringValidationError, sentRows: readonly { position: number }[] = []): DomainError {
  const position = error.rowIndex;
  const sent = position === null ? -1 : sentRows.findIndex((row) => row.position === position);
  const field = sent >= 0 ? `rows[${sent}]` : null;
  const where = field ?? (position === null ? null : `position ${position}`);
  return new DomainError(
    'invalid',
    error.code,
    `自评数据有误：${where ? `${where}，` : ''}${error.message}`,
    { position, indicator: error.rowName, field },
    { cause: error },
  );
}

export const evaluationNotFound = (id: string) => notFound('EVALUATION', id, '绩效自评');

export const staleVersion = (id: string, expected: number, current: number) =>
  new DomainError('conflict', 'EVALUATION.VERSION_CONFLICT', '绩效自评已被他人修改，请刷新后重试', {
    id,
    version: expected,
    currentVersion: current,
  });

/** Edits are allowed in draft and returned only: submitted waits for review, approved is locked. */
export const notEditable = (id: string, state: EvaluationState) =>
  new DomainError(
    'conflict',
    state === 'approved' ? 'EVALUATION.LOCKED' : 'EVALUATION.NOT_EDITABLE',
    state === 'approved' ? '绩效自评已审核通过并锁定，不能修改' : '绩效自评已提交待审核，不能修改',
    { id, state },
  );

export const invalidRow = (
  code: string,
  message: string,
  row: number,
  indicator: string | null,
  field: string,
) => new DomainError('invalid', code, message, { row, indicator, field });
