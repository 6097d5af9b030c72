import { Decimal } from '@jixiao/decimal';
import { formatIndicatorValue, parseActualValue } from '@jixiao/indicator-value';
import { ExecutionRecordsService } from '@jixiao/execution';
import { AuthUser, canSeeDepartment, canSeeUnit } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { SCORING_PROFILES, ScoringProfile, ScoringProfileId, ScoringValidationError } from '@jixiao/scoring';
import { Indicator, Project } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationAudit } from './audit/evaluation-audit';
import { EvaluationRow, SelfEvaluation } from './entities';
import { assertEditable, evaluationColumns, loadRows, lockVisibleEvaluation } from './evaluation-access';
import { evaluationNotFound, invalidRow, scoringRefused } from './evaluation-error';
import { EvaluationListItem, EvaluationRollup, rollup } from './evaluation-rollup';
import { bulkUpdate } from './rescore/bulk-update';
import { ROW_ENTRY_COLUMNS, ROW_SCORE_COLUMNS, rowEntryValues, rowScoreValues } from './rescore/row-columns';
import { RescoreYearResult, YearRescore } from './rescore/year-rescore';
import { departmentProfile } from './scoring-profiles/department-scoring-profiles.service';
import { Scorecard, toScorecard } from './scorecard.view';
import { indicatorValueFromJson, indicatorValueToJson } from './scoring/indicator-value-json';
import { rescoreStored } from './scoring/stored-evaluation-score';
import { UpdateEvaluationDto } from './dto/update-evaluation.dto';

const AMOUNT_FIELDS = [
  'budget',
  'fiscalBudget',
  'otherBudget',
  'executed',
  'fiscalExecuted',
  'otherExecuted',
] as const;

