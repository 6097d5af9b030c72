/** Input the engine refuses: the API answers 400 naming the row. */
export class ScoringValidationError extends Error {
  constructor(
    readonly code: ScoringErrorCode,
    message: string,
    /** Index of the indicator row; null for the 预算执行率 row and project-level problems. */
    readonly rowIndex: number | null = null,
    /** 三级指标 of the row, `预算执行率`, or null. */
    readonly rowName: string | null = null,
  ) {
    super(message);
    this.name = 'ScoringValidationError';
  }
}

export type ScoringErrorCode =
  | 'SCORING.ACTUAL_UNPARSEABLE' // an actual that is no number, percentage or date where the target needs one
  | 'SCORING.NEGATIVE_AMOUNT' // a negative weight, target, actual, budget or executed amount
  | 'SCORING.SCORE_ABOVE_WEIGHT' // a manual or band score above the row's weight (or below 0)
  | 'SCORING.SCORE_OUT_OF_BAND' // a band score outside the chosen band
  | 'SCORING.BAND_SCORE_MISSING' // a band chosen without a score inside it
  | 'SCORING.WEIGHT_SUM' // weights do not add up to the required sum
  | 'SCORING.PROFILE_INVALID'; // a stored profile that cannot be read
