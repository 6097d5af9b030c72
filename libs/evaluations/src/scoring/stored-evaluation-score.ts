import type { EvaluationRow, SelfEvaluation } from '../entities';
import { EvaluationScore, scoreEvaluation } from './score-evaluation';

/** Scores an evaluation as stored (its own profile) and writes the results onto the entities, not the database. */
export function rescoreStored(evaluation: SelfEvaluation, rows: readonly EvaluationRow[]): EvaluationScore {
  const score = scoreEvaluation({
    profile: evaluation.profile,
    year: evaluation.year,
    budget: evaluation.budget,
    executed: evaluation.executed,
    executionDeductionReason: evaluation.executionDeductionReason,
    executionManualScore: evaluation.executionManualScore,
    rows,
  });
  evaluation.executionRate = score.executionRate;
  evaluation.executionScore = score.executionScore;
  evaluation.total = score.total;
  evaluation.partialTotal = score.partialTotal;
  evaluation.grade = score.grade;
  evaluation.findings = score.findings;
  rows.forEach((row, index) => {
    const scored = score.rows[index];
    row.score = scored.score;
    row.computedScore = scored.computedScore;
    row.reason = scored.reason;
    row.rule = scored.rule;
    row.reasonText = scored.reasonText;
    row.fallback = scored.fallback;
  });
  return score;
}
