import { AuthUser, canSeeDepartment } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentIndicator, DepartmentTarget, DepartmentTask } from '../entities';
import { indicatorView } from '../indicators/indicator.view';

/** 部门整体支出绩效目标: read-only here; written by imports. */
@Injectable()
export class DepartmentTargetService {
  constructor(private readonly dataSource: DataSource) {}

  async listForDepartment(departmentId: string, year: number | undefined, user: AuthUser) {
    if (!canSeeDepartment(user, departmentId)) throw notFound('DEPARTMENT', departmentId, '部门');
    const targets = await this.dataSource.getRepository(DepartmentTarget).find({
      where: { departmentId, ...(year !== undefined && { fiscalYear: year }) },
      order: { fiscalYear: 'DESC' },
    });
    return Promise.all(targets.map((target) => this.withContent(target)));
  }

  async get(id: string, user: AuthUser) {
    const target = await this.dataSource.getRepository(DepartmentTarget).findOneBy({ id });
    if (!target || !canSeeDepartment(user, target.departmentId))
      throw notFound('DEPARTMENT_TARGET', id, '部门整体绩效目标');
    return this.withContent(target);
  }

  private async withContent(target: DepartmentTarget) {
    const [tasks, indicators] = await Promise.all([
      this.dataSource
        .getRepository(DepartmentTask)
        .find({ where: { departmentTargetId: target.id }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(DepartmentIndicator)
        .find({ where: { departmentTargetId: target.id }, order: { position: 'ASC' } }),
    ]);
    return { ...target, tasks, indicators: indicators.map(indicatorView) };
  }
}