/**
 * 绩效自评: opens a project's self-evaluation (copying its indicators), takes partial updates, rescores on
 * every change (the engine, in process, with the evaluation's own profile), lists a department's year with
 * its roll-up, and rescores a whole year in bulk. One transaction per request: nothing is half saved.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: EvaluationAudit,
    private readonly executionRecords: ExecutionRecordsService,
    private readonly yearRescore: YearRescore,
  ) {}

  /**
   * The project's evaluation, created from its indicators and budget on first call and scored with the
   * department's 评分口径 for the project's year.
   */
  async open(user: AuthUser, projectId: string): Promise<{ created: boolean; scorecard: Scorecard }> {
    return this.dataSource.transaction(async (manager) => {
      // Locking the project makes two concurrent first opens queue: the second finds the first's evaluation.
      const project = await manager.findOne(Project, {
        where: { id: projectId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!project || !canSeeUnit(user, project.departmentId, project.unitId))
        throw notFound('PROJECT', projectId, '项目');
      const existing = await manager.findOne(SelfEvaluation, { where: { projectId, source: 'entered' } });
      if (existing) {
        return { created: false, scorecard: toScorecard(existing, await loadRows(manager, existing.id)) };
      }
      const indicators = await manager.find(Indicator, { where: { projectId }, order: { position: 'ASC' } });
      const profile = await departmentProfile(manager, project.departmentId, project.fiscalYear);
      const evaluation = newEvaluation(project, profile);
      const rows = indicators.map((indicator, position) => rowFromIndicator(indicator, position));
      this.score(evaluation, rows);
      const saved = await manager.save(SelfEvaluation, evaluation);
      for (const row of rows) row.evaluationId = saved.id;
      await manager.save(EvaluationRow, rows);
      await this.audit.success(manager, user, {
        action: 'EVALUATION.CREATE',
        evaluationId: saved.id,
        after: { projectId, profile: profile.id, rows: rows.length },
      });
      return { created: true, scorecard: toScorecard(saved, await loadRows(manager, saved.id)) };
    });
  }

  async scorecard(user: AuthUser, id: string): Promise<Scorecard> {
    const evaluation = await this.dataSource.manager.findOne(SelfEvaluation, { where: { id } });
    if (!evaluation || !canSeeUnit(user, evaluation.departmentId, evaluation.unitId))
      throw evaluationNotFound(id);
    return toScorecard(evaluation, await loadRows(this.dataSource.manager, id));
  }

  /** A partial update of amounts, reasons, actuals, bands and manual scores; rescored before it is saved. */
  async update(user: AuthUser, id: string, dto: UpdateEvaluationDto): Promise<Scorecard> {
    const event = { action: 'EVALUATION.UPDATE', evaluationId: id, after: dto };
    return this.audit.attempt(user, event, () =>
      this.dataSource.transaction(async (manager) => {
        const evaluation = await lockVisibleEvaluation(manager, user, id, dto.version);
        assertEditable(evaluation);
        const rows = await loadRows(manager, id);
        const before = { version: evaluation.version, total: evaluation.total?.toString() ?? null };
        const executedBefore = evaluation.executed;
        if (user.role === 'evaluator' && changesReviewerDecision(evaluation, dto))
          throw reviewerDecisionForbidden(id);
        applyEvaluationFields(evaluation, dto);
        for (const change of dto.rows ?? []) applyRowChange(rows, change);
        this.score(evaluation, rows, dto.rows);
        await this.save(manager, evaluation, rows, true);
        if (
          evaluation.projectId !== null &&
          evaluation.executed !== null &&
          !sameAmount(executedBefore, evaluation.executed)
        ) {
          // 全年执行数 is also the project's year-end execution figure (绩效运行监控).
          await this.executionRecords.recordYearEnd(
            {
              projectId: evaluation.projectId,
              executed: evaluation.executed,
              reason: evaluation.executionDeductionReason,
              source: 'self-evaluation',
              userId: user.id,
            },
            manager,
          );
        }
        const saved = await manager.findOneByOrFail(SelfEvaluation, { id });
        await this.audit.success(manager, user, {
          ...event,
          before,
          after: { version: saved.version, total: saved.total?.toString() ?? null, changes: dto },
        });
        return toScorecard(saved, rows);
      }),
    );
  }

  /** Scores the evaluation with another profile from now on (stored with it). */
  async changeProfile(
    user: AuthUser,
    id: string,
    version: number,
    profileId: ScoringProfileId,
  ): Promise<Scorecard> {
    const event = { action: 'EVALUATION.PROFILE', evaluationId: id, after: { profile: profileId } };
    return this.audit.attempt(user, event, () =>
      this.dataSource.transaction(async (manager) => {
        const evaluation = await lockVisibleEvaluation(manager, user, id, version);
        assertEditable(evaluation);
        const rows = await loadRows(manager, id);
        const before = { profile: evaluation.profile.id, total: evaluation.total?.toString() ?? null };
        evaluation.profile = structuredClone(SCORING_PROFILES[profileId]);
        this.score(evaluation, rows);
        await this.save(manager, evaluation, rows, false);
        const saved = await manager.findOneByOrFail(SelfEvaluation, { id });
        await this.audit.success(manager, user, {
          ...event,
          before,
          after: { profile: profileId, total: saved.total?.toString() ?? null },
        });
        return toScorecard(saved, rows);
      }),
    );
  }

  /** Every evaluation of a department's year (an evaluator sees its units' only) and the roll-up. */
  async list(
    user: AuthUser,
    departmentId: string,
    year: number,
  ): Promise<{ items: EvaluationListItem[]; rollup: EvaluationRollup }> {
    // Another department is invisible to everyone (404); in its own department an evaluator gets its units' rows only.
    if (!canSeeDepartment(user, departmentId)) throw notFound('DEPARTMENT', departmentId, '部门');
    const evaluations = await this.dataSource.manager.find(SelfEvaluation, {
      where: { departmentId, year },
      order: { projectName: 'ASC', source: 'ASC' },
    });
    const visible = evaluations.filter((e) => canSeeUnit(user, e.departmentId, e.unitId));
    const items = visible.map((e): EvaluationListItem => ({
      id: e.id,
      projectId: e.projectId,
      projectName: e.projectName,
      unitId: e.unitId,
      source: e.source,
      state: e.state,
      profile: e.profile.id,
      budget: e.budget?.toString() ?? null,
      executed: e.executed?.toString() ?? null,
      executionRate: e.executionRate?.toString() ?? null,
      total: e.total?.toString() ?? null,
      printedTotal: e.printedTotal?.toString() ?? null,
      grade: e.grade,
      version: e.version,
    }));
    return { items, rollup: rollup(visible) };
  }

  /** Scorecards for an export: one evaluation, or a department's year. */
  async scorecards(user: AuthUser, departmentId: string, year: number): Promise<Scorecard[]> {
    const { items } = await this.list(user, departmentId, year);
    const manager = this.dataSource.manager;
    const evaluations = await manager.findByIds(
      SelfEvaluation,
      items.map((i) => i.id),
    );
    const byId = new Map(evaluations.map((e) => [e.id, e]));
    return Promise.all(
      items.map(async (item) => toScorecard(byId.get(item.id)!, await loadRows(manager, item.id))),
    );
  }

  /**
   * Rescores every evaluation of a year (of one department, or all with null) with its stored profile:
   * rows loaded in bulk, scored in process, written back with UPDATE … FROM unnest. Approved evaluations
   * are locked and left as they are.
   */
  rescoreYear(departmentId: string | null, year: number): Promise<RescoreYearResult> {
    return this.yearRescore.run(departmentId, year);
  }

  /**
   * Weights that do not add up to 90 (or are missing) are findings, not refusals: the evaluation exists
   * and can be edited until they are fixed; only submit is blocked (submission-checks.ts).
   */
  private score(evaluation: SelfEvaluation, rows: EvaluationRow[], sentRows?: readonly { position: number }[]): void {
    try {
      rescoreStored(evaluation, rows);
    } catch (error) {
      if (error instanceof ScoringValidationError) throw scoringRefused(error, sentRows);
      throw error;
    }
  }

  private async save(
    manager: EntityManager,
    evaluation: SelfEvaluation,
    rows: EvaluationRow[],
    entries: boolean,
  ) {
    await manager.update(SelfEvaluation, { id: evaluation.id }, evaluationColumns(evaluation));
    const columns = entries ? [...ROW_ENTRY_COLUMNS, ...ROW_SCORE_COLUMNS] : ROW_SCORE_COLUMNS;
    await bulkUpdate(
      manager,
      'evaluation_row',
      columns,
      rows.map((row) => [row.id, ...(entries ? rowEntryValues(row) : []), ...rowScoreValues(row)]),
    );
  }
}

function newEvaluation(project: Project, profile: ScoringProfile): SelfEvaluation {
  const evaluation = new SelfEvaluation();
  Object.assign(evaluation, {
    projectId: project.id,
    departmentId: project.departmentId,
    unitId: project.unitId,
    year: project.fiscalYear,
    projectName: project.name,
    competentDepartment: project.competentDepartment,
    implementingUnit: project.implementingUnit,
    profile,
    budget: project.budget,
    fiscalBudget: project.fiscalBudget,
    otherBudget: project.otherBudget,
    executed: null,
    fiscalExecuted: null,
    otherExecuted: null,
    executionDeductionReason: null,
    executionManualScore: null,
    executionManualReason: null,
    executionPrintedScore: null,
    goal: project.goal,
    goalActual: null,
    printedTotal: null,
    state: 'draft',
    source: 'entered',
    sourceFile: null,
    differences: [],
  } satisfies Partial<SelfEvaluation>);
  return evaluation;
}

/** A project's indicator copied into the evaluation (a later edit of the targets leaves a filed evaluation alone). */
function rowFromIndicator(indicator: Indicator, position: number): EvaluationRow {
  const spec = indicator.spec;
  const row = new EvaluationRow();
  Object.assign(row, {
    position,
    indicatorId: indicator.id,
    level1: spec.level1,
    level2: spec.level2,
    level3: spec.level3,
    targetText: printedTarget(spec.target),
    target: spec.target,
    direction: spec.direction,
    weight: spec.weight,
    actualText: null,
    actual: null,
    band: null,
    manualScore: null,
    manualReason: null,
    deductionReason: null,
    printedScore: null,
  } satisfies Partial<EvaluationRow>);
  return row;
}

/** 年度指标值 as it was printed (`≥99%`, `2023年12月31日前`), else in its canonical form. */
function printedTarget(target: Record<string, unknown>): string {
  const value = indicatorValueFromJson(target);
  return value.text.trim() || formatIndicatorValue(value);
}

function applyEvaluationFields(evaluation: SelfEvaluation, dto: UpdateEvaluationDto): void {
  for (const field of AMOUNT_FIELDS) {
    const value = dto.amounts?.[field];
    if (value !== undefined) evaluation[field] = value === null ? null : Decimal.parse(value);
  }
  if (dto.goalActual !== undefined) evaluation.goalActual = blankToNull(dto.goalActual);
  if (dto.executionDeductionReason !== undefined)
    evaluation.executionDeductionReason = blankToNull(dto.executionDeductionReason);
  if (dto.executionManualScore !== undefined)
    evaluation.executionManualScore =
      dto.executionManualScore === null ? null : Decimal.parse(dto.executionManualScore);
  if (dto.executionManualReason !== undefined)
    evaluation.executionManualReason = blankToNull(dto.executionManualReason);
  if (evaluation.executionManualScore !== null && !evaluation.executionManualReason) {
    throw invalidRow(
      'EVALUATION.MANUAL_REASON_REQUIRED',
      '预算执行率：人工认定得分须填写理由',
      0,
      '预算执行率',
      'executionManualReason',
    );
  }
}

function applyRowChange(
  rows: EvaluationRow[],
  change: NonNullable<UpdateEvaluationDto['rows']>[number],
): void {
  const row = rows[change.position];
  if (!row) {
    throw invalidRow(
      'EVALUATION.ROW_NOT_FOUND',
      `第${change.position + 1}行不存在（共${rows.length}行）`,
      change.position + 1,
      null,
      'position',
    );
  }
  if (change.actual !== undefined) {
    row.actualText = blankToNull(change.actual);
    row.actual = row.actualText === null ? null : indicatorValueToJson(parseActualValue(row.actualText));
  }
  if (change.deductionReason !== undefined) row.deductionReason = blankToNull(change.deductionReason);
  if (change.band !== undefined) row.band = change.band;
  if (change.manualScore !== undefined)
    row.manualScore = change.manualScore === null ? null : Decimal.parse(change.manualScore);
  if (change.manualReason !== undefined) row.manualReason = blankToNull(change.manualReason);
  if (change.weight !== undefined) row.weight = Decimal.parse(change.weight);
  if (row.manualScore !== null && row.band === null && !row.manualReason) {
    throw invalidRow(
      'EVALUATION.MANUAL_REASON_REQUIRED',
      `第${row.position + 1}行（${row.level3}）：人工评分须填写理由`,
      row.position + 1,
      row.level3,
      'manualReason',
    );
  }
}

/**
 * 预算执行率 scored by hand where the rate is undefined (zero budget) is a reviewer's decision, not the
 * evaluator's. Sending back the stored values unchanged (a client that posts the whole form) is no change.
 */
function changesReviewerDecision(evaluation: SelfEvaluation, dto: UpdateEvaluationDto): boolean {
  const score = dto.executionManualScore;
  const reason = dto.executionManualReason;
  return (
    (score !== undefined &&
      !sameAmount(score === null ? null : Decimal.parse(score), evaluation.executionManualScore)) ||
    (reason !== undefined && blankToNull(reason) !== evaluation.executionManualReason)
  );
}

const reviewerDecisionForbidden = (id: string) =>
  new DomainError(
    'forbidden',
    'EVALUATION.REVIEWER_DECISION',
    '预算执行率无法计算（预算为零）时的认定得分由主管或管理员填写，评价人员不能设置',
    { id, fields: ['executionManualScore', 'executionManualReason'] },
  );

function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function sameAmount(a: Decimal | null, b: Decimal | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}
