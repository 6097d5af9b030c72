import { Clock, todayInShanghai } from '@jixiao/monitoring';
import { AuthUser, canSeeUnit } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { Project } from '@jixiao/targets';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { CLOCK } from '../clock';
import { ExecutionFlag, ExecutionRecord } from '../entities';
import { evaluateProject } from '../evaluation/project-evaluation';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { executionRecordView } from './execution-record-view';

/** A project's execution history: its records with the rate at each, where it stands today, its current flags. */
@Injectable()
export class ExecutionHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async history(user: AuthUser, projectId: string) {
    const manager = this.dataSource.manager;
    const project = await manager.findOne(Project, { where: { id: projectId } });
    if (!project || !canSeeUnit(user, project.departmentId, project.unitId))
      throw notFound('PROJECT', projectId, '项目');
    const [records, flags, { ruleSet, source }] = await Promise.all([
      manager.find(ExecutionRecord, { where: { projectId }, order: { asOf: 'ASC' } }),
      manager.find(ExecutionFlag, {
        where: { projectId, status: Not('closed') },
        order: { createdAt: 'ASC' },
      }),
      this.ruleSets.resolve(manager, project.departmentId, project.fiscalYear),
    ]);
    const evaluation = evaluateProject({
      fiscalYear: project.fiscalYear,
      budget: project.budget,
      records,
      today: todayInShanghai(this.clock),
      ruleSet,
      writtenReason: null,
    });
    return {
      project: {
        id: project.id,
        code: project.code,
        name: project.name,
        fiscalYear: project.fiscalYear,
        departmentId: project.departmentId,
        unitId: project.unitId,
        budget: project.budget,
      },
      ruleSet: { id: ruleSet.id, name: ruleSet.name, source },
      records: records.map((record) => executionRecordView(record, project.budget)),
      current: evaluation && {
        asOf: evaluation.asOf,
        yearEnd: evaluation.yearEnd,
        budget: evaluation.budget,
        basis: evaluation.basis,
        executed: evaluation.executed,
        rate: evaluation.ratePercent ?? null,
        timeProgress: evaluation.timeProgress?.percentText() ?? null,
        progressRatio: evaluation.progressRatio?.percentText() ?? null,
        light: evaluation.light ?? null,
        checkpoint: evaluation.checkpoint ?? null,
      },
      flags,
    };
  }
}
