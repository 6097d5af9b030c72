import { monthEnd } from '@jixiao/monitoring';
import { Project } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThanOrEqual, Not } from 'typeorm';
import { ExecutionFlag, ExecutionRecord, MonitoringReport } from '../entities';
import { executionRecordView } from '../records/execution-record-view';
import { RuleSetsService } from '../rule-sets/rule-sets.service';

/**
 * The figures of a report, read when it is shown (the report's visibility is checked by the caller): each
 * project of the unit and year with its execution records up to the end of the report's period (the
 * latest one is the period's figure) and its current flags. Flags are kept current, not by date, so they
 * are today's, whatever the period. A few set-based queries for the whole unit.
 */
@Injectable()
export class MonitoringReportFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetsService,
  ) {}

  async of(report: MonitoringReport) {
    const manager = this.dataSource.manager;
    const asOf = monthEnd(report.fiscalYear, report.period);
    const projects = await manager.find(Project, {
      where: { unitId: report.unitId, fiscalYear: report.fiscalYear },
      order: { code: 'ASC', name: 'ASC' },
    });
    const projectId = In(projects.map((p) => p.id));
    const [records, flags, { ruleSet, source }] = await Promise.all([
      manager.find(ExecutionRecord, {
        where: { projectId, asOf: LessThanOrEqual(asOf) },
        order: { asOf: 'ASC' },
      }),
      manager.find(ExecutionFlag, {
        where: { projectId, status: Not('closed') },
        order: { createdAt: 'ASC' },
      }),
      this.ruleSets.resolve(manager, report.departmentId, report.fiscalYear),
    ]);
    const items = projects.map((project) => {
      const upToPeriod = records
        .filter((record) => record.projectId === project.id)
        .map((record) => executionRecordView(record, project.budget));
      return {
        project: { id: project.id, code: project.code, name: project.name, budget: project.budget },
        ruleSet: { id: ruleSet.id, name: ruleSet.name, source },
        latest: upToPeriod.at(-1) ?? null,
        records: upToPeriod,
        flags: flags.filter((flag) => flag.projectId === project.id),
      };
    });
    return {
      asOf,
      projects: items,
      openFlags: items.reduce((sum, item) => sum + item.flags.length, 0),
    };
  }
}
