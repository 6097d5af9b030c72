import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TransitionDto } from '../dto/evaluation-requests.dto';
import type { Scorecard } from '../scorecard.view';
import { EvaluationWorkflowService } from '../workflow/evaluation-workflow.service';
import { ApiErrors } from '@jixiao/platform';
import { TransitionView } from '../workflow/transition.view';

/** 审核流程: evaluators of the project's unit submit; managers of the department return, approve, reopen. */
@ApiTags('self-evaluations 绩效自评')
@Controller('evaluations/:id')
export class EvaluationWorkflowController {
  constructor(private readonly workflow: EvaluationWorkflowService) {}

  @Post('submit')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: '提交审核', description: 'Refused (422 EVALUATION.CHECKS_FAILED) while a deduction is unexplained or a row unscored.' })
  @ApiErrors(409, 422)
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
  @ApiOperation({ summary: '退回修改', description: 'With a comment (required).' })
  @ApiErrors(409)
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
  @ApiOperation({ summary: '审核通过', description: 'The evaluation is locked (edits answer 409 EVALUATION.LOCKED).' })
  @ApiErrors(409)
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
  @ApiOperation({ summary: '重新打开', description: 'An approved evaluation back to draft, with a reason (required).' })
  @ApiErrors(409)
  reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.workflow.transition(user, id, 'reopen', dto.version, dto.comment);
  }

  @Get('transitions')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '流转记录', description: 'Who moved the evaluation from which state to which, when and why; oldest first.' })
  transitions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<TransitionView[]> {
    return this.workflow.history(user, id);
  }
}
