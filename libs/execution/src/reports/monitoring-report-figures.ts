import { monthEnd } from '@jixiao/monitoring';
import { AuthUser } from '@jixiao/people';
import { Project } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MonitoringReport } from '../entities';
import { ExecutionHistoryService } from '../records/execution-history.service';

/**
 * The figures of a report, read when it is shown: each project of the unit and year with its execution
 * records up to the end of the report's period (the latest one is the period's figure) and its current
 * flags. Flags are kept current, not by date, so they are today's, whatever the period.
 */
@Injectable()
export class MonitoringReportFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: ExecutionHistoryService,
  ) {}

  async of(user: AuthUser, report: MonitoringReport) {
    const asOf = monthEnd(report.fiscalYear, report.period);
    const projects = await this.dataSource.manager.find(Project, {
      where: { unitId: report.unitId, fiscalYear: report.fiscalYear },
      order: { code: 'ASC', name: 'ASC' },
    });
    const items = [];
    // One after another: a unit has a handful of projects, and each reads its rule set and records.
    for (const project of projects) {
      const { records, flags, ruleSet } = await this.history.history(user, project.id);
      const upToPeriod = records.filter((record) => record.asOf <= asOf);
      items.push({
        project: { id: project.id, code: project.code, name: project.name, budget: project.budget },
        ruleSet,
        latest: upToPeriod.at(-1) ?? null,
        records: upToPeriod,
        flags,
      });
    }
    return {
      asOf,
      projects: items,
      openFlags: items.reduce((sum, item) => sum + item.flags.length, 0),
    };
  }
}
