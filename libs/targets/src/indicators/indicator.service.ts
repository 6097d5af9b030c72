import { parseIndicatorValue } from '@jixiao/indicator-value';
import { audited, auditSuccess, AuthUser } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { likePattern, Page } from '../common/page';
import { applyScope } from '../common/scope';
import { Indicator } from '../entities';
import { insertIndicators } from '../imports/insert-indicators';
import { IndicatorRow } from '../imports/indicator-row';
import { bumpProjectVersion } from '../projects/project-version';
import { ProjectService } from '../projects/project.service';
import { indicatorFromInput } from './indicator-input';
import {
  CreateIndicatorDto,
  IndicatorInputDto,
  IndicatorListQuery,
  UpdateIndicatorDto,
} from './indicator.dto';
import { indicatorView } from './indicator.view';

/** Positions move out of the way in two steps, so the unique (project, position) index never sees a clash. */
const PARK = 1_000_000;

/** 绩效指标 of projects. Each write checks and bumps the project's version: the table is one thing to edit. */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectService,
  ) {}

  async list(query: IndicatorListQuery, user: AuthUser): Promise<Page<ReturnType<typeof indicatorView>>> {
    const qb = applyScope(
      this.dataSource.getRepository(Indicator).createQueryBuilder('i').innerJoin('i.project', 'p'),
      user,
      {
        department: 'p.departmentId',
        unit: 'p.unitId',
      },
    );
    if (query.projectId) qb.andWhere('i.projectId = :projectId', { projectId: query.projectId });
    if (query.departmentId)
      qb.andWhere('p.departmentId = :departmentId', { departmentId: query.departmentId });
    if (query.unitId) qb.andWhere('p.unitId = :unitId', { unitId: query.unitId });
    if (query.year) qb.andWhere('p.fiscalYear = :year', { year: query.year });
    if (query.level1) qb.andWhere('i.spec.level1 = :level1', { level1: query.level1 });
    if (query.q) qb.andWhere('i.spec.level3 ILIKE :q', { q: likePattern(query.q) });
    const [items, total] = await qb
      .orderBy('p.naturalKey')
      .addOrderBy('i.projectId')
      .addOrderBy('i.position')
      // offset/limit, not skip/take: nothing one-to-many is joined, and skip/take cannot order by the project.
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: items.map(indicatorView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, user: AuthUser) {
    return indicatorView(await this.findVisible(this.dataSource.manager, id, user));
  }

  async create(dto: CreateIndicatorDto, user: AuthUser) {
    const event = { action: 'INDICATOR.CREATE', objectType: 'INDICATOR' };
    const id = await audited(this.dataSource, event, () => this.insert(dto, user, event));
    return this.get(id, user);
  }

  private async insert(
    dto: CreateIndicatorDto,
    user: AuthUser,
    event: { action: string; objectType: string },
  ): Promise<string> {
    const row = indicatorFromInput(dto);
    return this.dataSource.transaction(async (manager) => {
      await this.projects.findVisible(dto.projectId, user, manager);
      await bumpProjectVersion(manager, dto.projectId, dto.version);
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM indicator WHERE project_id = $1',
        [dto.projectId],
      );
      const position = Math.min(dto.position ?? count, count);
      await shift(manager, dto.projectId, position, +1);
      await insertIndicators(
        manager,
        'indicator',
        'project_id',
        [{ ownerId: dto.projectId, rows: [row] }],
        position,
      );
      const [created]: { id: string }[] = await manager.query(
        'SELECT id FROM indicator WHERE project_id = $1 AND position = $2',
        [dto.projectId, position],
      );
      const after = await this.findVisible(manager, created.id, user);
      await auditSuccess(manager, { ...event, objectId: created.id, after: indicatorView(after) });
      return created.id;
    });
  }

  async update(id: string, dto: UpdateIndicatorDto, user: AuthUser) {
    const event = { action: 'INDICATOR.UPDATE', objectType: 'INDICATOR', objectId: id };
    await audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const indicator = await this.findVisible(manager, id, user);
        await bumpProjectVersion(manager, indicator.projectId, dto.version);
        const { spec } = indicator;
        const input: IndicatorInputDto = {
          level1: dto.level1 ?? spec.level1,
          level2: dto.level2 ?? spec.level2,
          level3: dto.level3 ?? spec.level3,
          explanation: dto.explanation ?? spec.explanation ?? undefined,
          operator: dto.operator ?? (foldsOperator(dto.value) ? undefined : (spec.operator ?? undefined)),
          value: dto.value ?? spec.targetText,
          unit: dto.unit ?? spec.unit ?? undefined,
          weight: dto.weight ?? spec.weight?.toString(),
          direction: dto.direction ?? (spec.direction as IndicatorInputDto['direction']),
        };
        const typed = { level1: dto.level1 !== undefined, level2: dto.level2 !== undefined };
        const row: IndicatorRow = indicatorFromInput(input, typed);
        await manager.query(
          `UPDATE indicator SET level1 = $2, level2 = $3, level3 = $4, explanation = $5, operator = $6, target_kind = $7,
           target_amount = $8, target_text = $9, target = $10, unit = $11, weight = $12, direction = $13, printed_text = $14,
           level1_printed = $15, level2_printed = $16
         WHERE id = $1`,
          [
            id,
            row.level1,
            row.level2,
            row.level3,
            row.explanation,
            row.operator,
            row.targetKind,
            row.targetAmount,
            row.targetText,
            row.target,
            row.unit,
            row.weight,
            row.direction,
            row.printedText,
            // A level name kept keeps its printed form; a retyped one is its own printed form (null).
            row.level1 === spec.level1 ? spec.level1Printed : row.level1Printed,
            row.level2 === spec.level2 ? spec.level2Printed : row.level2Printed,
          ],
        );
        const after = await this.findVisible(manager, id, user);
        await auditSuccess(manager, {
          ...event,
          before: indicatorView(indicator),
          after: indicatorView(after),
        });
      }),
    );
    return this.get(id, user);
  }

  async remove(id: string, version: number, user: AuthUser): Promise<void> {
    const event = { action: 'INDICATOR.DELETE', objectType: 'INDICATOR', objectId: id };
    await audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const indicator = await this.findVisible(manager, id, user);
        await bumpProjectVersion(manager, indicator.projectId, version);
        await manager.query('DELETE FROM indicator WHERE id = $1', [id]);
        await shift(manager, indicator.projectId, indicator.position + 1, -1);
        await auditSuccess(manager, { ...event, before: indicatorView(indicator) });
      }),
    );
  }

  private async findVisible(manager: EntityManager, id: string, user: AuthUser): Promise<Indicator> {
    const indicator = await manager.findOneBy(Indicator, { id });
    if (!indicator) throw notFound('INDICATOR', id, '指标');
    try {
      await this.projects.findVisible(indicator.projectId, user, manager);
    } catch {
      throw notFound('INDICATOR', id, '指标');
    }
    return indicator;
  }
}

/** Does a new value carry its own operator (`≤80`)? A bare `80` keeps the stored 指标性质. */
function foldsOperator(value: string | undefined): boolean {
  if (value === undefined) return false;
  const parsed = parseIndicatorValue({ value });
  return parsed.value.operator !== null && !parsed.warnings.some((w) => w.code === 'OPERATOR_IMPLIED');
}

/** Moves the indicators at `from` and after by `by` (±1). */
async function shift(manager: EntityManager, projectId: string, from: number, by: number): Promise<void> {
  await manager.query(
    'UPDATE indicator SET position = position + $3 WHERE project_id = $1 AND position >= $2',
    [projectId, from, PARK],
  );
  await manager.query(
    'UPDATE indicator SET position = position - $2 + $3 WHERE project_id = $1 AND position >= $2',
    [projectId, PARK, by],
  );
}
