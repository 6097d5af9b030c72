import { AuthUser, canSeeDepartment } from '@jixiao/people';
import { MonitoringError, RuleSet, TIME_PROGRESS_LIGHT_RULE_SET, parseRuleSet } from '@jixiao/monitoring';
import { notFound } from '@jixiao/platform';
import { Department } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MonitoringRuleSet } from '../entities';
import { invalidRuleSet } from '../execution-error';

export interface ResolvedRuleSet {
  ruleSet: RuleSet;
  /** stored: chosen for this department and year; default: none was, so the 序时进度 light applies. */
  source: 'stored' | 'default';
}

/**
 * The rule set per department and year. Without a stored one the common 序时进度 light applies
 * (TIME_PROGRESS_LIGHT_RULE_SET); a department that follows Sichuan stores SICHUAN_2025_RULE_SET or its own.
 */
@Injectable()
export class RuleSetsService {
  async resolve(manager: EntityManager, departmentId: string, fiscalYear: number): Promise<ResolvedRuleSet> {
    const stored = await manager.findOne(MonitoringRuleSet, { where: { departmentId, fiscalYear } });
    return stored
      ? { ruleSet: parseRuleSet(stored.ruleSet), source: 'stored' }
      : { ruleSet: TIME_PROGRESS_LIGHT_RULE_SET, source: 'default' };
  }

  async get(
    manager: EntityManager,
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
  ): Promise<ResolvedRuleSet> {
    await this.visibleDepartment(manager, user, departmentId);
    return this.resolve(manager, departmentId, fiscalYear);
  }

  /** Stores a rule set after checking every threshold; its department and year are those of the path. */
  async put(
    manager: EntityManager,
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
    json: Record<string, unknown>,
  ): Promise<RuleSet> {
    const department = await this.visibleDepartment(manager, user, departmentId);
    let ruleSet: RuleSet;
    try {
      ruleSet = parseRuleSet({
        ...json,
        departmentCode: department.code ?? department.naturalKey,
        fiscalYear,
      });
    } catch (error) {
      if (error instanceof MonitoringError) throw invalidRuleSet(error);
      throw error;
    }
    await manager.upsert(MonitoringRuleSet, { departmentId, fiscalYear, ruleSet, updatedBy: user.id }, [
      'departmentId',
      'fiscalYear',
    ]);
    return ruleSet;
  }

  private async visibleDepartment(
    manager: EntityManager,
    user: AuthUser,
    departmentId: string,
  ): Promise<Department> {
    const department = await manager.findOne(Department, { where: { id: departmentId } });
    if (!department || !canSeeDepartment(user, department.id))
      throw notFound('DEPARTMENT', departmentId, '部门');
    return department;
  }
}
