import { DepartmentScoringProfile } from './department-scoring-profile.entity';
import { EvaluationRow } from './evaluation-row.entity';
import { SelfEvaluation } from './self-evaluation.entity';
import { WorkflowTransition } from './workflow-transition.entity';

export { DepartmentScoringProfile, EvaluationRow, SelfEvaluation, WorkflowTransition };
export type { ScoreDifference } from './self-evaluation.entity';
export * from './evaluation-state';

export const EVALUATION_ENTITIES = [
  SelfEvaluation,
  EvaluationRow,
  WorkflowTransition,
  DepartmentScoringProfile,
];
