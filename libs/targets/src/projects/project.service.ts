import { audited, auditFields, auditSuccess, AuthUser, canSeeDepartment, canSeeUnit } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Decimal } from '@jixiao/decimal';
import { projectKey } from '../common/natural-key';
import { likePattern, Page } from '../common/page';
import { applyScope } from '../common/scope';
import { TargetChangeHooks } from '../common/target-change-hooks';
import { BudgetUnit, Indicator, Project } from '../entities';
import { insertIndicators } from '../imports/insert-indicators';
import { indicatorFromInput } from '../indicators/indicator-input';
import { indicatorView } from '../indicators/indicator.view';
import { CreateProjectDto, ProjectListQuery, UpdateProjectDto } from './project.dto';
import { staleVersion } from './project-version';
import { PROJECT_FIELDS } from '../imports/import-plan';

type EditableField =
  | 'unitId'
  | 'code'
  | 'name'
  | 'category'
  | 'budget'
  | 'fiscalBudget'
  | 'otherBudget'
  | 'goal'
  | 'competentDepartment'
  | 'implementingUnit';

const decimalOrNull = (text: string | undefined | null) =>
  text == null || text === '' ? null : Decimal.parse(text);

/** What a project's audit entries show before and after (its indicators have their own entries). */
const AUDITED: readonly (keyof Project)[] = ['departmentId', 'fiscalYear', ...PROJECT_FIELDS, 'version'];

const projectChanged = (project: Project) => ({
  projectIds: [project.id],
  departments: [{ departmentId: project.departmentId, fiscalYear: project.fiscalYear }],
});

