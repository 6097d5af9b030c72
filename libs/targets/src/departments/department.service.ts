import { audited, auditFields, auditSuccess, AuthUser, canSeeDepartment } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { codeOrNameKey } from '../common/natural-key';
import { likePattern, Page, PageQuery } from '../common/page';
import { applyScope } from '../common/scope';
import { Department, Project } from '../entities';
import { CreateDepartmentDto, UpdateDepartmentDto } from './department.dto';

const AUDITED: readonly (keyof Department)[] = ['code', 'name'];

/** 部门: listed within the caller's scope; created by admins (or by an import), renamed by their managers. */
@Injectable()
export class DepartmentService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
  ) {}

  async list(query: PageQuery, user: AuthUser): Promise<Page<Department>> {
    const qb = applyScope(this.departments.createQueryBuilder('d'), user, { department: 'd.id', unit: null });
    if (query.q) qb.andWhere('(d.name ILIKE :q OR d.code ILIKE :q)', { q: likePattern(query.q) });
    const [items, total] = await qb
      .orderBy('d.naturalKey')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, user: AuthUser): Promise<Department> {
    const department = await this.departments.findOneBy({ id });
    if (!department || !canSeeDepartment(user, id)) throw notFound('DEPARTMENT', id, '部门');
    return department;
  }

  async create(dto: CreateDepartmentDto): Promise<Department> {
    const event = { action: 'DEPARTMENT.CREATE', objectType: 'DEPARTMENT' };
    return audited(this.departments.manager, event, async () => {
      const naturalKey = codeOrNameKey(dto.code, dto.name);
      await this.assertKeyFree(naturalKey, null);
      return this.departments.manager.transaction(async (manager) => {
        const department = await manager.save(
          manager.create(Department, { code: dto.code?.trim() || null, name: dto.name.trim(), naturalKey }),
        );
        await auditSuccess(manager, {
          ...event,
          objectId: department.id,
          after: auditFields(department, AUDITED),
        });
        return department;
      });
    });
  }

  async update(id: string, dto: UpdateDepartmentDto, user: AuthUser): Promise<Department> {
    const event = { action: 'DEPARTMENT.UPDATE', objectType: 'DEPARTMENT', objectId: id };
    return audited(this.departments.manager, event, async () => {
      const department = await this.get(id, user);
      const before = auditFields(department, AUDITED);
      if (dto.code !== undefined) department.code = dto.code.trim() || null;
      if (dto.name !== undefined) department.name = dto.name.trim();
      department.naturalKey = codeOrNameKey(department.code, department.name);
      await this.assertKeyFree(department.naturalKey, id);
      return this.departments.manager.transaction(async (manager: EntityManager) => {
        const saved = await manager.save(department);
        await auditSuccess(manager, { ...event, before, after: auditFields(saved, AUDITED) });
        return saved;
      });
    });
  }

  /** Only an empty department goes: its projects are the published record. */
  async remove(id: string, user: AuthUser): Promise<void> {
    const event = { action: 'DEPARTMENT.DELETE', objectType: 'DEPARTMENT', objectId: id };
    await audited(this.departments.manager, event, async () => {
      const department = await this.get(id, user);
      if ((await this.projects.countBy({ departmentId: id })) > 0) {
        throw new DomainError('conflict', 'DEPARTMENT.NOT_EMPTY', '部门下仍有项目，不能删除', { id });
      }
      await this.departments.manager.transaction(async (manager) => {
        await manager.delete(Department, { id });
        await auditSuccess(manager, { ...event, before: auditFields(department, AUDITED) });
      });
    });
  }

  private async assertKeyFree(naturalKey: string, exceptId: string | null): Promise<void> {
    const existing = await this.departments.findOneBy({ naturalKey });
    if (existing && existing.id !== exceptId) {
      throw new DomainError('conflict', 'DEPARTMENT.EXISTS', `部门已存在：${naturalKey}`, {
        naturalKey,
        id: existing.id,
      });
    }
  }
}
