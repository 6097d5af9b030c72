/** Every rule that can decide an indicator row; stored profiles name them, so these strings are stable. */
export type RuleId =
  | 'qualitative-band'
  | 'manual-score'
  | 'not-entered'
  | 'target-missing'
  | 'qualitative-match'
  | 'qualitative-unmatched'
  | 'deadline-met'
  | 'deadline-late'
  | 'completion-rate'
  | 'reverse-cap-percent'
  | 'as-actual-number'
  | 'target-met'
  | 'percent-target-missed'
  | 'positive-missed'
  | 'reverse-missed'
  | 'incomparable';
