import { ExecutionModule } from '@jixiao/execution';
import { Module } from '@nestjs/common';
import { EvaluationAudit } from './audit/evaluation-audit';
import { EvaluationImportController } from './controllers/evaluation-import.controller';
import { EvaluationWorkflowController } from './controllers/evaluation-workflow.controller';
import { EvaluationsController } from './controllers/evaluations.controller';
import { ScoringProfilesController } from './controllers/scoring-profiles.controller';
import { EvaluationService } from './evaluation.service';
import { EvaluationImportService } from './import/evaluation-import.service';
import { YearRescore } from './rescore/year-rescore';
import { DepartmentScoringProfiles } from './scoring-profiles/department-scoring-profiles.service';
import { EvaluationTransitionHooks } from './workflow/evaluation-transition-hooks';
import { EvaluationWorkflowService } from './workflow/evaluation-workflow.service';

/**
 * 绩效自评: self-evaluations, their scoring (评分口径 per department and year), review workflow, exports
 * and historical imports. Exports EvaluationService (rescoreYear), EvaluationImportService
 * (importPublished, for the CLI) and EvaluationTransitionHooks (reminders hook
 * submit/return/approve/reopen here).
 */
@Module({
  imports: [ExecutionModule],
  // The import route is declared before `evaluations/:id` so `imports` is never read as an id.
  controllers: [
    EvaluationImportController,
    EvaluationsController,
    EvaluationWorkflowController,
    ScoringProfilesController,
  ],
  providers: [
    EvaluationAudit,
    EvaluationService,
    EvaluationImportService,
    EvaluationWorkflowService,
    EvaluationTransitionHooks,
    YearRescore,
    DepartmentScoringProfiles,
  ],
  exports: [EvaluationService, EvaluationImportService, EvaluationTransitionHooks, EvaluationWorkflowService],
})
export class EvaluationsModule {}
