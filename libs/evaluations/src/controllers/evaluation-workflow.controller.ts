import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TransitionDto } from '../dto/evaluation-requests.dto';
import type { Scorecard } from '../scorecard.view';
import { EvaluationWorkflowService } from '../workflow/evaluation-workflow.service';

/** 审核流程: evaluators of the project's unit submit; managers of the department return, approve, reopen. */
@ApiTags('self-evaluations 绩效自评')
@Controller('evaluations/:id')
export class EvaluationWorkflowController {
  constructor(private readonly workflow: EvaluationWorkflowService) {}

  @Post('submit')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({
    summary:
      'Submit for review; 422 EVALUATION.CHECKS_FAILED while a deduction is unexplained or a row unscored',
  })
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.workflow.transition(user, id, 'submit', dto.version, dto.comment);
  }

  @Post('return')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: 'Return to the evaluator with a comment (required)' })
  returnToEvaluator(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.workflow.transition(user, id, 'return', dto.version, dto.comment);
  }

  @Post('approve')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: 'Approve: the evaluation is locked (edits answer 409 EVALUATION.LOCKED)' })
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.workflow.transition(user, id, 'approve', dto.version, dto.comment);
  }

  @Post('reopen')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: 'Reopen an approved evaluation as a draft, with a reason (required)' })
  reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.workflow.transition(user, id, 'reopen', dto.version, dto.comment);
  }

  @Get('transitions')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: 'Who moved the evaluation from which state to which, when and why' })
  transitions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.workflow.history(user, id);
  }
}