/** 项目 with its target table. Reads within scope (an evaluator sees its units' projects); writes for admins and managers. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    private readonly hooks: TargetChangeHooks,
  ) {}

  async list(query: ProjectListQuery, user: AuthUser): Promise<Page<Project & { indicatorCount: number }>> {
    const qb = applyScope(this.projects.createQueryBuilder('p').leftJoinAndSelect('p.unit', 'u'), user, {
      department: 'p.departmentId',
      unit: 'p.unitId',
    });
    if (query.departmentId)
      qb.andWhere('p.departmentId = :departmentId', { departmentId: query.departmentId });
    if (query.unitId) qb.andWhere('p.unitId = :unitId', { unitId: query.unitId });
    if (query.year) qb.andWhere('p.fiscalYear = :year', { year: query.year });
    if (query.category) qb.andWhere('p.category = :category', { category: query.category });
    if (query.q) qb.andWhere('(p.name ILIKE :q OR p.code ILIKE :q)', { q: likePattern(query.q) });
    qb.loadRelationCountAndMap('p.indicatorCount', 'p.indicators');
    const [items, total] = await qb
      .orderBy('p.fiscalYear', 'DESC')
      .addOrderBy('p.naturalKey')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: items as (Project & { indicatorCount: number })[],
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, user: AuthUser) {
    const project = await this.findVisible(id, user);
    const indicators = await this.dataSource
      .getRepository(Indicator)
      .find({ where: { projectId: id }, order: { position: 'ASC' } });
    return { ...project, indicators: indicators.map(indicatorView) };
  }

  /** The project if the caller may see it, else 404 (never 403: nobody learns what exists elsewhere). */
  async findVisible(
    id: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Project> {
    const project = await manager.findOne(Project, {
      where: { id },
      relations: { unit: true, department: true },
    });
    if (!project || !canSeeUnit(user, project.departmentId, project.unitId))
      throw notFound('PROJECT', id, '项目');
    return project;
  }

  async create(dto: CreateProjectDto, user: AuthUser) {
    const event = { action: 'PROJECT.CREATE', objectType: 'PROJECT' };
    const id = await audited(this.dataSource, event, () => this.insert(dto, user, event));
    return this.get(id, user);
  }

  private async insert(
    dto: CreateProjectDto,
    user: AuthUser,
    event: { action: string; objectType: string },
  ): Promise<string> {
    if (!canSeeDepartment(user, dto.departmentId)) throw notFound('DEPARTMENT', dto.departmentId, '部门');
    const rows = (dto.indicators ?? []).map((input, i) => indicatorFromInput(input, undefined, `indicators[${i}].`));
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.unitOf(manager, dto.departmentId, dto.unitId ?? null);
      const naturalKey = projectKey(unit ? unit.naturalKey : '', dto.code, dto.name);
      await this.assertKeyFree(manager, dto.departmentId, dto.fiscalYear, naturalKey, null);
      const project = await manager.save(
        manager.create(Project, {
          departmentId: dto.departmentId,
          unitId: unit?.id ?? null,
          fiscalYear: dto.fiscalYear,
          code: dto.code?.trim() || null,
          name: dto.name.trim(),
          naturalKey,
          category: dto.category ?? null,
          budget: decimalOrNull(dto.budget),
          fiscalBudget: decimalOrNull(dto.fiscalBudget),
          otherBudget: decimalOrNull(dto.otherBudget),
          goal: dto.goal ?? null,
          competentDepartment: dto.competentDepartment ?? null,
          implementingUnit: dto.implementingUnit ?? null,
        }),
      );
      await insertIndicators(manager, 'indicator', 'project_id', [{ ownerId: project.id, rows }]);
      await this.hooks.changed(manager, projectChanged(project));
      await auditSuccess(manager, {
        ...event,
        objectId: project.id,
        after: { ...auditFields(project, AUDITED), indicators: rows.length },
      });
      return project.id;
    });
  }

  async update(id: string, dto: UpdateProjectDto, user: AuthUser) {
    const event = { action: 'PROJECT.UPDATE', objectType: 'PROJECT', objectId: id };
    await audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const project = await this.findVisible(id, user, manager);
        if (project.version !== dto.version) throw staleVersion(id, dto.version, project.version);
        const unit =
          dto.unitId === undefined
            ? (project.unit ?? null)
            : await this.unitOf(manager, project.departmentId, dto.unitId);
        const changes: Partial<Pick<Project, EditableField>> = {
          unitId: unit?.id ?? null,
          ...(dto.code !== undefined && { code: dto.code.trim() || null }),
          ...(dto.name !== undefined && { name: dto.name.trim() }),
          ...(dto.category !== undefined && { category: dto.category }),
          ...(dto.budget !== undefined && { budget: decimalOrNull(dto.budget) }),
          ...(dto.fiscalBudget !== undefined && { fiscalBudget: decimalOrNull(dto.fiscalBudget) }),
          ...(dto.otherBudget !== undefined && { otherBudget: decimalOrNull(dto.otherBudget) }),
          ...(dto.goal !== undefined && { goal: dto.goal }),
          ...(dto.competentDepartment !== undefined && { competentDepartment: dto.competentDepartment }),
          ...(dto.implementingUnit !== undefined && { implementingUnit: dto.implementingUnit }),
        };
        const naturalKey = projectKey(
          unit?.naturalKey ?? '',
          changes.code === undefined ? project.code : changes.code,
          changes.name ?? project.name,
        );
        await this.assertKeyFree(manager, project.departmentId, project.fiscalYear, naturalKey, id);
        // TypeORM bumps the @VersionColumn (and updatedAt) itself; the WHERE on version makes it a compare-and-set.
        const result = await manager
          .createQueryBuilder()
          .update(Project)
          .set({ ...changes, naturalKey })
          .where('id = :id AND version = :version', { id, version: dto.version })
          .execute();
        if (result.affected === 0) throw staleVersion(id, dto.version, null);
        // Budget and unit feed the execution flags (NO_BUDGET, rates, UNRECONCILED, the unit they sit on).
        await this.hooks.changed(manager, projectChanged(project));
        const updated = await manager.findOneByOrFail(Project, { id });
        await auditSuccess(manager, {
          ...event,
          before: auditFields(project, AUDITED),
          after: auditFields(updated, AUDITED),
        });
      }),
    );
    return this.get(id, user);
  }

  async remove(id: string, version: number | undefined, user: AuthUser): Promise<void> {
    const event = { action: 'PROJECT.DELETE', objectType: 'PROJECT', objectId: id };
    await audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const project = await this.findVisible(id, user, manager);
        if (version !== undefined && project.version !== version)
          throw staleVersion(id, version, project.version);
        await manager.delete(Project, { id });
        // The project's own flags go with it (cascade); the department's total changed.
        await this.hooks.changed(manager, { ...projectChanged(project), projectIds: [] });
        await auditSuccess(manager, { ...event, before: auditFields(project, AUDITED) });
      }),
    );
  }

  /** The unit, which must belong to the project's department (404 otherwise). */
  private async unitOf(
    manager: EntityManager,
    departmentId: string,
    unitId: string | null,
  ): Promise<BudgetUnit | null> {
    if (unitId === null) return null;
    const unit = await manager.findOneBy(BudgetUnit, { id: unitId, departmentId });
    if (!unit) throw notFound('UNIT', unitId, '单位');
    return unit;
  }

  private async assertKeyFree(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
    naturalKey: string,
    exceptId: string | null,
  ) {
    const existing = await manager.findOneBy(Project, { departmentId, fiscalYear, naturalKey });
    if (existing && existing.id !== exceptId) {
      throw new DomainError('conflict', 'PROJECT.EXISTS', '同一部门、年度、单位下已有相同代码或名称的项目', {
        id: existing.id,
        naturalKey,
      });
    }
  }
}
