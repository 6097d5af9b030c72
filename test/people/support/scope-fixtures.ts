import { DataSource } from 'typeorm';
import { uniqueSuffix } from '../../support/test-app';

export interface ScopeWorld {
  departmentId: string;
  unitId: string;
}

/** A fresh department with one budget unit (部门 / 单位), inserted directly: people owns neither. */
export async function createDepartmentWithUnit(
  dataSource: DataSource,
  label = 'people',
): Promise<ScopeWorld> {
  const suffix = uniqueSuffix();
  const [department] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO department (code, name, natural_key) VALUES ($1, $2, $1) RETURNING id`,
    [`${label}-${suffix}`, `测试部门 ${suffix}`],
  );
  const [unit] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO budget_unit (department_id, code, name, natural_key) VALUES ($1, $2, $3, $2) RETURNING id`,
    [department.id, `${label}-u-${suffix}`, `测试单位 ${suffix}`],
  );
  return { departmentId: department.id, unitId: unit.id };
}
