import { audited, auditFields, auditSuccess, AuthUser, canSeeDepartment, canSeeUnit } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { codeOrNameKey } from '../common/natural-key';
import { likePattern, Page } from '../common/page';
import { applyScope } from '../common/scope';
import { TargetChangeHooks } from '../common/target-change-hooks';
import { BudgetUnit, Department, Project } from '../entities';
import { CreateUnitDto, UnitListQuery, UpdateUnitDto } from './unit.dto';

const AUDITED: readonly (keyof BudgetUnit)[] = ['departmentId', 'code', 'name'];

/** 单位: budget units inside a department. */
@Injectable()
export class UnitService {
  constructor(
    @InjectRepository(BudgetUnit) private readonly units: Repository<BudgetUnit>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    private readonly hooks: TargetChangeHooks,
  ) {}

  async list(query: UnitListQuery, user: AuthUser): Promise<Page<BudgetUnit>> {
    const qb = applyScope(this.units.createQueryBuilder('u'), user, {
      department: 'u.departmentId',
      unit: 'u.id',
    });
    if (query.departmentId)
      qb.andWhere('u.departmentId = :departmentId', { departmentId: query.departmentId });
    if (query.q) qb.andWhere('(u.name ILIKE :q OR u.code ILIKE :q)', { q: likePattern(query.q) });
    const [items, total] = await qb
      .orderBy('u.naturalKey')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, user: AuthUser): Promise<BudgetUnit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit || !canSeeUnit(user, unit.departmentId, unit.id)) throw notFound('UNIT', id, '单位');
    return unit;
  }

  async create(dto: CreateUnitDto, user: AuthUser): Promise<BudgetUnit> {
    const event = { action: 'UNIT.CREATE', objectType: 'UNIT' };
    return audited(this.units.manager, event, async () => {
      if (
        !canSeeDepartment(user, dto.departmentId) ||
        !(await this.departments.existsBy({ id: dto.departmentId }))
      ) {
        throw notFound('DEPARTMENT', dto.departmentId, '部门');
      }
      const naturalKey = codeOrNameKey(dto.code, dto.name);
      await this.assertKeyFree(dto.departmentId, naturalKey, null);
      return this.units.manager.transaction(async (manager) => {
        const unit = await manager.save(
          manager.create(BudgetUnit, {
            departmentId: dto.departmentId,
            code: dto.code?.trim() || null,
            name: dto.name.trim(),
            naturalKey,
          }),
        );
        await auditSuccess(manager, { ...event, objectId: unit.id, after: auditFields(unit, AUDITED) });
        return unit;
      });
    });
  }

  async update(id: string, dto: UpdateUnitDto, user: AuthUser): Promise<BudgetUnit> {
    const event = { action: 'UNIT.UPDATE', objectType: 'UNIT', objectId: id };
    return audited(this.units.manager, event, async () => {
      const unit = await this.get(id, user);
      const before = auditFields(unit, AUDITED);
      if (dto.code !== undefined) unit.code = dto.code.trim() || null;
      if (dto.name !== undefined) unit.name = dto.name.trim();
      unit.naturalKey = codeOrNameKey(unit.code, unit.name);
      await this.assertKeyFree(unit.departmentId, unit.naturalKey, id);
      return this.units.manager.transaction(async (manager: EntityManager) => {
        const saved = await manager.save(unit);
        await auditSuccess(manager, { ...event, before, after: auditFields(saved, AUDITED) });
        return saved;
      });
    });
  }

  async remove(id: string, user: AuthUser): Promise<void> {
    const event = { action: 'UNIT.DELETE', objectType: 'UNIT', objectId: id };
    await audited(this.units.manager, event, async () => {
      const unit = await this.get(id, user);
      if ((await this.projects.countBy({ unitId: id })) > 0) {
        throw new DomainError('conflict', 'UNIT.NOT_EMPTY', '单位下仍有项目，不能删除', { id });
      }
      await this.units.manager.transaction(async (manager) => {
        // Its stated totals go with it (cascade): the years they covered are reconciled again.
        const stated: { fiscalYear: number }[] = await manager.query(
          'SELECT DISTINCT fiscal_year AS "fiscalYear" FROM stated_total WHERE unit_id = $1',
          [id],
        );
        await manager.delete(BudgetUnit, { id });
        await this.hooks.changed(manager, {
          projectIds: [],
          departments: stated.map(({ fiscalYear }) => ({ departmentId: unit.departmentId, fiscalYear })),
        });
        await auditSuccess(manager, { ...event, before: auditFields(unit, AUDITED) });
      });
    });
  }

  private async assertKeyFree(
    departmentId: string,
    naturalKey: string,
    exceptId: string | null,
  ): Promise<void> {
    const existing = await this.units.findOneBy({ departmentId, naturalKey });
    if (existing && existing.id !== exceptId) {
      throw new DomainError('conflict', 'UNIT.EXISTS', `单位已存在：${naturalKey}`, {
        naturalKey,
        id: existing.id,
      });
    }
  }
}
