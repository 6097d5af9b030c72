import type { ScoringProfileId } from '@jixiao/scoring';
import type { SelfEvaluationWarningCode } from '@jixiao/importers';
import { ScoreDifferenceView } from '../scorecard.view';

/** One project of an imported published 自评表: printed scores beside Jixiao's. */
export class ImportedEvaluationSummary {
  id!: string;
  projectName!: string;
  projectId!: string | null;
  budget!: string | null;
  executed!: string | null;
  total!: string | null;
  printedTotal!: string | null;
  grade!: string | null;
  differences!: ScoreDifferenceView[];
}

/** A parser warning: a table printed twice, a table cut off, … */
export class SelfEvaluationWarningView {
  code!: SelfEvaluationWarningCode;
  message!: string;
  /** 1-based line in the source */
  line!: number | null;
}

export class ImportPublishedResult {
  departmentId!: string;
  year!: number;
  profile!: ScoringProfileId;
  evaluations!: ImportedEvaluationSummary[];
  /** How many printed scores (rows and totals) differ from Jixiao's, over all projects. */
  differenceCount!: number;
  warnings!: SelfEvaluationWarningView[];
}
