import { Decimal } from '@jixiao/decimal';
import { Ratio } from '@jixiao/monitoring';
import { ExecutionRecord } from '../entities';

/** A record as the history and the monitoring report show it: with its 预算执行率 against the budget then in force. */
export function executionRecordView(record: ExecutionRecord, projectBudget: Decimal | null) {
  const base = record.adjustedBudget ?? projectBudget;
  return {
    asOf: record.asOf,
    executed: record.executed,
    adjustedBudget: record.adjustedBudget,
    rate: base ? (Ratio.of(record.executed, base)?.percentText() ?? null) : null,
    source: record.source,
    reason: record.reason,
    createdAt: record.createdAt,
  };
}
