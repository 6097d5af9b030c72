import { Decimal } from '@jixiao/decimal';
import { BudgetUnit, Department, Project } from '@jixiao/targets';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from '../../support/test-app';

export interface TestDepartment {
  department: Department;
  units: BudgetUnit[];
  projects: Project[];
}

/** A fresh department with units and projects of random names (never shared, never truncated). */
export async function createDepartment(
  dataSource: DataSource,
  fiscalYear: number,
  projects: { name: string; budget: string | null; unit?: number }[],
  unitCount = 1,
): Promise<TestDepartment> {
  const suffix = uniqueSuffix();
  const department = await dataSource
    .getRepository(Department)
    .save({ code: null, name: `金口河区医疗保障局-${suffix}`, naturalKey: `金口河区医疗保障局-${suffix}` });
  const units = await dataSource.getRepository(BudgetUnit).save(
    Array.from({ length: unitCount }, (_, i) => ({
      departmentId: department.id,
      code: null,
      name: `单位${i + 1}-${suffix}`,
      naturalKey: `单位${i + 1}-${suffix}`,
    })),
  );
  const saved = await dataSource.getRepository(Project).save(
    projects.map((p, i) => ({
      departmentId: department.id,
      unitId: units[p.unit ?? 0].id,
      fiscalYear,
      code: `T${suffix}${String(i).padStart(3, '0')}`,
      name: p.name,
      naturalKey: `${units[p.unit ?? 0].naturalKey}|${p.name}`,
      category: '特定目标类',
      budget: p.budget === null ? null : Decimal.parse(p.budget),
      fiscalBudget: null,
      otherBudget: null,
      goal: null,
      competentDepartment: null,
      implementingUnit: null,
    })),
  );
  return { department, units, projects: saved };
}

/** Rows in the execution tables for these projects: to prove a refused request wrote nothing. */
export async function countRows(
  dataSource: DataSource,
  projectIds: string[],
): Promise<{ records: number; flags: number }> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM execution_record WHERE project_id = ANY($1)) AS records,
            (SELECT count(*)::int FROM execution_flag WHERE project_id = ANY($1)) AS flags`,
    [projectIds],
  );
  return row;
}
