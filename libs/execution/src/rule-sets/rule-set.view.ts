import type { RuleSet } from '@jixiao/monitoring';
import { ApiProperty } from '@nestjs/swagger';
import { FlagChangesView } from '../controllers/flag-changes.view';

export const RULE_SET_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  description: '监控规则 (RuleSet of libs/monitoring): time-progress light bands, checkpoints, thresholds as decimal strings',
} as const;

/** The department-year's rule set; `default` when none is stored (the 序时进度 light). */
export class RuleSetView {
  @ApiProperty(RULE_SET_SCHEMA)
  ruleSet!: RuleSet;
  source!: 'stored' | 'default';
}

export class RuleSetSaved extends RuleSetView {
  flags!: FlagChangesView;
}
